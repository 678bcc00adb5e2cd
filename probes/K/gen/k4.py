from mk import C, write

REF = "2026-05-15"
WEEK = ("2026-05-11", "2026-05-17")
claims = [
    # TL;DR
    C(["kalshi"], "funding_round", "1000000000", "USD", None, "reported", None, "Biggest round: Kalshi, $1B at a $22B valuation"),
    C(["kalshi"], "valuation", "22000000000", "USD", None, "reported", None, "Biggest round: Kalshi, $1B at a $22B valuation"),
    C(["revolut", "moneybox"], "contract_value", "500000000", "GBP", "moneybox", "reported", None, "Biggest deal: Revolut buys Moneybox for ~£500M"),
    C(["marqeta"], "job_cuts", "15", None, None, "reported", None, "Layoff watch: Marqeta trims ~15% of staff"),
    C(["klarna"], "stock_change", "9", None, None, "reported", None, "Stock mover: Klarna +9%"),
    # Kalshi
    C(["kalshi"], "funding_round", "1000000000", "USD", None, "reported", WEEK,
      "Kalshi raised $1 billion at a $22 billion valuation this week"),
    C(["kalshi"], "valuation", "22000000000", "USD", None, "reported", WEEK,
      "Kalshi raised $1 billion at a $22 billion valuation this week"),
    C(["kalshi"], "valuation", "11000000000", "USD", None, "reported", "2025-12",
      "doubling the $11 billion it fetched in December"),
    C(["kalshi"], "other", "2500000000", "USD", None, "reported", "2026-04",
      "The prediction-market platform says weekly trading volume topped $2.5 billion in April"),
    # Ramp
    C(["ramp"], "funding_round", "500000000", "USD", None, "reported", None,
      "Ramp raised $500 million at a $40 billion valuation"),
    C(["ramp"], "valuation", "40000000000", "USD", None, "reported", None,
      "Ramp raised $500 million at a $40 billion valuation"),
    C(["ramp"], "valuation", "32000000000", "USD", None, "reported", "2025-11",
      "up from $32 billion in November"),
    C(["ramp"], "revenue", "1500000000", "USD", None, "reported", "2026-04",
      "Ramp's annualized revenue passed $1.5 billion last month"),
    # Mercury
    C(["mercury"], "funding_round", "250000000", "USD", None, "reported", None,
      "Mercury closed a $250 million Series D at a $5.2 billion valuation"),
    C(["mercury"], "valuation", "5200000000", "USD", None, "reported", None,
      "Mercury closed a $250 million Series D at a $5.2 billion valuation"),
    C(["mercury"], "other", "300000", None, None, "reported", None,
      "Mercury says it now serves more than 300,000 businesses"),
    C(["mercury"], "other", "200000", None, None, "reported", "2025-05-15",
      "up from 200,000 a year ago"),
    # Pennylane
    C(["pennylane"], "funding_round", "175000000", "EUR", None, "reported", None,
      "Pennylane raised €175 million (about $197 million) at a €4 billion valuation"),
    C(["pennylane"], "funding_round", "197000000", "USD", None, "reported", None,
      "Pennylane raised €175 million (about $197 million) at a €4 billion valuation"),
    C(["pennylane"], "valuation", "4000000000", "EUR", None, "reported", None,
      "Pennylane raised €175 million (about $197 million) at a €4 billion valuation"),
    C(["pennylane"], "other", "450000", None, None, "reported", None,
      "The accounting platform now counts 450,000 small-business customers"),
    # Tabby
    C(["tabby"], "funding_round", "250000000", "USD", None, "reported", None,
      "Tabby landed $250 million at a $4.5 billion valuation"),
    C(["tabby"], "valuation", "4500000000", "USD", None, "reported", None,
      "Tabby landed $250 million at a $4.5 billion valuation"),
    C(["tabby"], "valuation", "3300000000", "USD", None, "reported", "2025-02",
      "That's up from the $3.3 billion it was valued at in February 2025"),
    # Moniepoint
    C(["moniepoint"], "funding_round", "200000000", "USD", None, "reported", None,
      "Moniepoint added $200 million to its Series C, at a valuation of more than $1 billion"),
    C(["moniepoint"], "valuation", "1000000000", "USD", None, "reported", None,
      "Moniepoint added $200 million to its Series C, at a valuation of more than $1 billion"),
    C(["moniepoint"], "other", "280000000000", "USD", None, "reported", "2025",
      "The company processed more than $280 billion in payments last year"),
    # Uala
    C(["uala"], "funding_round", "150000000", "USD", None, "reported", None,
      "Ualá raised $150 million at a $3.2 billion valuation, led by Tencent"),
    C(["uala"], "valuation", "3200000000", "USD", None, "reported", None,
      "Ualá raised $150 million at a $3.2 billion valuation, led by Tencent"),
    C(["uala"], "other", "9000000", None, None, "reported", None,
      "The Argentine neobank has 9 million customers in Argentina, Mexico and Colombia"),
    # Revolut - Moneybox
    C(["revolut", "moneybox"], "contract_value", "500000000", "GBP", "moneybox", "reported", "2026-05-13",
      "Revolut agreed to buy UK savings and investing app Moneybox for about £500 million ($665 million) on Wednesday"),
    C(["revolut", "moneybox"], "contract_value", "665000000", "USD", "moneybox", "reported", "2026-05-13",
      "Revolut agreed to buy UK savings and investing app Moneybox for about £500 million ($665 million) on Wednesday"),
    C(["moneybox"], "other", "1500000", None, None, "reported", None,
      "Moneybox has more than 1.5 million customers"),
    C(["moneybox"], "other", "16000000000", "GBP", None, "reported", None,
      "£16 billion in assets under administration"),
    C(["revolut"], "valuation", "75000000000", "USD", None, "reported", "2025-11",
      "Revolut was valued at $75 billion in a secondary share sale last November"),
    # Marqeta
    C(["marqeta"], "job_cuts", "130", None, None, "reported", None,
      "Marqeta is cutting about 130 jobs, roughly 15% of its workforce"),
    C(["marqeta"], "job_cuts", "15", None, None, "reported", None,
      "Marqeta is cutting about 130 jobs, roughly 15% of its workforce"),
    C(["marqeta"], "other", "12000000", "USD", None, "planned", "2026-Q2",
      "The card-issuing platform expects restructuring charges of $12 million to $15 million in the second quarter"),
    # Klarna
    C(["klarna"], "stock_change", "9", None, None, "reported", WEEK,
      "Klarna shares jumped 9% this week"),
    C(["klarna"], "revenue", "862000000", "USD", None, "reported", "2026-Q1",
      "reported first-quarter revenue of $862 million, up 29% from a year earlier"),
    C(["klarna"], "growth_rate", "29", None, None, "reported", "2026-Q1",
      "reported first-quarter revenue of $862 million, up 29% from a year earlier"),
]

write("K4.txt", REF,
      "Issue date line 'Friday, May 15, 2026' and title week 'May 11–15, 2026'; 'this week' = Monday 2026-05-11 to Sunday 2026-05-17, 'last month' = April 2026, 'on Wednesday' = May 13.",
      claims)
