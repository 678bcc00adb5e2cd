from b4lib import *
REF = "2026-02-10"
REF_NOTE = "Dateline 'ASIA & EMERGING MARKETS — SINGAPORE, Tuesday, February 10, 2026'."
HEADER = "ASIA & EMERGING MARKETS — SINGAPORE, Tuesday, February 10, 2026"
HEADER_MENTIONS = [D("Tuesday, February 10, 2026", "2026-02-10", "2026-02-10", "day")]
Y = "2026-02-10"
Q4 = ("2025-10-01", "2025-12-31")
Q1 = ("2026-01-01", "2026-03-31")
FY26 = ("2025-04-01", "2026-03-31")
Y25 = ("2025-01-01", "2025-12-31")
Y26 = ("2026-01-01", "2026-12-31")
JAN = ("2026-01-01", "2026-01-31")
PARAS = [
("Reliance Industries (NSE: RELIANCE) posted net profit of ₹18,540 crore for the October-December quarter, up 12%, on revenue of ₹2.65 lakh crore.",
 [C("Reliance Industries"), M("₹18,540 crore", 185400000000, "INR"), D("the October-December quarter", *Q4, "quarter", True),
  P("12%", 12), M("₹2.65 lakh crore", 2650000000000, "INR")]),

("Tata Consultancy Services (BSE: 532540) will cut about 12,000 jobs, or 2% of its workforce, in FY26, and booked a one-time charge of Rs 2,128 crore in Q3.",
 [C("Tata Consultancy Services"), Q("12,000 jobs", 12000, "jobs", "approximately"), P("2%", 2),
  D("FY26", *FY26, "fiscal_year"), M("Rs 2,128 crore", 21280000000, "INR"), D("Q3", *Q4, "quarter", True)]),

("HCLTech (NSE: HCLTECH) narrowed its FY26 revenue growth guidance to 3%-5% in constant currency and declared an interim dividend of ₹12 per share.",
 [C("HCLTech"), D("FY26", *FY26, "fiscal_year"), P("3%-5%", 3, "range"), M("₹12", 12, "INR")]),

("Bharti Airtel raised its stake in Indus Towers by 1.6 percentage points to 50.6% for about Rs 2,600 crore.",
 [C("Bharti Airtel"), C("Indus Towers", name="Indus Towers"), P("1.6 percentage points", "1.6", unit="pp"), P("50.6%", "50.6"),
  M("Rs 2,600 crore", 26000000000, "INR", "approximately")]),

("Eternal Ltd, which owns Zomato and Blinkit, said Blinkit's gross order value rose 120% to ₹12,400 crore in Q3 FY26.",
 [C("Eternal Ltd"), C("Zomato"), C("Blinkit", name="Blinkit"), C("Blinkit", name="Blinkit"), P("120%", 120),
  M("₹12,400 crore", 124000000000, "INR"), D("Q3 FY26", *Q4, "quarter")]),

("State Bank of India's board approved raising up to ₹20,000 crore through bonds, and the lender's shares have risen 15% since October.",
 [C("State Bank of India"), M("₹20,000 crore", 200000000000, "INR", "at_most"), P("15%", 15),
  D("October", "2025-10-01", Y, "month", True)]),

("Paytm (NSE: PAYTM) said it disbursed loans worth ₹5,000 crore in the December quarter, with an average ticket size of ₹1.8 lakh.",
 [C("Paytm"), M("₹5,000 crore", 50000000000, "INR"), D("the December quarter", *Q4, "quarter", True),
  M("₹1.8 lakh", 180000, "INR")]),

("Toyota Motor Corp. (TSE: 7203) raised its operating profit forecast for the year ending March 2026 to 3.8 trillion yen, despite a 1.45 trillion yen hit from U.S. tariffs.",
 [C("Toyota Motor Corp."), D("the year ending March 2026", *FY26, "fiscal_year"), M("3.8 trillion yen", 3800000000000, "JPY"),
  M("1.45 trillion yen", 1450000000000, "JPY")]),

("Sony Group posted October-December operating profit of ¥515 billion, and its image-sensor unit expects about 20% growth next fiscal year.",
 [C("Sony Group"), D("October-December", *Q4, "quarter", True), M("¥515 billion", 515000000000, "JPY"),
  P("20%", 20, "approximately"), D("next fiscal year", "2026-04-01", "2027-03-31", "fiscal_year", True)]),

("Nippon Steel will invest about ¥6 trillion in new capacity through March 2029, including $11 billion at U.S. Steel by 2028.",
 [C("Nippon Steel"), M("¥6 trillion", 6000000000000, "JPY", "approximately"), D("March 2029", Y, "2029-03-31", "month", True),
  M("$11 billion", 11000000000), C("U.S. Steel"), D("2028", Y, "2028-12-31", "year", True)]),

("Fast Retailing (TSE: 9983) lifted its net profit forecast for the year to August 2026 to ¥465 billion.",
 [C("Fast Retailing"), D("the year to August 2026", "2025-09-01", "2026-08-31", "fiscal_year"), M("¥465 billion", 465000000000, "JPY")]),

("Samsung Electronics (005930.KS) plans to buy back ₩10 trillion of shares over the next 12 months and said its HBM sales tripled last year.",
 [C("Samsung Electronics"), M("₩10 trillion", 10000000000000, "KRW"), D("the next 12 months", Y, "2027-02-10", "month", True),
  X("tripled", 3), D("last year", *Y25, "year", True)]),

("SK Hynix (KRX: 000660) posted record fourth-quarter operating profit of 19.2 trillion won, and its market value topped 600 trillion won on Monday.",
 [C("SK Hynix"), D("fourth-quarter", *Q4, "quarter", True), M("19.2 trillion won", 19200000000000, "KRW"),
  M("600 trillion won", 600000000000000, "KRW", "more_than"), D("Monday", "2026-02-09", "2026-02-09", "day", True)]),

("Hyundai Motor Co. will invest $26 billion in the U.S. through 2028 and said the IPO of its Indian unit raised ₹27,870 crore.",
 [C("Hyundai Motor Co."), M("$26 billion", 26000000000), D("2028", Y, "2028-12-31", "year", True),
  M("₹27,870 crore", 278700000000, "INR")]),

("Naver agreed to buy crypto exchange operator Dunamu in an all-stock deal valued at about 20 trillion won.",
 [C("Naver"), C("Dunamu", name="Dunamu"), M("20 trillion won", 20000000000000, "KRW", "approximately")]),

("Analysts at Nomura expect Tencent Holdings (HKEX: 0700) to report fourth-quarter revenue of about 192 billion yuan, up 12%, next month.",
 [C("Nomura"), C("Tencent Holdings"), D("fourth-quarter", *Q4, "quarter", True),
  M("192 billion yuan", 192000000000, "CNY", "approximately"), P("12%", 12), D("next month", "2026-03-01", "2026-03-31", "month", True)]),

("Alibaba Group shares jumped 4.2% to HK$168.50 on Friday after its Qwen app passed 100 million monthly active users.",
 [C("Alibaba Group"), P("4.2%", "4.2"), M("HK$168.50", "168.50", "HKD"), D("Friday", "2026-02-06", "2026-02-06", "day", True),
  Q("100 million monthly active users", 100000000, "users")]),

("Meituan (3690.HK) warned of an adjusted net loss of as much as 18.5 billion yuan for 2025 as its food-delivery price war with JD.com and Alibaba dragged on.",
 [C("Meituan"), M("18.5 billion yuan", 18500000000, "CNY", "at_most"), D("2025", *Y25, "year"), C("JD.com"), C("Alibaba")]),

("Kweichow Moutai (SSE: 600519) cut the factory price of its flagship liquor by 10% and targets 2026 revenue of roughly RMB 190 billion.",
 [C("Kweichow Moutai"), P("10%", 10), D("2026", *Y26, "year"), M("RMB 190 billion", 190000000000, "CNY", "approximately")]),

("CATL (SZSE: 300750) raised HK$41 billion in its Hong Kong listing last May, the world's biggest of 2025.",
 [C("CATL"), M("HK$41 billion", 41000000000, "HKD"), D("last May", "2025-05-01", "2025-05-31", "month", True), D("2025", *Y25, "year")]),

("Hong Kong Exchanges and Clearing said average daily turnover reached HK$250 billion in January, up 89%.",
 [C("Hong Kong Exchanges and Clearing"), M("HK$250 billion", 250000000000, "HKD"), D("January", *JAN, "month", True), P("89%", 89)]),

("AIA Group will buy back US$1.6 billion of shares, and DBS Group proposed a final dividend of S$0.60 a share plus a special payout of S$0.15.",
 [C("AIA Group"), M("US$1.6 billion", 1600000000), C("DBS Group"), M("S$0.60", "0.60", "SGD"), M("S$0.15", "0.15", "SGD")]),

("Singtel (SGX: Z74) sold a 1.2% stake in Bharti Airtel for S$2.5 billion.",
 [C("Singtel"), P("1.2%", "1.2"), C("Bharti Airtel"), M("S$2.5 billion", 2500000000, "SGD")]),

("Grab Holdings expects 2026 adjusted EBITDA of $700 million to $720 million.",
 [C("Grab Holdings"), D("2026", *Y26, "year"), M("$700 million to $720 million", 700000000, q="range", mx=720000000)]),

("TSMC (TWSE: 2330) said today that January revenue rose 37% to NT$401.3 billion.",
 [C("TSMC"), D("today", Y, Y, "day", True), D("January", *JAN, "month", True), P("37%", 37), M("NT$401.3 billion", 401300000000, "TWD")]),

("Hon Hai Precision Industry (2317.TW) said January sales rose 35% to NT$730 billion, driven by AI servers.",
 [C("Hon Hai Precision Industry"), D("January", *JAN, "month", True), P("35%", 35), M("NT$730 billion", 730000000000, "TWD")]),

("MediaTek expects first-quarter revenue of NT$150 billion to NT$159 billion.",
 [C("MediaTek"), D("first-quarter", *Q1, "quarter", True),
  M("NT$150 billion to NT$159 billion", 150000000000, "TWD", "range", mx=159000000000)]),

("Petrobras (B3: PETR4) will pay R$12.2 billion in dividends for the fourth quarter and plans capex of US$109 billion over 2026-2030.",
 [C("Petrobras"), M("R$12.2 billion", 12200000000, "BRL"), D("the fourth quarter", *Q4, "quarter", True),
  M("US$109 billion", 109000000000), D("2026-2030", "2026-01-01", "2030-12-31", "year")]),

("Itaú Unibanco earned R$11.9 billion in the fourth quarter, and Nubank added 4 million customers in Brazil, Mexico and Colombia.",
 [C("Itaú Unibanco"), M("R$11.9 billion", 11900000000, "BRL"), D("the fourth quarter", *Q4, "quarter", True), C("Nubank"),
  Q("4 million customers", 4000000, "customers")]),

("Vale SA produced 336 million tonnes of iron ore in 2025 and will pay R$2.14 per share in dividends.",
 [C("Vale SA"), Q("336 million tonnes", 336000000, "tonnes"), D("2025", *Y25, "year"), M("R$2.14", "2.14", "BRL")]),

("MercadoLibre (NASDAQ: MELI) plans to invest 34 billion reais in Brazil this year and hire 14,000 people.",
 [C("MercadoLibre"), M("34 billion reais", 34000000000, "BRL"), D("this year", *Y26, "year", True),
  Q("14,000 people", 14000, "people")]),

("MTN Group (JSE: MTN) will sell its fibre unit for 12 billion rand.",
 [C("MTN Group"), M("12 billion rand", 12000000000, "ZAR")]),

("Indonesia's Bank Central Asia (IDX: BBCA) reported 2025 net profit of 57.5 trillion rupiah, up 5%.",
 [C("Bank Central Asia", name="Bank Central Asia", ticker="BBCA"), D("2025", *Y25, "year"),
  M("57.5 trillion rupiah", 57500000000000, "IDR"), P("5%", 5)]),

("Thailand's PTT Pcl will invest 90 billion baht over the next five years.",
 [C("PTT Pcl", name="PTT"), M("90 billion baht", 90000000000, "THB"), D("the next five years", Y, "2031-02-10", "year", True)]),

("The rupee weakened 0.4% against the dollar, while the Sensex rose 0.8%.",
 [P("0.4%", "0.4"), P("0.8%", "0.8")]),

("Kotak Institutional Equities expects Nifty earnings to grow 14% in FY27.",
 [C("Kotak Institutional Equities"), P("14%", 14), D("FY27", "2026-04-01", "2027-03-31", "fiscal_year")]),

("Larsen & Toubro (NSE: LT) won orders worth over ₹1 lakh crore in the December quarter, taking its order book to ₹6.67 lakh crore.",
 [C("Larsen & Toubro"), M("₹1 lakh crore", 1000000000000, "INR", "more_than"), D("the December quarter", *Q4, "quarter", True),
  M("₹6.67 lakh crore", 6670000000000, "INR")]),
]
