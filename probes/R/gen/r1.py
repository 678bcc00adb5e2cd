from mk import C, write

REF = "2026-04-15"
S = "2026-04-15"
claims = [
    # headline
    C(["cerebras"], "funding_round", "2180000000", "USD", None, "reported", None,
      "Cerebras prices IPO above range, raises $2.18 billion"),
    # lede
    C(["cerebras"], "funding_round", "2180000000", "USD", None, "reported", None,
      "Cerebras Systems raised $2.18 billion in its U.S. initial public offering"),
    C(["cerebras"], "other", "34", "USD", None, "reported", None,
      "after pricing its shares at $34 each"),
    C(["cerebras"], "other", "28", "USD", None, "planned", None,
      "above a marketed range of $28 to $31"),
    # shares, valuation, private round
    C(["cerebras"], "other", "64000000", None, None, "reported", None,
      "The Sunnyvale, California-based company sold 64 million shares"),
    C(["cerebras"], "other", "58000000", None, None, "planned", None,
      "up from the 58 million it had originally planned to offer"),
    C(["cerebras"], "valuation", "24300000000", "USD", None, "reported", None,
      "At the IPO price, Cerebras is valued at about $24.3 billion on a fully diluted basis"),
    C(["cerebras"], "valuation", "8100000000", "USD", None, "reported", "2025-09",
      "the $8.1 billion valuation it fetched when it raised $1.1 billion in a private funding round in September 2025"),
    C(["cerebras"], "funding_round", "1100000000", "USD", None, "reported", "2025-09",
      "when it raised $1.1 billion in a private funding round in September 2025"),
    # greenshoe
    C(["cerebras"], "funding_round", "2500000000", "USD", None, "hedged", None,
      "which could lift total proceeds to about $2.5 billion"),
    # cornerstone and indication of interest
    C(["g42"], "investment", "350000000", "USD", "cerebras", "reported", None,
      "bought $350 million of stock in the offering as a cornerstone investor"),
    C(["fidelity"], "investment", "250000000", "USD", "cerebras", "hedged", None,
      "Fidelity Investments had indicated an interest in buying up to $250 million of shares at the IPO price"),
    # financials
    C(["cerebras"], "revenue", "1040000000", "USD", None, "reported", "2025",
      "Cerebras's revenue jumped to $1.04 billion in 2025"),
    C(["cerebras"], "revenue", "290100000", "USD", None, "reported", "2024",
      "from $290.1 million in 2024"),
    C(["cerebras"], "other", "128400000", "USD", None, "reported", "2025",
      "Its net loss narrowed to $128.4 million last year"),
    C(["cerebras"], "other", "482900000", "USD", None, "reported", "2024",
      "from $482.9 million in 2024"),
    C(["cerebras"], "backlog", "2300000000", "USD", None, "reported", "2025-12-31",
      "remaining performance obligations, or contracted revenue not yet recognized, of $2.3 billion as of Dec. 31, 2025"),
    # OpenAI deal (January 2026)
    C(["cerebras", "openai"], "capacity", "750", None, "openai", "reported", "2026-01",
      "In January, Cerebras agreed to supply OpenAI with 750 megawatts of computing capacity"),
    C(["cerebras", "openai"], "contract_value", "10000000000", "USD", "openai", "reported", "2026-01",
      "in a multiyear deal valued at more than $10 billion"),
    # use of proceeds
    C(["cerebras"], "capital_expenditure", "600000000", "USD", None, "planned", None,
      "Cerebras said it planned to use about $600 million of the IPO proceeds to expand its data centers"),
    # headcount
    C(["cerebras"], "headcount", "690", None, None, "reported", "2025-12-31",
      "The company had 690 employees as of Dec. 31, 2025"),
    C(["cerebras"], "headcount", "401", None, None, "reported", "2024-12-31",
      "up from 401 a year earlier"),
    # Nasdaq's other listings
    C(["medline"], "funding_round", "6300000000", "USD", None, "reported", "2025-12",
      "Medline raised $6.3 billion in December"),
    C(["coreweave"], "funding_round", "1500000000", "USD", None, "reported", "2025-03",
      "CoreWeave, the AI cloud provider that raised $1.5 billion in March 2025"),
    C(["coreweave"], "stock_change", "140", None, None, "reported", ("2025-03-01", REF),
      "has seen its stock gain about 140% since"),
    C(["chime"], "funding_round", "864000000", "USD", None, "reported", "2025-06",
      "Chime, which raised $864 million last June"),
    C(["coreweave"], "stock_change", "3.2", None, None, "reported", "2026-04-14",
      "CoreWeave shares rose 3.2% on Tuesday"),
    # Nvidia
    C(["nvidia"], "valuation", "4500000000000", "USD", None, "reported", None,
      "is valued at more than $4.5 trillion"),
    C(["nvidia", "groq"], "contract_value", "20000000000", "USD", "groq", "reported", "2025-12",
      "Nvidia's roughly $20 billion deal in December to license technology from rival chip startup Groq"),
]

write("R1.txt", REF,
      "Dateline 'SAN FRANCISCO, April 15' and the date line 'April 15, 2026'; the pricing came 'late on Tuesday' (April 14) and trading starts 'on Wednesday' (April 15).",
      claims)
