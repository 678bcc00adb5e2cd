from mk import C, write
N = ["novartis"]
NM = ["novartis", "mineralys-therapeutics"]
MI = ["mineralys-therapeutics"]
CP = "mineralys-therapeutics"
Q3 = "2026-Q3"; Q3LY = "2025-Q3"; Y = "2026"; NINE = ("2026-01-01", "2026-09-30")
claims = [
    # headline, standfirst
    C(NM, "contract_value", "3900000000", "USD", CP, "reported", None, "buys Mineralys for $3.9bn"),
    C(N, "other", "400000000", "USD", None, "planned", "2027", "will shave about $400 million off US sales next year"),
    # results
    C(N, "revenue", "14800000000", "USD", None, "reported", Q3, "Net sales rose 6% to $14.8 billion in the July-September quarter, and were up 7% at constant currencies"),
    C(N, "growth_rate", "6", None, None, "reported", Q3, "Net sales rose 6% to $14.8 billion in the July-September quarter, and were up 7% at constant currencies"),
    C(N, "growth_rate", "7", None, None, "reported", Q3, "Net sales rose 6% to $14.8 billion in the July-September quarter, and were up 7% at constant currencies"),
    C(N, "operating_income", "5900000000", "USD", None, "reported", None, "increased 9% at constant currencies to $5.9 billion"),
    C(N, "growth_rate", "9", None, None, "reported", None, "increased 9% at constant currencies to $5.9 billion"),
    C(N, "eps", "2.41", "USD", None, "reported", Q3, "Third-quarter core earnings per share came in at $2.41, up from $2.25 a year earlier"),
    C(N, "eps", "2.25", "USD", None, "reported", Q3LY, "Third-quarter core earnings per share came in at $2.41, up from $2.25 a year earlier"),
    C(N, "eps", "2.36", "USD", None, "forecast", Q3, "ahead of the $2.36 average of analysts' estimates in a company-compiled consensus"),
    C(N, "other", "3400000000", "USD", None, "reported", None, "Net income rose 5% to $3.4 billion"),
    C(N, "growth_rate", "5", None, None, "reported", None, "Net income rose 5% to $3.4 billion"),
    # drugs
    C(N, "revenue", "1720000000", "USD", None, "reported", None, "Sales of the CDK4/6 inhibitor jumped 47% at constant currencies to $1.72 billion"),
    C(N, "growth_rate", "47", None, None, "reported", None, "Sales of the CDK4/6 inhibitor jumped 47% at constant currencies to $1.72 billion"),
    C(N, "revenue", "1780000000", "USD", None, "reported", None, "grew 8% at constant currencies to $1.78 billion"),
    C(N, "growth_rate", "8", None, None, "reported", None, "grew 8% at constant currencies to $1.78 billion"),
    C(N, "revenue", "1310000000", "USD", None, "reported", None, "Kesimpta sales rose 28% at constant currencies to $1.31 billion"),
    C(N, "growth_rate", "28", None, None, "reported", None, "Kesimpta sales rose 28% at constant currencies to $1.31 billion"),
    C(N, "revenue", "1080000000", "USD", None, "reported", None, "saw sales fall 39% at constant currencies to $1.08 billion"),
    C(N, "growth_rate", "39", None, None, "reported", None, "saw sales fall 39% at constant currencies to $1.08 billion"),
    C(N, "revenue", "640000000", "USD", None, "reported", None, "radioligand therapy Pluvicto generated $640 million, up 52% at constant currencies"),
    C(N, "growth_rate", "52", None, None, "reported", None, "radioligand therapy Pluvicto generated $640 million, up 52% at constant currencies"),
    C(N, "growth_rate", "55", None, None, "reported", None, "cholesterol drug Leqvio rose 55% to $380 million"),
    C(N, "revenue", "380000000", "USD", None, "reported", None, "cholesterol drug Leqvio rose 55% to $380 million"),
    C(N, "growth_rate", "72", None, None, "reported", None, "Leukaemia drug Scemblix grew 72% to $410 million"),
    C(N, "revenue", "410000000", "USD", None, "reported", None, "Leukaemia drug Scemblix grew 72% to $410 million"),
    C(N, "revenue", "170000000", "USD", None, "reported", None, "more than tripled its sales to $170 million"),
    C(N, "revenue", "43100000000", "USD", None, "reported", NINE, "For the first nine months, net sales reached $43.1 billion, up 8% at constant currencies"),
    C(N, "growth_rate", "8", None, None, "reported", NINE, "For the first nine months, net sales reached $43.1 billion, up 8% at constant currencies"),
    C(N, "other", "5600000000", "USD", None, "reported", Q3, "Free cash flow in the third quarter rose 11% to $5.6 billion"),
    C(N, "growth_rate", "11", None, None, "reported", Q3, "Free cash flow in the third quarter rose 11% to $5.6 billion"),
    # outlook
    C(N, "growth_rate", "6", None, None, "planned", Y, "Novartis now expects net sales to grow 6% to 7% at constant currencies in 2026, up from 4% to 6% previously"),
    C(N, "growth_rate", "4", None, None, "planned", Y, "Novartis now expects net sales to grow 6% to 7% at constant currencies in 2026, up from 4% to 6% previously"),
    C(N, "growth_rate", "10", None, None, "planned", Y, "core operating income to rise 10% to 12%, up from 8% to 10%"),
    C(N, "growth_rate", "8", None, None, "planned", Y, "core operating income to rise 10% to 12%, up from 8% to 10%"),
    C(N, "growth_rate", "5", None, None, "planned", ("2026-10-27", "2030-12-31"), "its medium-term forecast of 5% to 6% annual sales growth at constant currencies through 2030"),
    C(N, "other", "6100000000", "USD", None, "reported", None, "Novartis has repurchased $6.1 billion of its shares so far"),
    C(N, "other", "10000000000", "USD", None, "planned", ("2026-10-27", "2027-12-31"), "a buyback programme of up to $10 billion that runs until the end of 2027"),
    # Mineralys deal
    C(NM, "other", "48", "USD", CP, "reported", None, "Novartis agreed to acquire Mineralys for $48 per share in cash"),
    C(NM, "contract_value", "3900000000", "USD", CP, "reported", None, "valuing the Radnor, Pennsylvania-based company at about $3.9 billion (3.1 billion Swiss francs) on an equity basis"),
    C(NM, "contract_value", "3100000000", "CHF", CP, "reported", None, "valuing the Radnor, Pennsylvania-based company at about $3.9 billion (3.1 billion Swiss francs) on an equity basis"),
    C(NM, "other", "41", None, CP, "reported", None, "The offer represents a premium of 41% to Mineralys' closing price"),
    C(MI, "other", "34.05", "USD", None, "reported", "2026-10-26", "Mineralys' closing price of $34.05 on Monday"),
    C(MI, "stock_change", "38", None, None, "reported", None, "Mineralys shares jumped 38% in premarket trading in New York"),
    C(MI, "other", "612000000", "USD", None, "reported", "2026-09", "Mineralys had $612 million in cash and investments at the end of September"),
    # pricing pact
    C(N, "other", "400000000", "USD", None, "planned", "2027", "Novartis expects the agreement to reduce its US net sales by about $400 million in 2027"),
    C(N, "capital_expenditure", "23000000000", "USD", None, "planned", None, "its plan to invest $23 billion in US manufacturing and research facilities over five years"),
    # shares and peers
    C(N, "stock_change", "2.8", None, None, "reported", None, "Novartis shares rose 2.8% to 103.42 Swiss francs by 0845 GMT in Zurich"),
    C(N, "other", "103.42", "CHF", None, "reported", None, "Novartis shares rose 2.8% to 103.42 Swiss francs by 0845 GMT in Zurich"),
    C(N, "valuation", "204000000000", "CHF", None, "reported", None, "giving the company a market value of about 204 billion francs"),
    C(N, "stock_change", "14", None, None, "reported", ("2026-01-01", "2026-10-27"), "The stock is up 14% so far this year"),
    C(N, "other", "110", "CHF", None, "forecast", None, "kept his \"hold\" rating and 110-franc price target"),
    C(N, "other", "3.7", "CHF", None, "reported", "2025", "Novartis paid a dividend of 3.70 francs per share for 2025"),
    C(["roche"], "revenue", "46800000000", "CHF", None, "reported", NINE, "reported nine-month sales of 46.8 billion Swiss francs, up 6% at constant exchange rates"),
    C(["roche"], "growth_rate", "6", None, None, "reported", NINE, "reported nine-month sales of 46.8 billion Swiss francs, up 6% at constant exchange rates"),
    C(N, "headcount", "76000", None, None, "reported", None, "Novartis, which employs about 76,000 people"),
]
write("J2.txt", "2026-10-27", "Date line 'October 27, 2026, 10:12 CET'; the results came 'on Tuesday' (2026-10-27 is a Tuesday).", claims)
