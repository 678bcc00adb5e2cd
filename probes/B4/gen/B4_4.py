from b4lib import *
REF = "2026-06-15"
REF_NOTE = "Dateline 'MARKETS MORNING BRIEF — Monday, June 15, 2026'."
HEADER = "MARKETS MORNING BRIEF — Monday, June 15, 2026"
HEADER_MENTIONS = [D("Monday, June 15, 2026", "2026-06-15", "2026-06-15", "day")]
Y = "2026-06-15"
Q1 = ("2026-01-01", "2026-03-31")
Q2 = ("2026-04-01", "2026-06-30")
Q3 = ("2026-07-01", "2026-09-30")
Y25 = ("2025-01-01", "2025-12-31")
Y26 = ("2026-01-01", "2026-12-31")
PARAS = [
("Oracle Corp. said last Tuesday that remaining performance obligations topped $550 billion, and it expects fiscal 2027 revenue of about $85 billion.",
 [C("Oracle Corp."), D("last Tuesday", "2026-06-09", "2026-06-09", "day", True), M("$550 billion", 550000000000, q="more_than"),
  D("fiscal 2027", "2026-06-01", "2027-05-31", "fiscal_year"), M("$85 billion", 85000000000, q="approximately")]),

("Accenture reports on Thursday; analysts expect fiscal third-quarter revenue of $18.5 billion and adjusted EPS of $3.52.",
 [C("Accenture"), D("Thursday", "2026-06-18", "2026-06-18", "day", True),
  D("fiscal third-quarter", "2026-03-01", "2026-05-31", "quarter", True), M("$18.5 billion", 18500000000), M("$3.52", "3.52")]),

("Earlier this month, CoreWeave sold $2 billion of bonds due 2031.",
 [D("Earlier this month", "2026-06-01", Y, "month", True), C("CoreWeave"), M("$2 billion", 2000000000),
  D("2031", "2031-01-01", "2031-12-31", "year")]),

("Analysts at Morgan Stanley expect Meta Platforms to guide next quarter's revenue to $52 billion-$55 billion.",
 [C("Morgan Stanley"), C("Meta Platforms"), D("next quarter", *Q3, "quarter", True),
  M("$52 billion-$55 billion", 52000000000, q="range", mx=55000000000)]),

("Alphabet plans to spend $95 billion to $100 billion on capital projects this year and said spending would rise again in the second half of next year.",
 [C("Alphabet"), M("$95 billion to $100 billion", 95000000000, q="range", mx=100000000000), D("this year", *Y26, "year", True),
  D("the second half of next year", "2027-07-01", "2027-12-31", "half", True)]),

("Micron Technology said its HBM4 supply is sold out through H1 2027, and it expects to spend more than $20 billion in calendar 2026.",
 [C("Micron Technology"), D("H1 2027", Y, "2027-06-30", "half", True), M("$20 billion", 20000000000, q="more_than"),
  D("calendar 2026", *Y26, "year")]),

("In the first nine months of 2025, Amazon spent $89.9 billion on property and equipment, and it has said 2026 capital expenditures will top $150 billion.",
 [D("the first nine months of 2025", "2025-01-01", "2025-09-30", "month"), C("Amazon"), M("$89.9 billion", 89900000000),
  D("2026", *Y26, "year"), M("$150 billion", 150000000000, q="more_than")]),

("Palantir's shares are up 38% year-to-date, giving it a market value of roughly $390 billion.",
 [C("Palantir"), P("38%", 38), D("year-to-date", "2026-01-01", Y, "year", True), M("$390 billion", 390000000000, q="approximately")]),

("Since 2019, Apple has returned more than $550 billion to shareholders through buybacks and dividends.",
 [D("2019", "2019-01-01", Y, "year", True), C("Apple"), M("$550 billion", 550000000000, q="more_than")]),

("Microsoft aims to be carbon negative by 2030 and has contracted about 34 GW of clean power since mid-2020.",
 [C("Microsoft"), D("2030", Y, "2030-12-31", "year", True), Q("34 GW", 34, "GW", "approximately"),
  D("mid-2020", "2020-04-01", Y, "half", True)]),

("OpenAI expects revenue of about $30 billion this year and projects positive cash flow by 2029, according to The Information.",
 [C("OpenAI"), M("$30 billion", 30000000000, q="approximately"), D("this year", *Y26, "year", True),
  D("2029", Y, "2029-12-31", "year", True), C("The Information")]),

("Intel said its 14A process would enter risk production in mid-2027 and volume manufacturing in 2028, after it spent $17.2 billion on capital projects last year.",
 [C("Intel"), D("mid-2027", "2027-04-01", "2027-09-30", "half"), D("2028", "2028-01-01", "2028-12-31", "year"),
  M("$17.2 billion", 17200000000), D("last year", *Y25, "year", True)]),

("Late last year, Walt Disney Co. took a $1.5 billion charge on its cable networks.",
 [D("Late last year", "2025-10-01", "2025-12-31", "quarter", True), C("Walt Disney Co."), M("$1.5 billion", 1500000000)]),

("Over the past 12 months, Snowflake's product revenue has grown 27% to $4.2 billion.",
 [D("the past 12 months", "2025-06-15", Y, "month", True), C("Snowflake"), P("27%", 27), M("$4.2 billion", 4200000000)]),

("Vodafone Group expects adjusted EBITDAaL of €11.3 billion to €11.6 billion in FY2026/27 and free cash flow of at least €2.6 billion.",
 [C("Vodafone Group"), M("€11.3 billion to €11.6 billion", 11300000000, "EUR", "range", mx=11600000000),
  D("FY2026/27", "2026-04-01", "2027-03-31", "fiscal_year"), M("€2.6 billion", 2600000000, "EUR", "at_least")]),

("Tesla delivered 384,122 vehicles in the first quarter, and analysts expect the June quarter to come in near 410,000.",
 [C("Tesla"), Q("384,122 vehicles", 384122, "vehicles"), D("the first quarter", *Q1, "quarter", True),
  D("the June quarter", *Q2, "quarter", True), Q("410,000", 410000, "vehicles", "approximately")]),

("Boeing expects to deliver about 500 jets this year and to reach positive free cash flow in the second half.",
 [C("Boeing"), Q("500 jets", 500, "jets", "approximately"), D("this year", *Y26, "year", True),
  D("the second half", "2026-07-01", "2026-12-31", "half", True)]),

("Google expects to close its $32 billion acquisition of Wiz by the end of next quarter.",
 [C("Google"), M("$32 billion", 32000000000), C("Wiz"), D("the end of next quarter", Y, "2026-09-30", "quarter", True)]),

("JPMorgan Chase earned $14.6 billion last quarter and will report second-quarter results on July 14.",
 [C("JPMorgan Chase"), M("$14.6 billion", 14600000000), D("last quarter", *Q1, "quarter", True),
  D("second-quarter", *Q2, "quarter", True), D("July 14", "2026-07-14", "2026-07-14", "day", True)]),

("Goldman Sachs expects the Fed to cut rates by 25 basis points next month and twice more in H1 2027.",
 [C("Goldman Sachs"), P("25 basis points", 25, unit="bp"), D("next month", "2026-07-01", "2026-07-31", "month", True),
  D("H1 2027", "2027-01-01", "2027-06-30", "half")]),

("Netflix said on Friday it would raise U.S. prices later this month, lifting its standard plan to $19.99.",
 [C("Netflix"), D("Friday", "2026-06-12", "2026-06-12", "day", True), D("later this month", Y, "2026-06-30", "month", True),
  M("$19.99", "19.99")]),

("Adobe shares have fallen 22% over the past three years, leaving its market value near $170 billion.",
 [C("Adobe"), P("22%", 22), D("the past three years", "2023-06-15", Y, "year", True),
  M("$170 billion", 170000000000, q="approximately")]),

("Anthropic raised $13 billion at a $183 billion valuation last September and is in talks to raise at about $350 billion early next year.",
 [C("Anthropic"), M("$13 billion", 13000000000), M("$183 billion", 183000000000),
  D("last September", "2025-09-01", "2025-09-30", "month", True), M("$350 billion", 350000000000, q="approximately"),
  D("early next year", "2027-01-01", "2027-03-31", "quarter", True)]),

("Meta has cut about 5% of its workforce so far this year and plans to keep hiring AI researchers through the end of 2027.",
 [C("Meta"), P("5%", 5, "approximately"), D("so far this year", "2026-01-01", Y, "year", True),
  D("the end of 2027", Y, "2027-12-31", "year", True)]),

("Uber Technologies bought back $1.5 billion of stock in the three months through March and has $7 billion left on its authorization.",
 [C("Uber Technologies"), M("$1.5 billion", 1500000000), D("the three months through March", *Q1, "quarter", True),
  M("$7 billion", 7000000000)]),

("Walmart Inc. reaffirmed its fiscal 2027 EPS forecast of $2.61 to $2.66 last month.",
 [C("Walmart Inc."), D("fiscal 2027", "2026-02-01", "2027-01-31", "fiscal_year"), M("$2.61 to $2.66", "2.61", q="range", mx="2.66"),
  D("last month", "2026-05-01", "2026-05-31", "month", True)]),

("Delta Air Lines expects a June-quarter operating margin of 12% to 14% and said bookings are up 5% since May.",
 [C("Delta Air Lines"), D("June-quarter", *Q2, "quarter", True), P("12% to 14%", 12, "range"), P("5%", 5),
  D("May", "2026-05-01", Y, "month", True)]),

("Nebius Group signed a $17.4 billion GPU capacity deal with Microsoft that runs through 2031.",
 [C("Nebius Group"), M("$17.4 billion", 17400000000), C("Microsoft"), D("2031", Y, "2031-12-31", "year", True)]),

("The S&P 500 is up 9.4% year to date, and U.S. companies have announced $1.2 trillion of buybacks in the past 12 months.",
 [P("9.4%", "9.4"), D("year to date", "2026-01-01", Y, "year", True), M("$1.2 trillion", 1200000000000),
  D("the past 12 months", "2025-06-15", Y, "month", True)]),

("Rivian expects R2 deliveries to begin in the third quarter and targets 40,000 to 46,000 total deliveries this year.",
 [C("Rivian"), D("the third quarter", *Q3, "quarter", True), Q("40,000 to 46,000 total deliveries", 40000, "deliveries", "range", mx=46000),
  D("this year", *Y26, "year", True)]),

("Arm Holdings expects revenue of $1.05 billion, plus or minus $50 million, for the quarter ending June 30.",
 [C("Arm Holdings"), M("$1.05 billion", 1050000000), M("$50 million", 50000000),
  D("the quarter ending June 30", *Q2, "quarter", True)]),

("Starbucks will close about 400 stores by the end of September, costing roughly $1 billion in restructuring charges.",
 [C("Starbucks"), Q("400 stores", 400, "stores", "approximately"), D("the end of September", Y, "2026-09-30", "month", True),
  M("$1 billion", 1000000000, q="approximately")]),

("IBM said it would invest $150 billion in the U.S. over the next five years.",
 [C("IBM"), M("$150 billion", 150000000000), D("the next five years", Y, "2031-06-15", "year", True)]),

("Advanced Micro Devices shares closed at a record $185.20 on Friday, up 31% since April.",
 [C("Advanced Micro Devices"), M("$185.20", "185.20"), D("Friday", "2026-06-12", "2026-06-12", "day", True), P("31%", 31),
  D("April", "2026-04-01", Y, "month", True)]),

("TSMC expects its second Arizona fab to start production in 1H27 and plans to spend $165 billion in the U.S. in total.",
 [C("TSMC"), D("1H27", "2027-01-01", "2027-06-30", "half"), M("$165 billion", 165000000000)]),

("Tata Motors said JLR's wholesale volumes fell 10% in FY2025/26 after a cyberattack halted output.",
 [C("Tata Motors"), C("JLR"), P("10%", 10), D("FY2025/26", "2025-04-01", "2026-03-31", "fiscal_year")]),
]
