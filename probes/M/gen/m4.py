from mk import C, write

REF = "2026-03-13"
claims = [
    # h1 and TL;DR
    C(["mercor"], "valuation", "10000000000", "USD", None, "reported", None, "Mercor hits $10B"),
    C(["mercor"], "funding_round", "350000000", "USD", None, "reported", None, "Biggest round: Mercor's $350M Series C"),
    # 1. Decagon
    C(["decagon"], "funding_round", "250000000", "USD", None, "reported", None, "Decagon raises $250M Series D at a $4.5B valuation"),
    C(["decagon"], "valuation", "4500000000", "USD", None, "reported", None, "Decagon raises $250M Series D at a $4.5B valuation"),
    C(["decagon"], "funding_round", "250000000", "USD", None, "reported", None, "Customer-support AI startup Decagon raised $250 million in a Series D led by Coatue and Index Ventures"),
    C(["decagon"], "valuation", "4500000000", "USD", None, "reported", None, "The round values the San Francisco company at $4.5 billion post-money"),
    C(["decagon"], "valuation", "1500000000", "USD", None, "reported", "2025-06", "up from $1.5 billion last June"),
    C(["decagon"], "revenue", "100000000", "USD", None, "reported", "2026-02", "Decagon says its annual recurring revenue passed $100 million in February"),
    # 2. Baseten
    C(["baseten"], "funding_round", "300000000", "USD", None, "reported", None, "Baseten lands $300M Series D led by IVP and CapitalG"),
    C(["baseten"], "funding_round", "300000000", "USD", None, "reported", None, "The inference-infrastructure startup raised $300 million at a $5 billion valuation"),
    C(["baseten"], "valuation", "5000000000", "USD", None, "reported", None, "The inference-infrastructure startup raised $300 million at a $5 billion valuation"),
    C(["baseten"], "valuation", "2150000000", "USD", None, "reported", "2025-09", "up from the $2.15 billion it was valued at in September"),
    C(["baseten"], "headcount", "400", None, None, "planned", (REF, "2026-12-31"), "Baseten plans to grow its headcount to about 400 by the end of the year"),
    # 3. Mercor
    C(["mercor"], "funding_round", "350000000", "USD", None, "reported", None, "Mercor raises $350M Series C at a $10B valuation"),
    C(["mercor"], "valuation", "10000000000", "USD", None, "reported", None, "Mercor raises $350M Series C at a $10B valuation"),
    C(["mercor"], "funding_round", "350000000", "USD", None, "reported", None, "Mercor raised $350 million in a round led by Felicis, valuing it at $10 billion"),
    C(["mercor"], "valuation", "10000000000", "USD", None, "reported", None, "Mercor raised $350 million in a round led by Felicis, valuing it at $10 billion"),
    C(["mercor"], "revenue", "500000000", "USD", None, "reported", None, "Its annualized revenue run rate has topped $500 million"),
    C(["mercor"], "spending", "1500000", "USD", None, "reported", None, "Mercor pays out more than $1.5 million a day"),
    # 4. 1X
    C(["1x"], "funding_round", "320000000", "USD", None, "reported", None, "1X Technologies raises $320M Series C"),
    C(["1x"], "funding_round", "320000000", "USD", None, "reported", None, "Humanoid robot maker 1X Technologies raised $320 million led by EQT Ventures at a $4.2 billion valuation"),
    C(["1x"], "valuation", "4200000000", "USD", None, "reported", None, "Humanoid robot maker 1X Technologies raised $320 million led by EQT Ventures at a $4.2 billion valuation"),
    C(["1x"], "other", "10000", None, None, "planned", "2026", "The Norway-founded company plans to deliver 10,000 NEO home robots in 2026"),
    C(["1x"], "other", "20000", "USD", None, "reported", None, "NEO is priced at $20,000 for early buyers"),
    # 5. Parloa
    C(["parloa"], "funding_round", "180000000", "EUR", None, "reported", None, "Parloa raises €180M Series D"),
    C(["parloa"], "funding_round", "180000000", "EUR", None, "reported", None, "Berlin-based voice-agent startup Parloa raised €180 million ($196 million) in a Series D"),
    C(["parloa"], "funding_round", "196000000", "USD", None, "reported", None, "Berlin-based voice-agent startup Parloa raised €180 million ($196 million) in a Series D"),
    C(["parloa"], "valuation", "2700000000", "EUR", None, "reported", None, "at a valuation of €2.7 billion"),
    C(["parloa"], "valuation", "1000000000", "EUR", None, "reported", "2025-05", "the €1 billion valuation of its Series C in May 2025"),
    C(["parloa"], "headcount", "700", None, None, "planned", (REF, "2026-12-31"), "Parloa plans to grow its workforce to 700 by the end of the year"),
    C(["parloa"], "headcount", "450", None, None, "reported", None, "from about 450 today"),
    # 6. Modal
    C(["modal"], "funding_round", "87000000", "USD", None, "reported", None, "Modal Labs becomes a unicorn with $87M Series B"),
    C(["modal"], "funding_round", "87000000", "USD", None, "reported", None, "Serverless GPU platform Modal Labs raised $87 million led by Lux Capital at a $1.1 billion valuation"),
    C(["modal"], "valuation", "1100000000", "USD", None, "reported", None, "Serverless GPU platform Modal Labs raised $87 million led by Lux Capital at a $1.1 billion valuation"),
    C(["modal"], "other", "10000", None, None, "reported", None, "Modal says it now has more than 10,000 paying customers"),
    # 7. Chai Discovery
    C(["chai-discovery"], "funding_round", "70000000", "USD", None, "reported", None, "Chai Discovery raises $70M Series A"),
    C(["chai-discovery"], "funding_round", "70000000", "USD", None, "reported", None, "AI drug-design startup Chai Discovery raised $70 million in a Series A led by Menlo Ventures, at a $550 million valuation"),
    C(["chai-discovery"], "valuation", "550000000", "USD", None, "reported", None, "AI drug-design startup Chai Discovery raised $70 million in a Series A led by Menlo Ventures, at a $550 million valuation"),
    # M&A
    C(["capital-one", "brex"], "contract_value", "5150000000", "USD", "brex", "reported", None, "Capital One agrees to buy Brex for $5.15B"),
    C(["capital-one", "brex"], "contract_value", "5150000000", "USD", "brex", "reported", None, "Capital One agreed to acquire corporate-card and spend-management startup Brex for about $5.15 billion in cash and stock"),
    C(["brex"], "valuation", "12300000000", "USD", None, "reported", "2022", "Brex was valued at $12.3 billion in a 2022 funding round"),
    C(["brex"], "headcount", "1100", None, None, "reported", None, "Brex has about 1,100 employees"),
    # layoffs
    C(["miro"], "job_cuts", "225", None, None, "reported", None, "Miro cuts 225 jobs"),
    C(["miro"], "job_cuts", "225", None, None, "reported", None, "Miro is laying off about 225 employees, roughly 12% of its workforce"),
    C(["miro"], "job_cuts", "12", None, None, "reported", None, "Miro is laying off about 225 employees, roughly 12% of its workforce"),
    C(["miro"], "other", "18000000", "USD", None, "planned", "2026-Q2", "Miro expects severance and related costs of about $18 million, mostly in the second quarter"),
]
write("M4.html", REF, "Dateline 'Friday, March 13, 2026 · Issue #142' and article:published_time 2026-03-13.", claims)
