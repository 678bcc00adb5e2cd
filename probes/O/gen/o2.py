from mk import C, P, write
A = "anthropic"; AMD = "amd"; O = "oracle"; NV = "nvidia"; NE = "nextera"; VI = "vistra"
MS = "microsoft"; GC = "google-cloud"; AMZ = "amazon"
MON = P("2026-03-09")
cl = [
 # headline + standfirst
 C([A, AMD], "capacity", "2", None, "reported", None, "Anthropic signs 2GW AMD chip pact", counterparty=AMD),
 C([O, A], "contract_value", "42000000000", "USD", "reported", None, "with Oracle to host first phase under $42bn contract", counterparty=O),
 C([A, AMD], "contract_value", "60000000000", "USD", "forecast", None, "analysts put the chip order at $60bn-$70bn", counterparty=AMD),
 # lede
 C([A, AMD], "capacity", "2", None, "reported", None, "Anthropic has agreed to deploy 2 gigawatts of AMD Instinct accelerators over the next five years", counterparty=AMD),
 C([A, AMD], "capacity", "500", None, "planned", P("2027-07-01", "2027-12-31"), "The first 500 megawatts, built on AMD's MI450 GPUs and its Helios rack-scale systems, is scheduled to come online in the second half of 2027", counterparty=AMD),
 C(AMD, "chip_launch", None, None, "planned", P("2026-07-01", "2026-09-30"), "AMD said it plans to begin volume shipments of the MI450 in the third quarter of 2026", chip="MI450"),
 # warrant
 C([AMD, A], "other", "0.01", "USD", "reported", None, "AMD issued Anthropic a warrant to buy up to 100 million AMD shares at a nominal exercise price of one cent each", counterparty=A),
 C([AMD, A], "other", "600", "USD", "reported", None, "with the last tranche tied to a share price of $600", counterparty=A),
 C(A, "other", "6", None, "hedged", None, "the warrant would give Anthropic a stake of roughly 6% in AMD", counterparty=AMD),
 C(A, "other", "21000000000", "USD", "hedged", MON, "worth about $21 billion at Monday's close", counterparty=AMD),
 # value
 C(AMD, "revenue", "10000000000", "USD", "planned", None, "the deal would generate \"tens of billions of dollars\" in revenue"),
 C([AMD, A], "contract_value", "60000000000", "USD", "forecast", P("2026-03-10", "2031-12-31"), "Analysts at Bernstein estimate the agreement is worth $60 billion to $70 billion to AMD through 2031", counterparty=A),
 C([A, AMD], "capacity", "230000", None, "forecast", None, "reckon the first phase alone will need roughly 230,000 MI450 GPUs", counterparty=AMD),
 # Oracle
 C([O, A], "capacity", "1", None, "planned", None, "Oracle will host the first gigawatt at a new campus in Shackelford County, Texas", counterparty=A),
 C([O, A], "contract_value", "42000000000", "USD", "reported", None, "under a seven-year contract that Oracle values at about $42 billion", counterparty=A),
 C(O, "backlog", "553000000000", "USD", "reported", P("2026-02-01", "2026-02-28"), "which stood at $553 billion at the end of February"),
 C([O, NE], "capacity", "800", None, "reported", None, "signed a 20-year power purchase agreement with NextEra Energy for 800 MW of wind and solar generation", counterparty=NE),
 C([O, NE], "capacity", "400", None, "reported", None, "plus 400 MW of battery storage at the site", counterparty=NE),
 C([O, VI], "capacity", "600", None, "reported", None, "a separate agreement with Vistra for 600 MW of gas-fired capacity", counterparty=VI),
 C(O, "capital_expenditure", "50000000000", "USD", "planned", P("2026-06-01", "2027-05-31"), "We expect to spend roughly $50 billion on capital expenditures in fiscal 2027"),
 # shares
 C(O, "stock_change", "3.2", None, "reported", MON, "Oracle shares rose 3.2% on Monday"),
 C(AMD, "stock_change", "9.4", None, "reported", MON, "AMD jumped 9.4% to close at $214.60"),
 C(AMD, "other", "214.6", "USD", "reported", MON, "AMD jumped 9.4% to close at $214.60"),
 C(NV, "stock_change", "1.8", None, "reported", None, "Nvidia slipped 1.8%."),
 # denials and hedges
 C(A, "funding_round", "25000000000", "USD", "denied", None, "denied a report by The Information that it was in talks to raise as much as $25 billion at a valuation of $550 billion"),
 C(A, "valuation", "550000000000", "USD", "denied", None, "denied a report by The Information that it was in talks to raise as much as $25 billion at a valuation of $550 billion"),
 C(A, "valuation", "380000000000", "USD", "reported", P("2026-02-01", "2026-02-28"), "Anthropic was valued at $380 billion in a $30 billion round in February"),
 C(A, "funding_round", "30000000000", "USD", "reported", P("2026-02-01", "2026-02-28"), "Anthropic was valued at $380 billion in a $30 billion round in February"),
 C(NV, "investment", "10000000000", "USD", "planned", P("2025-11-01", "2025-11-30"), "Nvidia's November agreement to invest up to $10 billion in the startup", counterparty=A),
 C(MS, "investment", "5000000000", "USD", "planned", P("2025-11-01", "2025-11-30"), "alongside Microsoft's commitment of up to $5 billion", counterparty=A),
 C([A, MS], "contract_value", "30000000000", "USD", "reported", None, "Anthropic agreed to buy $30 billion of compute capacity on Microsoft Azure", counterparty=MS),
 C([A, GC], "capacity", "1000000", None, "reported", P("2025-10-01", "2025-10-31"), "It expanded its Google Cloud deal in October to use up to 1 million TPUs", counterparty=GC),
 C([A, GC], "capacity", "1", None, "planned", P("2026-01-01", "2026-12-31"), "bringing well over a gigawatt of capacity online in 2026", counterparty=GC),
 C([A, AMZ], "capacity", "500000", None, "reported", None, "trains models on Amazon's Project Rainier cluster of about 500,000 Trainium2 chips", counterparty=AMZ),
 C(A, "revenue", "19000000000", "USD", "reported", P("2026-02-01", "2026-02-28"), "annualized revenue run-rate had passed $19 billion in February"),
 C(A, "revenue", "1000000000", "USD", "reported", P("2025-01-01", "2025-01-31"), "up from about $1 billion in January 2025"),
 C(A, "revenue", "50000000000", "USD", "hedged", P("2026-03-10", "2026-12-31"), "Anthropic may reach a run-rate of $50 billion by the end of the year"),
 # analyst, AMD outlook
 C(AMD, "other", "250", "USD", "forecast", None, "raised her price target on AMD to $250 from $210"),
 C(AMD, "other", "210", "USD", "forecast", None, "raised her price target on AMD to $250 from $210"),
 C(AMD, "growth_rate", "80", None, "planned", None, "expects its data-centre AI revenue to grow at a compound annual rate of more than 80%"),
]
write("O2", "O2.txt", "2026-03-10",
      "Byline date 'March 10, 2026' (a Tuesday); the deal was announced 'on Monday' = 2026-03-09.",
      cl)
