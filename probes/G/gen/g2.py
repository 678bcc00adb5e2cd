from mk import C, P, write
H = "hapag-lloyd"
H1 = P("2026-01-01", "2026-06-30"); H1LY = P("2025-01-01", "2025-06-30")
Q2 = P("2026-04-01", "2026-06-30"); Y26 = P("2026-01-01", "2026-12-31")
THU = P("2026-08-13")
cl = [
 # standfirst
 C(H, "operating_income", "1310000000", "USD", "reported", H1, "posts EBIT of $1.31bn for the six months to June"),
 C(H, "operating_income", "900000000", "USD", "planned", Y26, "narrows full-year EBIT guidance to $0.9â€“1.9bn"),
 C(H, "other", "500000000", "EUR", "planned", None, "plans to buy back up to â‚¬500m of shares"),
 # lede and results
 C(H, "growth_rate", "36", None, "reported", H1, "Hapag-Lloyd reported a 36% drop in first-half operating profit on Thursday"),
 C(H, "operating_income", "1310000000", "USD", "reported", H1, "fell to $1.31 billion (â‚¬1.12 billion) in the first half of 2026 from $2.05 billion a year earlier"),
 C(H, "operating_income", "1120000000", "EUR", "reported", H1, "fell to $1.31 billion (â‚¬1.12 billion) in the first half of 2026 from $2.05 billion a year earlier"),
 C(H, "operating_income", "2050000000", "USD", "reported", H1LY, "fell to $1.31 billion (â‚¬1.12 billion) in the first half of 2026 from $2.05 billion a year earlier"),
 C(H, "growth_rate", "2", None, "reported", None, "Revenue slipped 2% to $10.4 billion (â‚¬8.9 billion)"),
 C(H, "revenue", "10400000000", "USD", "reported", None, "Revenue slipped 2% to $10.4 billion (â‚¬8.9 billion)"),
 C(H, "revenue", "8900000000", "EUR", "reported", None, "Revenue slipped 2% to $10.4 billion (â‚¬8.9 billion)"),
 C(H, "other", "2620000000", "USD", "reported", None, "EBITDA declined to $2.62 billion from $3.19 billion"),
 C(H, "other", "3190000000", "USD", "reported", None, "EBITDA declined to $2.62 billion from $3.19 billion"),
 C(H, "other", "940000000", "USD", "reported", H1, "Group profit fell to $940 million in the half"),
 C(H, "other", "1710000000", "USD", "reported", H1LY, "from $1.71 billion in the first six months of 2025"),
 # volumes and rates
 C(H, "growth_rate", "5", None, "reported", H1, "Transport volumes rose 5% to 6.6 million twenty-foot equivalent units (TEU) in the first half"),
 C(H, "other", "6600000", None, "reported", H1, "Transport volumes rose 5% to 6.6 million twenty-foot equivalent units (TEU) in the first half"),
 C(H, "other", "7", None, "reported", None, "The average freight rate, however, fell 7% to $1,420 per TEU from $1,520 per TEU a year earlier"),
 C(H, "other", "1420", "USD", "reported", None, "The average freight rate, however, fell 7% to $1,420 per TEU from $1,520 per TEU a year earlier"),
 C(H, "other", "1520", "USD", "reported", None, "The average freight rate, however, fell 7% to $1,420 per TEU from $1,520 per TEU a year earlier"),
 C(H, "other", "1180", "USD", "reported", None, "Transport expenses per TEU fell to $1,180 from $1,240"),
 C(H, "other", "1240", "USD", "reported", None, "Transport expenses per TEU fell to $1,180 from $1,240"),
 C(H, "operating_income", "560000000", "USD", "reported", Q2, "In the second quarter alone, EBIT came in at $560 million"),
 C(H, "operating_income", "480000000", "USD", "forecast", Q2, "ahead of the $480 million analysts had expected on average"),
 # guidance
 C(H, "other", "3600000000", "USD", "planned", Y26, "For the full year, Hapag-Lloyd now expects EBITDA of $3.6 billion to $4.6 billion (about â‚¬3.1 billion to â‚¬3.9 billion)"),
 C(H, "other", "3100000000", "EUR", "planned", Y26, "For the full year, Hapag-Lloyd now expects EBITDA of $3.6 billion to $4.6 billion (about â‚¬3.1 billion to â‚¬3.9 billion)"),
 C(H, "operating_income", "900000000", "USD", "planned", Y26, "and EBIT of $0.9 billion to $1.9 billion"),
 C(H, "operating_income", "500000000", "USD", "planned", None, "It had previously guided to EBIT of $0.5 billion to $2.0 billion"),
C(H, "other", "250000000", "USD", "reported", H1, "Sailing around the Cape of Good Hope added about $250 million to its costs in the half"),
 C(H, "headcount", "17000", None, "reported", None, "The group, which employs about 17,000 people at sea and on shore"),
 C(H, "other", "20", None, "planned", P("2026-08-13", "2030-12-31"), "expand its terminal business to about 20 terminals by 2030, from 14 today"),
 C(H, "other", "14", None, "reported", None, "expand its terminal business to about 20 terminals by 2030, from 14 today"),
 # buyback, fleet
 C(H, "other", "500000000", "EUR", "planned", P("2026-08-13", "2027-03-31"), "The board approved a share buyback of up to â‚¬500 million (about $585 million), to run until the end of March 2027"),
 C(H, "other", "585000000", "USD", "planned", P("2026-08-13", "2027-03-31"), "The board approved a share buyback of up to â‚¬500 million (about $585 million), to run until the end of March 2027"),
 C(H, "other", "313", None, "reported", None, "fleet comprises 313 ships with a total capacity of 2.4 million TEU"),
 C(H, "capacity", "2400000", None, "reported", None, "fleet comprises 313 ships with a total capacity of 2.4 million TEU"),
 C(H, "capital_expenditure", "4000000000", "USD", "planned", None, "The carrier has said it will invest about $4 billion in 24 new dual-fuel vessels"),
 C(H, "other", "24", None, "planned", None, "The carrier has said it will invest about $4 billion in 24 new dual-fuel vessels"),
 # table
 C(H, "revenue", "10110000000", "USD", "reported", H1, "10,110"),
 C(H, "revenue", "10370000000", "USD", "reported", H1LY, "10,370"),
 C(H, "operating_income", "1269000000", "USD", "reported", H1, "1,269"),
 C(H, "operating_income", "2011000000", "USD", "reported", H1LY, "2,011"),
 C(H, "revenue", "290000000", "USD", "reported", H1, "290"),
 C(H, "revenue", "230000000", "USD", "reported", H1LY, "230"),
 C(H, "operating_income", "41000000", "USD", "reported", H1, "41"),
 C(H, "operating_income", "39000000", "USD", "reported", H1LY, "39"),
 C(H, "revenue", "10400000000", "USD", "reported", H1, "10,400"),
 C(H, "revenue", "10600000000", "USD", "reported", H1LY, "10,600"),
 C(H, "operating_income", "1310000000", "USD", "reported", H1, "1,310"),
 C(H, "operating_income", "2050000000", "USD", "reported", H1LY, "2,050"),
 # market
 C(H, "stock_change", "4.3", None, "reported", THU, "Hapag-Lloyd shares rose 4.3% to â‚¬142.60 in Frankfurt on Thursday morning"),
 C(H, "other", "142.6", "EUR", "reported", THU, "Hapag-Lloyd shares rose 4.3% to â‚¬142.60 in Frankfurt on Thursday morning"),
 C(H, "other", "118", "EUR", "forecast", None, "raised its price target to â‚¬118 from â‚¬104"),
 C(H, "other", "104", "EUR", "forecast", None, "raised its price target to â‚¬118 from â‚¬104"),
 C("maersk", "operating_income", "4500000000", "USD", "planned", Y26, "Danish rival Maersk last week raised its full-year guidance for underlying EBIT to $4.5 billion to $6.0 billion"),
]
write("G2", "G2.html", "2026-08-13",
      "Byline time 'Thursday 13 August 2026, 09:58 CEST' and article:published_time 2026-08-13; the results were reported 'on Thursday'.",
      cl)
