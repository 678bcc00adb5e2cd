from mk import C, P, write
G = "gsk"; AP = "apogee-therapeutics"
H1 = P("2026-01-01", "2026-06-30")
H1LY = P("2025-01-01", "2025-06-30")
Q2 = P("2026-04-01", "2026-06-30")
Q2LY = P("2025-04-01", "2025-06-30")
Y26 = P("2026-01-01", "2026-12-31")
WED = P("2026-07-29")
D = [G, AP]
cl = [
 # h1 + standfirst
 C(D, "contract_value", "2300000000", "USD", "reported", None, "agrees to buy Apogee for up to $2.3bn", counterparty=AP),
 C(G, "other", "0.17", "GBP", "reported", Q2, "declares a 17p second-quarter dividend"),
 # lede
 C(G, "growth_rate", "6", None, "reported", H1, "first-half turnover rose 6% at constant exchange rates to £16.4 billion"),
 C(G, "revenue", "16400000000", "GBP", "reported", H1, "first-half turnover rose 6% at constant exchange rates to £16.4 billion"),
 C(D, "contract_value", "2300000000", "USD", "reported", None, "agreed to buy US biotech Apogee Therapeutics for up to $2.3 billion (£1.7 billion) including milestone payments", counterparty=AP),
 C(D, "contract_value", "1700000000", "GBP", "reported", None, "agreed to buy US biotech Apogee Therapeutics for up to $2.3 billion (£1.7 billion) including milestone payments", counterparty=AP),
 # core profit, EPS, Q2
 C(G, "growth_rate", "9", None, "reported", H1, "Core operating profit for the six months to June 30 rose 9% at CER to £5.12 billion"),
 C(G, "operating_income", "5120000000", "GBP", "reported", H1, "Core operating profit for the six months to June 30 rose 9% at CER to £5.12 billion"),
 C(G, "growth_rate", "11", None, "reported", H1, "core earnings per share increased 11% to 91.8p"),
 C(G, "eps", "0.918", "GBP", "reported", H1, "core earnings per share increased 11% to 91.8p"),
 C(G, "revenue", "8360000000", "GBP", "reported", Q2, "In the second quarter alone, turnover was £8.36 billion"),
 C(G, "revenue", "8210000000", "GBP", "forecast", Q2, "ahead of the £8.21 billion analysts had expected according to a company-compiled consensus"),
 C(G, "growth_rate", "4", None, "reported", None, "At actual exchange rates, turnover rose 4%"),
 C(G, "other", "320000000", "GBP", "reported", None, "the stronger pound shaving about £320 million off reported sales"),
 # guidance
 C(G, "growth_rate", "4", None, "planned", Y26, "GSK now expects 2026 turnover to grow by 4% to 6% at CER"),
 C(G, "growth_rate", "3", None, "planned", Y26, "up from its previous range of 3% to 5%"),
 C(G, "growth_rate", "8", None, "planned", Y26, "core operating profit to rise by 8% to 10%"),
 C(G, "revenue", "40000000000", "GBP", "planned", P("2026-07-29", "2031-12-31"), "The company reiterated its ambition of annual sales of more than £40 billion by 2031"),
 # dividend / buyback
 C(G, "other", "0.17", "GBP", "reported", Q2, "The board declared a second-quarter dividend of 17p per share"),
 C(G, "other", "0.16", "GBP", "reported", Q2LY, "up from 16p a year earlier"),
 C(G, "other", "0.68", "GBP", "planned", Y26, "GSK said it expected to pay 68p for the full year"),
 C(G, "other", "1100000000", "GBP", "reported", None, "It has completed £1.1 billion of its £2 billion share buyback programme"),
 C(G, "other", "2000000000", "GBP", "planned", P("2026-07-29", "2026-12-31"), "its £2 billion share buyback programme, which runs until the end of the year"),
 # Apogee deal
 C(D, "other", "48", "USD", "reported", None, "GSK will pay $48 per share in cash, or about $1.9 billion", counterparty=AP),
 C(D, "contract_value", "1900000000", "USD", "reported", None, "GSK will pay $48 per share in cash, or about $1.9 billion", counterparty=AP),
 C(D, "other", "10", "USD", "hedged", None, "a non-tradable contingent value right of up to $10 a share", counterparty=AP),
 C(D, "other", "400000000", "USD", "hedged", None, "worth about $400 million in total, payable if Apogeeâ€™s lead antibody APG777 wins US approval", counterparty=AP),
 C(D, "other", "52", None, "reported", None, "The cash price represents a 52% premium to Apogeeâ€™s closing price on Tuesday", counterparty=AP),
 C(G, "other", "1", None, "planned", P("2027-01-01", "2027-12-31"), "to dilute core earnings per share by about 1% in 2027"),
 C(AP, "other", "112000000", "USD", "reported", P("2026-01-01", "2026-03-31"), "reported a net loss of $112 million for the first quarter"),
 C(AP, "other", "640000000", "USD", "reported", P("2026-03-01", "2026-03-31"), "had about $640 million of cash at the end of March"),
 C(G, "capital_expenditure", "30000000000", "USD", "planned", None, "GSK reiterated its plan to invest $30 billion in US manufacturing and research infrastructure over the next five years"),
 # divisions
 C(G, "growth_rate", "14", None, "reported", H1, "Specialty medicines sales jumped 14% at CER to £6.41 billion in the half"),
 C(G, "revenue", "6410000000", "GBP", "reported", H1, "Specialty medicines sales jumped 14% at CER to £6.41 billion in the half"),
 C(G, "growth_rate", "38", None, "reported", H1, "Specialty medicines sales jumped 14% at CER to £6.41 billion in the half, with oncology up 38%"),
 C(G, "growth_rate", "2", None, "reported", None, "Vaccines sales slipped 2% to £4.38 billion"),
 C(G, "revenue", "4380000000", "GBP", "reported", None, "Vaccines sales slipped 2% to £4.38 billion"),
 C(G, "growth_rate", "8", None, "reported", None, "Shingrix fell 8% to £1.52 billion"),
 C(G, "revenue", "1520000000", "GBP", "reported", None, "Shingrix fell 8% to £1.52 billion"),
 C(G, "growth_rate", "3", None, "reported", None, "general medicines grew 3% to £5.61 billion"),
 C(G, "revenue", "5610000000", "GBP", "reported", None, "general medicines grew 3% to £5.61 billion"),
 C("viiv-healthcare", "growth_rate", "7", None, "reported", None, "Sales at ViiV Healthcare, the HIV business GSK majority-owns with Pfizer and Shionogi, rose 7% to £3.92 billion"),
 C("viiv-healthcare", "revenue", "3920000000", "GBP", "reported", None, "Sales at ViiV Healthcare, the HIV business GSK majority-owns with Pfizer and Shionogi, rose 7% to £3.92 billion"),
 # table
 C(G, "revenue", "6410000000", "GBP", "reported", H1, "6,410"),
 C(G, "revenue", "5690000000", "GBP", "reported", H1LY, "5,690"),
 C(G, "growth_rate", "14", None, "reported", H1, "+14%"),
 C(G, "revenue", "4380000000", "GBP", "reported", H1, "4,380"),
 C(G, "revenue", "4540000000", "GBP", "reported", H1LY, "4,540"),
 C(G, "growth_rate", "2", None, "reported", H1, "-2%"),
 C(G, "revenue", "5610000000", "GBP", "reported", H1, "5,610"),
 C(G, "revenue", "5560000000", "GBP", "reported", H1LY, "5,560"),
 C(G, "growth_rate", "3", None, "reported", H1, "+3%"),
 C(G, "revenue", "16400000000", "GBP", "reported", H1, "16,400"),
 C(G, "revenue", "15790000000", "GBP", "reported", H1LY, "15,790"),
 C(G, "growth_rate", "6", None, "reported", H1, "+6%"),
 C(G, "operating_income", "5120000000", "GBP", "reported", H1, "5,120"),
 C(G, "operating_income", "4760000000", "GBP", "reported", H1LY, "4,760"),
 C(G, "growth_rate", "9", None, "reported", H1, "+9%"),
 # shares
 C(G, "stock_change", "3.2", None, "reported", WED, "GSK shares rose 3.2% to 1,548p in London on Wednesday morning"),
 C(G, "other", "15.48", "GBP", "reported", WED, "GSK shares rose 3.2% to 1,548p in London on Wednesday morning"),
 C(G, "valuation", "63000000000", "GBP", "reported", WED, "valuing the company at about Â£63 billion"),
 C(AP, "stock_change", "47", None, "reported", None, "Apogee shares were indicated 47% higher in premarket trading in New York"),
 C(G, "other", "17.5", "GBP", "forecast", None, "raised her price target on GSK to 1,750p from 1,650p"),
 C(G, "other", "16.5", "GBP", "forecast", None, "raised her price target on GSK to 1,750p from 1,650p"),
 C("roche", "revenue", "31200000000", "CHF", "reported", H1, "Swiss rival Roche last week reported first-half sales of 31.2 billion Swiss francs, up 7% at constant exchange rates"),
 C("roche", "growth_rate", "7", None, "reported", H1, "Swiss rival Roche last week reported first-half sales of 31.2 billion Swiss francs, up 7% at constant exchange rates"),
]
write("Q5", "Q5.html", "2026-07-29",
      "Byline time 'Wednesday 29 July 2026 12:41 BST' and article:published_time 2026-07-29; the half is January-June 2026.",
      cl)
