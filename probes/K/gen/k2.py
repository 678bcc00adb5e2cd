from mk import C, write

REF = "2026-06-11"
CEG, MS, META, ETR, AMZN, TLN = "constellation-energy", "microsoft", "meta", "entergy", "amazon", "talen-energy"
claims = [
    # Crane restart
    C([CEG], "capacity", "835", None, None, "planned", "2027-Q1",
      "The 835-megawatt Crane plant is now expected to return to service in the first quarter of 2027"),
    C([CEG], "capital_expenditure", "2100000000", "USD", None, "planned", None,
      "Constellation raised its estimate of the cost of the restart to about $2.1 billion from $1.6 billion"),
    C([CEG], "capital_expenditure", "1600000000", "USD", None, "planned", None,
      "Constellation raised its estimate of the cost of the restart to about $2.1 billion from $1.6 billion"),
    C([CEG], "other", "1000000000", "USD", None, "reported", "2025-11",
      "The company closed a $1 billion Energy Department loan for the project in November"),
    # Microsoft - LaSalle
    C([MS, CEG], "capacity", "1.1", None, CEG, "reported", None,
      "Microsoft will buy 1.1 gigawatts from Constellation's LaSalle nuclear plant in Illinois"),
    C([CEG, MS], "contract_value", "16000000000", "USD", MS, "reported", None,
      "Constellation valued the LaSalle contract at about $16 billion over its term"),
    C([CEG], "stock_change", "2.9", None, None, "reported", "2026-06-09",
      "Constellation shares rose 2.9% on Tuesday"),
    C([CEG, "calpine"], "contract_value", "26600000000", "USD", "calpine", "reported", "2026-01",
      "The company completed its $26.6 billion acquisition of gas-fired generator Calpine in January"),
    # Meta - Entergy
    C([META, ETR], "capacity", "2.3", None, ETR, "reported", None,
      "Meta has agreed to buy 2.3 GW from three new gas-fired plants that Entergy is building"),
    C([META, ETR], "capacity", "1.5", None, ETR, "reported", None,
      "a further 1.5 GW of solar power from Entergy projects across the state"),
    C([ETR], "capital_expenditure", "3200000000", "USD", None, "planned", None,
      "Entergy expects to spend about $3.2 billion building the three gas plants"),
    C([ETR], "capital_expenditure", "41000000000", "USD", None, "planned", ("2026-01-01", "2029-12-31"),
      "raised its capital plan for 2026 through 2029 to $41 billion from $37 billion"),
    C([ETR], "capital_expenditure", "37000000000", "USD", None, "planned", ("2026-01-01", "2029-12-31"),
      "raised its capital plan for 2026 through 2029 to $41 billion from $37 billion"),
    C([META], "capital_expenditure", "115000000000", "USD", None, "planned", "2026",
      "Meta has said it expects capital expenditures of $115 billion to $135 billion this year"),
    C([META], "capital_expenditure", "72000000000", "USD", None, "reported", "2025",
      "up from $72 billion in 2025"),
    # Amazon - Talen
    C([AMZN, TLN], "capacity", "800", None, TLN, "reported", None,
      "Amazon agreed to buy an additional 800 megawatts from Talen Energy's Montour gas plant in Pennsylvania"),
    C([AMZN, TLN], "capacity", "2.7", None, TLN, "reported", None,
      "taking the total it has contracted from Talen to about 2.7 GW"),
    C([TLN, AMZN], "contract_value", "21000000000", "USD", AMZN, "reported", (REF, "2042-12-31"),
      "Talen said the expanded contract, which runs through 2042, is now worth about $21 billion over its life"),
    C([AMZN], "capital_expenditure", "200000000000", "USD", None, "planned", "2026",
      "Amazon has said it expects to spend about $200 billion on capital projects in 2026"),
    C(["google", "nextera"], "capacity", "615", None, "nextera", "reported", "2025-10",
      "Google signed a deal last October to buy 615 MW from the plant"),
    # Vistra
    C(["vistra", "arclight-capital-partners"], "contract_value", "3400000000", "USD", "arclight-capital-partners", "reported", "2026-06-10",
      "Vistra agreed on Wednesday to buy three natural gas plants in Pennsylvania and Ohio from private equity firm ArcLight Capital Partners for about $3.4 billion, including debt"),
    C(["vistra"], "capacity", "2.9", None, None, "planned", None,
      "The deal will add about 2.9 GW to Vistra's fleet"),
    C(["vistra"], "stock_change", "4.2", None, None, "reported", "2026-06-10",
      "Vistra shares rose 4.2% on Wednesday"),
    C(["vistra"], "other", "1", "USD", None, "planned", "2027",
      "Vistra said it expects the acquisition to add about $1.00 to its free cash flow per share in 2027"),
    # utilities
    C(["dominion-energy"], "capital_expenditure", "52000000000", "USD", None, "planned", ("2026-01-01", "2030-12-31"),
      "now plans to spend $52 billion over the five years from 2026 to 2030, up from $50 billion"),
    C(["dominion-energy"], "capital_expenditure", "50000000000", "USD", None, "planned", ("2026-01-01", "2030-12-31"),
      "now plans to spend $52 billion over the five years from 2026 to 2030, up from $50 billion"),
    C(["aep"], "capital_expenditure", "72000000000", "USD", None, "planned", (REF, "2030-12-31"),
      "American Electric Power said it plans capital spending of $72 billion through 2030"),
    C(["aep"], "capacity", "24", None, None, "reported", None,
      "has signed agreements with data-centre customers for 24 GW of new load"),
    C(["dominion-energy"], "capacity", "47", None, None, "reported", "2026-05",
      "Dominion said its contracted data-centre capacity had reached about 47 GW at the end of May"),
]

write("K2.txt", REF,
      "Byline date 'Thursday, June 11, 2026'; 'on Tuesday' = June 9 and 'on Wednesday' = June 10, 2026.",
      claims)
