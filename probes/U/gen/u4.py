from mk import *
A = "amazon"; HO = "holtec-international"; CE = "consolidated-edison"; D = "dominion-energy"
cl = [
 C(A, "capacity", "3.9", None, "reported", None, "Amazon signs 3.9 GW of power deals"),
 C(A, "capacity", "3.9", None, "reported", None, "it had agreed to buy 3.9 gigawatts of electricity under long-term power purchase agreements"),
 C([A, HO], "capacity", "2", None, "reported", None, "including up to 2 GW from New York's shuttered Indian Point nuclear plant", counterparty=HO),
 C(A, "contract_value", "18000000000", "USD", "hedged", None, "analysts at Jefferies estimated could be worth $18 billion to $22 billion over their 20-year terms"),
 C(HO, "capital_expenditure", "2500000000", "USD", "planned", None, "put the cost of returning the plant's two reactors to service at $2.5 billion to $3 billion"),
 C(HO, "capacity", "2.1", None, "reported", None, "The reactors have a combined capacity of about 2.1 GW"),
 C(CE, "investment", "750000000", "USD", "planned", None, "said it would invest up to $750 million in the restart", counterparty=HO),
 C(CE, "other", "20", None, "planned", None, "in exchange for a 20% stake in the plant", counterparty=HO),
 C(CE, "stock_change", "1.8", None, "reported", P("2026-03-10"), "Con Edison shares fell 1.8% on Tuesday"),
 C([A, D], "capacity", "1.2", None, "reported", None, "Amazon also signed a 15-year agreement with Dominion Energy for 1.2 GW of new solar and battery storage in Virginia", counterparty=D),
 C([A, "nextera"], "capacity", "700", None, "reported", None, "a deal with NextEra Energy for 700 megawatts of wind power in Texas and Oklahoma", counterparty="nextera"),
 C(D, "capital_expenditure", "2400000000", "USD", "planned", None, "Dominion said it expected to spend about $2.4 billion building the projects"),
 C("x-energy", "funding_round", "700000000", "USD", "reported", None, "said it had raised $700 million in a funding round led by Amazon's Climate Pledge Fund"),
 C(D, "investment", "150000000", "USD", "reported", None, "with Dominion contributing up to $150 million", counterparty="x-energy"),
 C(A, "capital_expenditure", "200000000000", "USD", "planned", P("2026-01-01", "2026-12-31"), "Amazon has said it expects to spend about $200 billion on capital projects this year"),
 C(A, "capacity", "40", None, "reported", None, "The company has signed contracts for more than 40 GW of renewable power worldwide"),
 C(["google", "nextera"], "capacity", "615", None, "reported", P("2025-10-01", "2025-10-31"), "Google signed a deal in October to buy the output of NextEra's 615-megawatt Duane Arnold plant in Iowa", counterparty="nextera"),
 C(["meta", "vistra"], "capacity", "2.6", None, "reported", P("2026-01-01", "2026-01-31"), "Meta in January agreed to buy up to 2.6 GW of power from Vistra's nuclear plants in Ohio and Pennsylvania", counterparty="vistra"),
 C(["talen-energy", A], "capacity", "1.92", None, "reported", P("2025-01-01", "2025-12-31"), "Talen Energy, which last year expanded its deal with Amazon to 1.92 GW", counterparty=A),
 C("talen-energy", "stock_change", "3", None, "reported", None, "Talen Energy, which last year expanded its deal with Amazon to 1.92 GW, fell 3%"),
 C(D, "stock_change", "1.2", None, "reported", None, "Shares of Dominion rose 1.2% in afternoon trading"),
 C("nextera", "stock_change", "0.8", None, "reported", None, "NextEra gained 0.8%"),
]
write("U4", "U4.txt", "2026-03-10", "Date line 'March 10, 2026 4:12 PM EDT'; 'on Tuesday' is 2026-03-10.", cl)
