from b4lib import *
REF = "2026-07-29"
REF_NOTE = "Dateline 'EARNINGS BRIEFS — NEW YORK, Wednesday, July 29, 2026'."
HEADER = "EARNINGS BRIEFS — NEW YORK, Wednesday, July 29, 2026"
HEADER_MENTIONS = [D("Wednesday, July 29, 2026", "2026-07-29", "2026-07-29", "day")]
Y = "2026-07-29"
Q2 = ("2026-04-01", "2026-06-30")
Q3 = ("2026-07-01", "2026-09-30")
Y26 = ("2026-01-01", "2026-12-31")
PARAS = [
("Microsoft Corp. (MSFT) said revenue for its fiscal fourth quarter rose 15% to $76.4 billion, and adjusted earnings of $3.71 a share topped the $3.55 analysts had expected, according to LSEG.",
 [C("Microsoft Corp."), D("its fiscal fourth quarter", *Q2, "quarter", True), P("15%", 15), M("$76.4 billion", 76400000000),
  M("$3.71", "3.71"), M("$3.55", "3.55"), C("LSEG")]),

("For fiscal 2026, which ended June 30, Microsoft's revenue was $291.2 billion and capital expenditures, including finance leases, reached $88 billion.",
 [D("fiscal 2026", "2025-07-01", "2026-06-30", "fiscal_year"), D("June 30", "2026-06-30", "2026-06-30", "day", True),
  C("Microsoft"), M("$291.2 billion", 291200000000), M("$88 billion", 88000000000)]),

("Microsoft guided to first-quarter revenue of $75.5 billion to $76.6 billion and said cloud growth would slow to 34%-35% in constant currency.",
 [C("Microsoft"), D("first-quarter", *Q3, "quarter", True),
  M("$75.5 billion to $76.6 billion", 75500000000, q="range", mx=76600000000), P("34%-35%", 34, "range")]),

("Procter & Gamble Co. reported core earnings of $1.52 a share for the April-June quarter, up from $1.48, while GAAP earnings came in at $1.39 after restructuring charges.",
 [C("Procter & Gamble Co."), M("$1.52", "1.52"), D("the April-June quarter", *Q2, "quarter", True), M("$1.48", "1.48"),
  M("$1.39", "1.39")]),

("P&G forecast fiscal 2027 core EPS growth of 2% to 4%, or $6.96 to $7.10 a share, and said tariffs would cost about $1 billion before tax in the year to June 2027.",
 [C("P&G"), D("fiscal 2027", "2026-07-01", "2027-06-30", "fiscal_year"), P("2% to 4%", 2, "range"),
  M("$6.96 to $7.10", "6.96", q="range", mx="7.10"), M("$1 billion", 1000000000, q="approximately"),
  D("the year to June 2027", "2026-07-01", "2027-06-30", "fiscal_year")]),

("KLA Corp. posted fiscal fourth-quarter revenue of $3.24 billion and GAAP diluted EPS of $8.41; non-GAAP EPS was $9.38.",
 [C("KLA Corp."), D("fiscal fourth-quarter", *Q2, "quarter", True), M("$3.24 billion", 3240000000), M("$8.41", "8.41"),
  M("$9.38", "9.38")]),

("KLA expects September-quarter revenue of $3.3 billion, plus or minus $150 million.",
 [C("KLA"), D("September-quarter", *Q3, "quarter", True), M("$3.3 billion", 3300000000), M("$150 million", 150000000)]),

("Visa Inc. said net revenue for its fiscal third quarter, the three months to June, climbed 12% to $10.2 billion, and per-share earnings were $2.98 on an adjusted basis.",
 [C("Visa Inc."), D("its fiscal third quarter", *Q2, "quarter", True), D("the three months to June", *Q2, "quarter", True),
  P("12%", 12), M("$10.2 billion", 10200000000), M("$2.98", "2.98")]),

("Oracle, whose fiscal 2026 ended May 31, has said capital spending will climb to roughly $50 billion in fiscal 2027.",
 [C("Oracle"), D("fiscal 2026", "2025-06-01", "2026-05-31", "fiscal_year"), D("May 31", "2026-05-31", "2026-05-31", "day", True),
  M("$50 billion", 50000000000, q="approximately"), D("fiscal 2027", "2026-06-01", "2027-05-31", "fiscal_year")]),

("Nike Inc. swung to a fiscal fourth-quarter loss of 9 cents a share, versus a profit of 14 cents, on revenue that fell 6% to $10.6 billion.",
 [C("Nike Inc."), D("fiscal fourth-quarter", "2026-03-01", "2026-05-31", "quarter", True), M("9 cents", "0.09"),
  M("14 cents", "0.14"), P("6%", 6), M("$10.6 billion", 10600000000)]),

("FedEx Corp. guided to fiscal 2027 adjusted EPS of $19 to $21, below the $21.60 consensus, and said it would cut $1 billion of costs in the first half of the fiscal year.",
 [C("FedEx Corp."), D("fiscal 2027", "2026-06-01", "2027-05-31", "fiscal_year"), M("$19 to $21", 19, q="range", mx=21),
  M("$21.60", "21.60"), M("$1 billion", 1000000000),
  D("the first half of the fiscal year", "2026-06-01", "2026-11-30", "half", True)]),

("Alphabet Inc. earned $2.46 a share in the second quarter on revenue of $104.8 billion; Google Cloud sales jumped 31% to $15.9 billion.",
 [C("Alphabet Inc."), M("$2.46", "2.46"), D("the second quarter", *Q2, "quarter", True), M("$104.8 billion", 104800000000),
  C("Google Cloud"), P("31%", 31), M("$15.9 billion", 15900000000)]),

("Alphabet raised its 2026 capital expenditure forecast to between $95 billion and $100 billion, from $85 billion previously.",
 [C("Alphabet"), D("2026", *Y26, "year"), M("$95 billion and $100 billion", 95000000000, q="range", mx=100000000000),
  M("$85 billion", 85000000000)]),

("Meta Platforms will report after the bell today; analysts polled by FactSet expect adjusted EPS of $6.12 on revenue of about $50.4 billion for the three months to June.",
 [C("Meta Platforms"), D("today", Y, Y, "day", True), C("FactSet"), M("$6.12", "6.12"),
  M("$50.4 billion", 50400000000, q="approximately"), D("the three months to June", *Q2, "quarter", True)]),

("Tesla Inc. posted second-quarter adjusted earnings of 44 cents a share, short of estimates of 51 cents, while GAAP net income fell 22% to $1.1 billion.",
 [C("Tesla Inc."), D("second-quarter", *Q2, "quarter", True), M("44 cents", "0.44"), M("51 cents", "0.51"), P("22%", 22),
  M("$1.1 billion", 1100000000)]),

("Tesla delivered 410,500 vehicles in the April-June period and said it had $37.2 billion of cash and investments at June 30.",
 [C("Tesla"), Q("410,500 vehicles", 410500, "vehicles"), D("the April-June period", *Q2, "quarter", True),
  M("$37.2 billion", 37200000000), D("June 30", "2026-06-30", "2026-06-30", "day", True)]),

("Intel reported a second-quarter GAAP loss of $2.9 billion, or 67 cents a share, but an adjusted profit of 8 cents; it sees third-quarter revenue of $13.2 billion to $14.2 billion.",
 [C("Intel"), D("second-quarter", *Q2, "quarter", True), M("$2.9 billion", 2900000000), M("67 cents", "0.67"),
  M("8 cents", "0.08"), D("third-quarter", *Q3, "quarter", True),
  M("$13.2 billion to $14.2 billion", 13200000000, q="range", mx=14200000000)]),

("Intel said it would cut its workforce by about 15% to roughly 75,000 core employees by the end of the year.",
 [C("Intel"), P("15%", 15, "approximately"), Q("75,000 core employees", 75000, "employees", "approximately"),
  D("the end of the year", Y, "2026-12-31", "year", True)]),

("Coca-Cola lifted its 2026 comparable EPS growth outlook to 8%-9% after second-quarter comparable earnings of 87 cents beat by 4 cents.",
 [C("Coca-Cola"), D("2026", *Y26, "year"), P("8%-9%", 8, "range"), D("second-quarter", *Q2, "quarter", True),
  M("87 cents", "0.87"), M("4 cents", "0.04")]),

("Boeing Co. narrowed its second-quarter loss to $1.24 a share and burned $200 million of free cash; it delivered 150 commercial jets in the period.",
 [C("Boeing Co."), D("second-quarter", *Q2, "quarter", True), M("$1.24", "1.24"), M("$200 million", 200000000),
  Q("150 commercial jets", 150, "jets")]),

("UnitedHealth Group cut its 2026 adjusted EPS forecast to at least $16, from a range of $17.50 to $18.00, and its shares slid 7.4% on Tuesday.",
 [C("UnitedHealth Group"), D("2026", *Y26, "year"), M("$16", 16, q="at_least"),
  M("$17.50 to $18.00", "17.50", q="range", mx="18.00"), P("7.4%", "7.4"), D("Tuesday", "2026-07-28", "2026-07-28", "day", True)]),

("Texas Instruments Inc. guided third-quarter earnings of $1.36 to $1.60 per share, with the midpoint 9 cents below the Street.",
 [C("Texas Instruments Inc."), D("third-quarter", *Q3, "quarter", True), M("$1.36 to $1.60", "1.36", q="range", mx="1.60"),
  M("9 cents", "0.09")]),

("Salesforce Inc. reaffirmed fiscal 2027 revenue guidance of $45.8 billion to $46.2 billion, implying growth of 8% to 9%.",
 [C("Salesforce Inc."), D("fiscal 2027", "2026-02-01", "2027-01-31", "fiscal_year"),
  M("$45.8 billion to $46.2 billion", 45800000000, q="range", mx=46200000000), P("8% to 9%", 8, "range")]),

("Walmart, which reports on Aug. 20, is expected to earn 74 cents a share in the three months to July.",
 [C("Walmart"), D("Aug. 20", "2026-08-20", "2026-08-20", "day", True), M("74 cents", "0.74"),
  D("the three months to July", "2026-05-01", "2026-07-31", "quarter", True)]),

("Accenture plc, whose fiscal third quarter ended May 31, reported new bookings of $19.7 billion, including $1.5 billion of generative-AI work.",
 [C("Accenture plc"), D("fiscal third quarter", "2026-03-01", "2026-05-31", "quarter", True),
  D("May 31", "2026-05-31", "2026-05-31", "day", True), M("$19.7 billion", 19700000000), M("$1.5 billion", 1500000000)]),

("Netflix said second-quarter operating margin widened 3.2 percentage points to 34.1%, and it now sees 2026 revenue of $44.8 billion to $45.2 billion.",
 [C("Netflix"), D("second-quarter", *Q2, "quarter", True), P("3.2 percentage points", "3.2", unit="pp"), P("34.1%", "34.1"),
  D("2026", *Y26, "year"), M("$44.8 billion to $45.2 billion", 44800000000, q="range", mx=45200000000)]),

("General Motors Co. raised the low end of its full-year adjusted EBIT outlook by $500 million to $10.5 billion-$12.5 billion, and said tariffs cost it $1.1 billion in the second quarter.",
 [C("General Motors Co."), D("full-year", *Y26, "year", True), M("$500 million", 500000000),
  M("$10.5 billion-$12.5 billion", 10500000000, q="range", mx=12500000000), M("$1.1 billion", 1100000000),
  D("the second quarter", *Q2, "quarter", True)]),

("Chipotle Mexican Grill reported second-quarter adjusted EPS of 33 cents, in line with forecasts, but comparable sales fell 1.8%; the shares dropped 9% in extended trading.",
 [C("Chipotle Mexican Grill"), D("second-quarter", *Q2, "quarter", True), M("33 cents", "0.33"), P("1.8%", "1.8"), P("9%", 9)]),

("Comcast Corp. lost 226,000 domestic broadband customers in the second quarter but beat profit forecasts with adjusted EPS of $1.25.",
 [C("Comcast Corp."), Q("226,000 domestic broadband customers", 226000, "customers"),
  D("the second quarter", *Q2, "quarter", True), M("$1.25", "1.25")]),

("Lockheed Martin took $1.6 billion of pretax charges on classified programs, dragging second-quarter GAAP EPS down to $1.46 from $6.80.",
 [C("Lockheed Martin"), M("$1.6 billion", 1600000000), D("second-quarter", *Q2, "quarter", True), M("$1.46", "1.46"),
  M("$6.80", "6.80")]),

("Workday, which reports in August, reaffirmed Q2 FY27 subscription revenue guidance of $2.34 billion.",
 [C("Workday"), D("August", "2026-08-01", "2026-08-31", "month", True), D("Q2 FY27", "2026-05-01", "2026-07-31", "quarter"),
  M("$2.34 billion", 2340000000)]),

("Mastercard's second-quarter adjusted EPS rose 14% to $4.15, and the card network bought back $2.3 billion of stock.",
 [C("Mastercard"), D("second-quarter", *Q2, "quarter", True), P("14%", 14), M("$4.15", "4.15"), M("$2.3 billion", 2300000000)]),

("Amazon.com will report on Thursday; Wall Street sees EPS of $1.33 and AWS revenue of about $32 billion.",
 [C("Amazon.com"), D("Thursday", "2026-07-30", "2026-07-30", "day", True), M("$1.33", "1.33"), C("AWS"),
  M("$32 billion", 32000000000, q="approximately")]),

("Apple also reports on Thursday, and analysts forecast June-quarter revenue of $94.1 billion.",
 [C("Apple"), D("Thursday", "2026-07-30", "2026-07-30", "day", True), D("June-quarter", *Q2, "quarter", True),
  M("$94.1 billion", 94100000000)]),

("Roughly 83% of the S&P 500 companies that have reported so far beat earnings estimates, above the 78% average since 2021, according to FactSet.",
 [P("83%", 83, "approximately"), P("78%", 78), D("2021", "2021-01-01", Y, "year", True), C("FactSet")]),

("Blended second-quarter earnings growth for the index stands at 9.8%, which would mark a third straight quarter of growth above 9%.",
 [D("second-quarter", *Q2, "quarter", True), P("9.8%", "9.8"), P("9%", 9, "more_than")]),
]
