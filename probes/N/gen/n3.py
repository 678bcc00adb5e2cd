from mk import C, write
S = ["shein"]
D = "2026-06-09"
claims = [
    # headline and standfirst
    C(S, "stock_change", "18", None, None, "reported", None, "Shein jumps 18% in Hong Kong debut after raising HK$25 billion"),
    C(S, "funding_round", "25000000000", "HKD", None, "reported", None, "Shein jumps 18% in Hong Kong debut after raising HK$25 billion"),
    C(S, "valuation", "70000000000", "USD", None, "reported", None, "is now worth more than $70 billion"),
    # lede
    C(S, "stock_change", "18", None, None, "reported", D, "Shares of Shein jumped 18% on their first day of trading in Hong Kong on Tuesday"),
    C(S, "funding_round", "25000000000", "HKD", None, "reported", None, "raised HK$25 billion ($3.2 billion)"),
    C(S, "funding_round", "3200000000", "USD", None, "reported", None, "raised HK$25 billion ($3.2 billion)"),
    C(["catl"], "funding_round", "41000000000", "HKD", None, "reported", "2025-05", "battery maker CATL's HK$41 billion listing last May"),
    # prices
    C(S, "other", "134.5", "HKD", None, "reported", None, "The stock opened at HK$134.50"),
    C(S, "other", "139.3", "HKD", None, "reported", None, "closed at HK$139.30"),
    C(S, "other", "118", "HKD", None, "reported", None, "compared with the offer price of HK$118"),
    C(S, "other", "108", "HKD", None, "planned", None, "a marketed range of HK$108 to HK$118 per share"),
    # size and valuation
    C(S, "other", "212000000", None, None, "reported", None, "Shein sold 212 million new shares in the offering"),
    C(S, "valuation", "480000000000", "HKD", None, "reported", None, "giving it a market value of about HK$480 billion ($61.3 billion) at the IPO price"),
    C(S, "valuation", "61300000000", "USD", None, "reported", None, "giving it a market value of about HK$480 billion ($61.3 billion) at the IPO price"),
    C(S, "valuation", "567000000000", "HKD", None, "reported", D, "At Tuesday's close, the company was worth about HK$567 billion ($72.4 billion)"),
    C(S, "valuation", "72400000000", "USD", None, "reported", D, "At Tuesday's close, the company was worth about HK$567 billion ($72.4 billion)"),
    C(S, "other", "31800000", None, None, "hedged", None, "an over-allotment option for a further 31.8 million shares"),
    C(S, "funding_round", "28800000000", "HKD", None, "hedged", None, "which could lift total proceeds to about HK$28.8 billion"),
    # cornerstones
    C(["temasek"], "investment", "400000000", "USD", "shein", "reported", None, "Temasek took the largest allocation, buying $400 million of stock"),
    C(["gic"], "investment", "250000000", "USD", "shein", "reported", None, "GIC and Hillhouse Investment each bought $250 million"),
    C(["hillhouse-investment"], "investment", "250000000", "USD", "shein", "reported", None, "GIC and Hillhouse Investment each bought $250 million"),
    # history and financials
    C(S, "valuation", "66000000000", "USD", None, "reported", "2023-05", "The company was valued at $66 billion in a private funding round in May 2023"),
    C(S, "valuation", "100000000000", "USD", None, "reported", "2022", "down from a peak of about $100 billion the previous year"),
    C(S, "growth_rate", "19", None, None, "reported", "2025", "Its revenue rose 19% to $41.6 billion in 2025"),
    C(S, "revenue", "41600000000", "USD", None, "reported", "2025", "Its revenue rose 19% to $41.6 billion in 2025"),
    C(S, "other", "2200000000", "USD", None, "reported", "2025", "net profit climbed to $2.2 billion"),
    C(S, "other", "1600000000", "USD", None, "reported", "2024", "from $1.6 billion in 2024"),
    C(S, "other", "45", None, None, "planned", None, "Shein said it would use about 45% of the net proceeds to expand its supply chain and logistics network"),
    C(S, "other", "25", None, None, "planned", None, "about 25% on technology and research and development"),
    # others
    C(["pinduoduo"], "stock_change", "1.4", None, None, "reported", "2026-06-08", "fell 1.4% in New York on Monday"),
    C(S, "other", "128", "HKD", None, "forecast", None, "put her fair value estimate on the stock at HK$128 a share"),
]
write("N3.txt", "2026-06-09",
      "'Published June 9, 2026, 5:12 p.m. HKT'; the debut is 'on Tuesday' (2026-06-09 is a Tuesday).",
      claims)
