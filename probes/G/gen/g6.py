from mk import C, P, write
BIG4 = ["microsoft", "alphabet", "amazon", "meta"]
Y26 = P("2026-01-01", "2026-12-31"); Y25 = P("2025-01-01", "2025-12-31")
Q1 = P("2026-01-01", "2026-03-31")
MSFY26 = P("2025-07-01", "2026-06-30"); MSFY27 = P("2026-07-01", "2027-06-30")
ORFY26 = P("2025-06-01", "2026-05-31"); ORFY27 = P("2026-06-01", "2027-05-31")
PAST12 = P("2025-05-04", "2026-05-04")
THU = P("2026-04-30"); FRI = P("2026-05-01")
cl = [
 C(BIG4, "capital_expenditure", "690000000000", "USD", "forecast", Y26, "Microsoft, Alphabet, Amazon and Meta are on track for combined capital expenditure of roughly $690 billion in calendar 2026"),
 C(BIG4, "capital_expenditure", "410000000000", "USD", "reported", Y25, "up from about $410 billion in 2025"),
 # Microsoft
 C("microsoft", "capital_expenditure", "37500000000", "USD", "reported", Q1, "Microsoft spent $37.5 billion on capital expenditures, including finance leases, in its fiscal third quarter, which ended March 31, up 49% from a year earlier"),
 C("microsoft", "growth_rate", "49", None, "reported", Q1, "Microsoft spent $37.5 billion on capital expenditures, including finance leases, in its fiscal third quarter, which ended March 31, up 49% from a year earlier"),
 C("microsoft", "capital_expenditure", "140000000000", "USD", "planned", MSFY26, "capex for fiscal 2026, which ends June 30, would come in at more than $140 billion"),
 C("microsoft", "growth_rate", "25", None, "planned", MSFY27, "She said spending in fiscal 2027 (July 2026 to June 2027) would grow by about 25%"),
 C("microsoft", "capacity", "2", None, "reported", PAST12, "Microsoft said it had added more than 2 gigawatts of data-centre capacity over the past 12 months"),
 C("microsoft", "capacity", "200000", None, "planned", None, "Its Fairwater AI sites in Wisconsin and Atlanta will eventually house more than 200,000 Nvidia GB300 GPUs"),
 C("microsoft", "growth_rate", "38", None, "reported", Q1, "Azure revenue grew 38% in the quarter"),
 C("microsoft", "stock_change", "3.2", None, "reported", THU, "Microsoft shares rose 3.2% on Thursday"),
 # Alphabet
 C("alphabet", "capital_expenditure", "185000000000", "USD", "planned", Y26, "Alphabet raised its 2026 capital expenditure forecast to between $185 billion and $195 billion, from $175 billion to $185 billion"),
 C("alphabet", "capital_expenditure", "175000000000", "USD", "planned", Y26, "Alphabet raised its 2026 capital expenditure forecast to between $185 billion and $195 billion, from $175 billion to $185 billion"),
 C("alphabet", "capital_expenditure", "41200000000", "USD", "reported", Q1, "after first-quarter capex of $41.2 billion"),
 C("google-cloud", "growth_rate", "52", None, "reported", Q1, "Google Cloud revenue rose 52% to $19.6 billion in the first quarter"),
 C("google-cloud", "revenue", "19600000000", "USD", "reported", Q1, "Google Cloud revenue rose 52% to $19.6 billion in the first quarter"),
 C("google-cloud", "backlog", "240000000000", "USD", "reported", P("2026-03-01", "2026-03-31"), "The unit's backlog reached $240 billion at the end of March, up from $155 billion a year earlier"),
 C("google-cloud", "backlog", "155000000000", "USD", "reported", P("2025-03-01", "2025-03-31"), "The unit's backlog reached $240 billion at the end of March, up from $155 billion a year earlier"),
 C("alphabet", "other", "60", None, "planned", None, "with about 60% on servers and 40% on data centres and networking equipment"),
 C("alphabet", "other", "40", None, "planned", None, "with about 60% on servers and 40% on data centres and networking equipment"),
 # Amazon
 C("amazon", "capital_expenditure", "200000000000", "USD", "planned", Y26, "Amazon said it still expects to spend about $200 billion this year"),
 C("amazon", "capital_expenditure", "47300000000", "USD", "reported", Q1, "after cash capex of $47.3 billion in the first quarter"),
 C("aws", "growth_rate", "24", None, "reported", Q1, "AWS revenue grew 24% to $35.2 billion in the quarter"),
 C("aws", "revenue", "35200000000", "USD", "reported", Q1, "AWS revenue grew 24% to $35.2 billion in the quarter"),
 C("amazon", "capacity", "3.9", None, "reported", PAST12, "Amazon added about 3.9 GW of power capacity in the past 12 months"),
 C("amazon", "chip_launch", None, None, "reported", None, "Its in-house Trainium3 chip is now shipping in volume", chip="Trainium3"),
 C("amazon", "chip_launch", None, None, "planned", P("2026-12-01", "2026-12-31"), "Amazon plans to preview Trainium4 at its re:Invent conference in December", chip="Trainium4"),
 C("amazon", "stock_change", "1.4", None, "reported", FRI, "Amazon shares gained 1.4% on Friday"),
 # Meta
 C("meta", "capital_expenditure", "125000000000", "USD", "planned", Y26, "Meta raised the low end of its 2026 capex range, which now stands at $125 billion to $140 billion, up from $115 billion to $135 billion"),
 C("meta", "capital_expenditure", "115000000000", "USD", "planned", Y26, "Meta raised the low end of its 2026 capex range, which now stands at $125 billion to $140 billion, up from $115 billion to $135 billion"),
 C("meta", "stock_change", "6.1", None, "reported", THU, "Its shares fell 6.1% on Thursday"),
 C("meta", "capacity", "5", None, "planned", None, "Meta's Hyperion campus in Louisiana is designed to scale to 5 GW over several years"),
 C("meta", "capacity", "1", None, "planned", Y26, "its 1 GW Prometheus cluster in Ohio is due online this year"),
 C(["meta", "nvidia"], "capacity", "1300000", None, "reported", P("2026-02-01", "2026-02-28"), "In February, Meta agreed to buy about 1.3 million Nvidia Blackwell and Vera Rubin GPUs from Nvidia over several years", "nvidia"),
 # Oracle, neoclouds
 C("oracle", "capital_expenditure", "50000000000", "USD", "planned", ORFY26, "it expected capex of about $50 billion for fiscal 2026"),
 C("oracle", "capital_expenditure", "68000000000", "USD", "forecast", ORFY27, "Analysts at Morgan Stanley estimate Oracle's fiscal 2027 capex at $68 billion to $75 billion"),
 C("oracle", "backlog", "553000000000", "USD", "reported", P("2026-02-01", "2026-02-28"), "The company's remaining performance obligations stood at $553 billion at the end of February"),
 C(["oracle", "amd"], "capacity", "50000", None, "reported", None, "Oracle has also ordered 50,000 AMD MI450 GPUs", "amd"),
 C("coreweave", "capital_expenditure", "30000000000", "USD", "planned", Y26, "expects 2026 capex of $30 billion to $35 billion"),
 # chips
 C("nvidia", "backlog", "1000000000000", "USD", "reported", P("2026-05-04", "2027-12-31"), "it had visibility into more than $1 trillion of Blackwell and Rubin orders through 2027"),
]
write("G6", "G6.txt", "2026-05-04",
      "Byline date 'Monday, May 4, 2026'; the earnings calls were 'last week' (Apr 27 - May 3), so 'Thursday' is Apr 30 and 'Friday' May 1.",
      cl)
