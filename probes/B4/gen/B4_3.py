from b4lib import *
REF = "2026-03-14"
REF_NOTE = "Dateline 'ENERGY & RESOURCES WEEKLY — HOUSTON/LONDON, Saturday, March 14, 2026'."
HEADER = "ENERGY & RESOURCES WEEKLY — HOUSTON/LONDON, Saturday, March 14, 2026"
HEADER_MENTIONS = [D("Saturday, March 14, 2026", "2026-03-14", "2026-03-14", "day")]
Y = "2026-03-14"
Q4 = ("2025-10-01", "2025-12-31")
Y25 = ("2025-01-01", "2025-12-31")
Y26 = ("2026-01-01", "2026-12-31")
BY2030 = (Y, "2030-12-31")
PARAS = [
("ExxonMobil said its Permian output averaged about 1.6 million barrels a day in the fourth quarter and should reach 2.3 million barrels per day by 2030.",
 [C("ExxonMobil"), Q("1.6 million barrels a day", 1600000, "barrels per day", "approximately"),
  D("the fourth quarter", *Q4, "quarter", True), Q("2.3 million barrels per day", 2300000, "barrels per day"),
  D("2030", *BY2030, "year", True)]),

("OPEC+ agreed to raise output by 137,000 barrels a day in April, the third such increase since October.",
 [Q("137,000 barrels a day", 137000, "barrels per day"), D("April", "2026-04-01", "2026-04-30", "month", True),
  D("October", "2025-10-01", Y, "month", True)]),

("Saudi Aramco will pay a base dividend of $21.1 billion for the fourth quarter and keep its maximum sustainable capacity at 12 million barrels per day.",
 [C("Saudi Aramco"), M("$21.1 billion", 21100000000), D("the fourth quarter", *Q4, "quarter", True),
  Q("12 million barrels per day", 12000000, "barrels per day")]),

("Constellation Energy will supply Meta Platforms with 1,121 megawatts from its Clinton nuclear plant starting in June 2027.",
 [C("Constellation Energy"), C("Meta Platforms"), Q("1,121 megawatts", 1121, "MW"),
  D("June 2027", "2027-06-01", "2027-06-30", "month")]),

("Vistra Corp. said data-center demand could add between 5 and 7 GW of load in its Texas footprint by 2029.",
 [C("Vistra Corp."), Q("5 and 7 GW", 5, "GW", "range", mx=7), D("2029", Y, "2029-12-31", "year", True)]),

("NextEra Energy added 3.2 GW of renewables and storage to its backlog last quarter, taking it to nearly 30 GW.",
 [C("NextEra Energy"), Q("3.2 GW", "3.2", "GW"), D("last quarter", *Q4, "quarter", True), Q("30 GW", 30, "GW", "approximately")]),

("Global electricity use by data centres will roughly double to about 945 TWh by 2030, or just under 3% of total consumption, the International Energy Agency estimates.",
 [X("double", 2, "approximately"), Q("945 TWh", 945, "TWh", "approximately"), D("2030", *BY2030, "year", True),
  P("3%", 3, "less_than")]),

("Tesla's energy unit deployed 14.2 GWh of battery storage in the fourth quarter, up 29%, and a record 46.7 GWh in 2025.",
 [C("Tesla"), Q("14.2 GWh", "14.2", "GWh"), D("the fourth quarter", *Q4, "quarter", True), P("29%", 29),
  Q("46.7 GWh", "46.7", "GWh"), D("2025", *Y25, "year")]),

("BHP Group cut its copper production guidance for the year to June 30 to 1.8 million-2.0 million tonnes after a fire at Escondida.",
 [C("BHP Group"), D("the year to June 30", "2025-07-01", "2026-06-30", "fiscal_year", True),
  Q("1.8 million-2.0 million tonnes", 1800000, "tonnes", "range", mx=2000000)]),

("Rio Tinto shipped 83.5 million tonnes of Pilbara iron ore in the December quarter and expects 2026 shipments of 323 million to 338 million tonnes.",
 [C("Rio Tinto"), Q("83.5 million tonnes", 83500000, "tonnes"), D("the December quarter", *Q4, "quarter", True),
  D("2026", *Y26, "year"), Q("323 million to 338 million tonnes", 323000000, "tonnes", "range", mx=338000000)]),

("Newmont Corp. produced 1.6 million attributable ounces of gold in the fourth quarter at an all-in sustaining cost of $1,650 an ounce, and guided to 5.3 million ounces for 2026.",
 [C("Newmont Corp."), Q("1.6 million attributable ounces", 1600000, "ounces"), D("the fourth quarter", *Q4, "quarter", True),
  M("$1,650", 1650), Q("5.3 million ounces", 5300000, "ounces"), D("2026", *Y26, "year")]),

("Barrick Mining's gold output fell by a third to 3.2 million ounces last year, while copper production rose 2% to 195,000 tonnes.",
 [C("Barrick Mining"), P("a third", "33.33"), Q("3.2 million ounces", 3200000, "ounces"), D("last year", *Y25, "year", True),
  P("2%", 2), Q("195,000 tonnes", 195000, "tonnes")]),

("Kazatomprom expects to cut 2026 production by about 10% to 25,000-26,500 tonnes of uranium.",
 [C("Kazatomprom", name="Kazatomprom"), D("2026", *Y26, "year"), P("10%", 10, "approximately"),
  Q("25,000-26,500 tonnes", 25000, "tonnes", "range", mx=26500)]),

("Albemarle Corp. said lithium prices have fallen about 80% from their 2022 peak and that it would cut capital spending by half, to $650 million-$700 million.",
 [C("Albemarle Corp."), P("80%", 80, "approximately"), D("2022", "2022-01-01", "2022-12-31", "year"), P("half", 50),
  M("$650 million-$700 million", 650000000, q="range", mx=700000000)]),

("GE Vernova's gas-turbine backlog and slot reservations reached 80 GW in December, up from 62 GW in September, and it plans to ship about 20 GW of turbines in 2026.",
 [C("GE Vernova"), Q("80 GW", 80, "GW"), D("December", "2025-12-01", "2025-12-31", "month", True), Q("62 GW", 62, "GW"),
  D("September", "2025-09-01", "2025-09-30", "month", True), Q("20 GW", 20, "GW", "approximately"), D("2026", *Y26, "year")]),

("Siemens Energy lifted its fiscal 2026 revenue growth outlook to 14%-16% and said its wind unit should break even in fiscal 2027.",
 [C("Siemens Energy"), D("fiscal 2026", "2025-10-01", "2026-09-30", "fiscal_year"), P("14%-16%", 14, "range"),
  D("fiscal 2027", "2026-10-01", "2027-09-30", "fiscal_year")]),

("Oklo Inc. signed a non-binding agreement to supply up to 12 GW to data-center operator Switch through 2044.",
 [C("Oklo Inc."), Q("12 GW", 12, "GW", "at_most"), C("Switch"), D("2044", Y, "2044-12-31", "year", True)]),

("Microsoft will buy 10.5 GW of renewable capacity from Brookfield from 2026 through 2030.",
 [C("Microsoft"), Q("10.5 GW", "10.5", "GW"), C("Brookfield"), D("2026 through 2030", "2026-01-01", "2030-12-31", "year")]),

("Nucor Corp. shipped 6.1 million tons of steel in the fourth quarter, down 4%, and is building a plant covering 1.2 million square feet in West Virginia.",
 [C("Nucor Corp."), Q("6.1 million tons", 6100000, "tons"), D("the fourth quarter", *Q4, "quarter", True), P("4%", 4),
  Q("1.2 million square feet", 1200000, "square feet")]),

("ArcelorMittal plans to cut about 600 jobs in northern France after its European steel output fell to 55 million tonnes last year.",
 [C("ArcelorMittal"), Q("600 jobs", 600, "jobs", "approximately"), Q("55 million tonnes", 55000000, "tonnes"),
  D("last year", *Y25, "year", True)]),

("Caterpillar Inc. expects power-generation sales to grow 3x by 2030 and is doubling large-engine capacity.",
 [C("Caterpillar Inc."), X("3x", 3), D("2030", *BY2030, "year", True), X("doubling", 2)]),

("Eaton will buy Boyd Thermal for $9.5 billion, or about 22.5x Boyd's estimated 2026 EBITDA.",
 [C("Eaton"), C("Boyd Thermal", name="Boyd Thermal"), M("$9.5 billion", 9500000000), X("22.5x", "22.5", "approximately"),
  C("Boyd", slug="boyd-thermal", name="Boyd Thermal"), D("2026", *Y26, "year")]),

("Vertiv raised its 2026 organic sales growth forecast to 27%-29%, and its order backlog climbed to $10.1 billion.",
 [C("Vertiv"), D("2026", *Y26, "year"), P("27%-29%", 27, "range"), M("$10.1 billion", 10100000000)]),

("Freeport-McMoRan's Grasberg mine will run at about two-thirds of capacity until mid-2027, cutting copper sales by roughly 270,000 tonnes this year.",
 [C("Freeport-McMoRan"), P("two-thirds", "66.67", "approximately"), D("mid-2027", Y, "2027-09-30", "half", True),
  Q("270,000 tonnes", 270000, "tonnes", "approximately"), D("this year", *Y26, "year", True)]),

("U.S. crude inventories rose by 3.5 million barrels last week, the Energy Information Administration said, while gasoline stocks fell 2.1 million barrels.",
 [Q("3.5 million barrels", 3500000, "barrels"), D("last week", "2026-03-02", "2026-03-08", "week", True),
  Q("2.1 million barrels", 2100000, "barrels")]),

("Brent crude settled up 1.2% at $71.40 a barrel on Friday, its third weekly gain.",
 [P("1.2%", "1.2"), M("$71.40", "71.40"), D("Friday", "2026-03-13", "2026-03-13", "day", True)]),

("Chevron Corp. pumped a record 4 million barrels of oil equivalent per day after closing its purchase of Hess, and raised its dividend 4% to $1.78 a share.",
 [C("Chevron Corp."), Q("4 million barrels of oil equivalent per day", 4000000, "barrels of oil equivalent per day"),
  C("Hess", name="Hess"), P("4%", 4), M("$1.78", "1.78")]),

("Alcoa Corp. will restart 110,000 tonnes a year of aluminium capacity at its San Ciprián smelter in Spain.",
 [C("Alcoa Corp."), Q("110,000 tonnes a year", 110000, "tonnes per year")]),

("Shell plc said its indicative refining margin rose to $12 a barrel in the fourth quarter from $7.60, an increase of more than half.",
 [C("Shell plc"), M("$12", 12), D("the fourth quarter", *Q4, "quarter", True), M("$7.60", "7.60"), P("half", 50, "more_than")]),

("Fortescue said iron ore shipments rose 5% to 49.8 million tonnes in the three months to December, its fiscal second quarter.",
 [C("Fortescue"), P("5%", 5), Q("49.8 million tonnes", 49800000, "tonnes"),
  D("the three months to December", *Q4, "quarter", True), D("its fiscal second quarter", *Q4, "quarter", True)]),

("First Solar Inc. expects to sell 17 GW to 19 GW of modules in 2026 and ended 2025 with a contracted backlog of about 54 GW.",
 [C("First Solar Inc."), Q("17 GW to 19 GW", 17, "GW", "range", mx=19), D("2026", *Y26, "year"), D("2025", *Y25, "year"),
  Q("54 GW", 54, "GW", "approximately")]),

("BYD sold 4.6 million new-energy vehicles in 2025, and its overseas sales quadrupled.",
 [C("BYD"), Q("4.6 million new-energy vehicles", 4600000, "vehicles"), D("2025", *Y25, "year"), X("quadrupled", 4)]),

("CATL will build a 100 GWh battery plant in Hungary, its second in Europe, with production starting in the first half of 2027.",
 [C("CATL"), Q("100 GWh", 100, "GWh"), D("the first half of 2027", "2027-01-01", "2027-06-30", "half")]),

("Hitachi Energy will invest $1 billion in U.S. grid manufacturing, including $457 million for a transformer factory in Virginia that will employ about 800 workers.",
 [C("Hitachi Energy"), M("$1 billion", 1000000000), M("$457 million", 457000000), Q("800 workers", 800, "workers", "approximately")]),

("Copper has gained 18% year-to-date, and BloombergNEF says grid spending has grown fourfold since 2019.",
 [P("18%", 18), D("year-to-date", "2026-01-01", Y, "year", True), C("BloombergNEF"), X("fourfold", 4),
  D("2019", "2019-01-01", Y, "year", True)]),

("Cummins Inc. will cut about 580 employees at its Indiana engine plants and has shipped more than 10,000 units of its X15N natural-gas engine.",
 [C("Cummins Inc."), Q("580 employees", 580, "employees", "approximately"), Q("10,000 units", 10000, "units", "more_than")]),

("Duke Energy's allowed return on equity in North Carolina was cut by 35 basis points to 9.9%, while NextEra Energy's credit spreads tightened 12 bps.",
 [C("Duke Energy"), P("35 basis points", 35, unit="bp"), P("9.9%", "9.9"), C("NextEra Energy"), P("12 bps", 12, unit="bp")]),

("Renewables' share of German power generation rose 2.6 percentage points to 59% last year.",
 [P("2.6 percentage points", "2.6", unit="pp"), P("59%", 59), D("last year", *Y25, "year", True)]),
]
