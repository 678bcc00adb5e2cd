from mk import C, P, write
H = "hilton"
Q3 = P("2026-07-01", "2026-09-30"); Q3LY = P("2025-07-01", "2025-09-30")
Y26 = P("2026-01-01", "2026-12-31")
THU = P("2026-10-22")
cl = [
 # h1 + dek
 C(H, "other", "3500000000", "USD", "planned", None, "lifts capital return target to $3.5bn"),
 C(H, "growth_rate", "0.9", None, "reported", Q3, "Third-quarter RevPAR rose 0.9% to $122.47"),
 C(H, "other", "122.47", "USD", "reported", Q3, "Third-quarter RevPAR rose 0.9% to $122.47"),
 C(H, "backlog", "526300", None, "reported", None, "development pipeline hits a record 526,300 rooms"),
 # body
 C(H, "growth_rate", "0.9", None, "reported", Q3, "system-wide comparable RevPAR rose just 0.9% in the third quarter"),
 C(H, "other", "122.47", "USD", "reported", Q3, "RevPAR, or revenue per available room, was $122.47 in the three months to Sept. 30"),
 C(H, "other", "161.57", "USD", "reported", Q3, "with an average daily rate of $161.57"),
 C(H, "growth_rate", "0.7", None, "reported", None, "In the US, RevPAR fell 0.7%"),
 C(H, "growth_rate", "4.9", None, "reported", None, "while Asia Pacific rose 4.9%"),
 C(H, "growth_rate", "3.2", None, "reported", None, "In Europe, RevPAR rose 3.2%"),
 C(H, "growth_rate", "6.8", None, "reported", None, "while Middle East and Africa RevPAR gained 6.8%"),
 C(H, "other", "431000000", "USD", "reported", Q3, "Third-quarter net income was $431 million, or $1.81 a share"),
 C(H, "eps", "1.81", "USD", "reported", Q3, "Third-quarter net income was $431 million, or $1.81 a share"),
 C(H, "other", "420000000", "USD", "reported", Q3LY, "compared with $420 million a year earlier"),
 C(H, "eps", "2.12", "USD", "reported", None, "Adjusted EPS of $2.12 topped the $2.05 analysts had expected"),
 C(H, "eps", "2.05", "USD", "forecast", None, "Adjusted EPS of $2.12 topped the $2.05 analysts had expected"),
 C(H, "growth_rate", "8", None, "reported", None, "Adjusted EBITDA rose 8% to $1.04 billion"),
 C(H, "other", "1040000000", "USD", "reported", None, "Adjusted EBITDA rose 8% to $1.04 billion"),
 C(H, "growth_rate", "7", None, "reported", None, "management and franchise fee revenue increased 7% to $852 million"),
 C(H, "revenue", "852000000", "USD", "reported", None, "management and franchise fee revenue increased 7% to $852 million"),
 # outlook
 C(H, "growth_rate", "0", None, "planned", Y26, "Hilton now expects full-year RevPAR to grow 0% to 1%"),
 C(H, "growth_rate", "1", None, "planned", Y26, "down from its previous forecast of 1% to 2%"),
 C(H, "other", "3930000000", "USD", "planned", Y26, "It narrowed its 2026 adjusted EBITDA outlook to $3.93 billion to $3.97 billion"),
 C(H, "other", "3900000000", "USD", "planned", Y26, "from $3.90 billion to $4.0 billion"),
 C(H, "eps", "8.06", "USD", "planned", Y26, "forecast adjusted EPS of $8.06 to $8.14"),
 # development
 C(H, "capacity", "21400", None, "reported", Q3, "Hilton opened 21,400 rooms and approved 37,800 rooms for development in the quarter"),
 C(H, "other", "37800", None, "reported", Q3, "Hilton opened 21,400 rooms and approved 37,800 rooms for development in the quarter"),
 C(H, "backlog", "526300", None, "reported", P("2026-09-30"), "Its development pipeline reached a record 526,300 rooms as of Sept. 30, up 6% from a year earlier"),
 C(H, "growth_rate", "6", None, "reported", P("2026-09-30"), "Its development pipeline reached a record 526,300 rooms as of Sept. 30, up 6% from a year earlier"),
 C(H, "growth_rate", "7.1", None, "reported", P("2025-10-01", "2026-09-30"), "Net unit growth was 7.1% in the 12 months to Sept. 30"),
 C(H, "growth_rate", "6.5", None, "planned", Y26, "reaffirmed its full-year net unit growth target of 6.5% to 7.0%"),
 # capital returns
 C(H, "other", "860000000", "USD", "reported", Q3, "Hilton repurchased 3.2 million shares for $860 million during the quarter"),
 C(H, "other", "0.15", "USD", "reported", Q3, "paid a quarterly dividend of 15 cents a share"),
 C(H, "other", "3500000000", "USD", "planned", Y26, "It now expects to return about $3.5 billion to shareholders in 2026"),
 C(H, "other", "3300000000", "USD", "planned", Y26, "up from $3.3 billion previously"),
 # table (row: Q3 2026, Q3 2025, change)
 C(H, "other", "122.47", "USD", "reported", Q3, "$122.47"),
 C(H, "other", "121.38", "USD", "reported", Q3LY, "$121.38"),
 C(H, "growth_rate", "0.9", None, "reported", Q3, "+0.9%"),
 C(H, "revenue", "852000000", "USD", "reported", Q3, "852"),
 C(H, "revenue", "796000000", "USD", "reported", Q3LY, "796"),
 C(H, "growth_rate", "7", None, "reported", Q3, "+7.0%"),
 C(H, "other", "431000000", "USD", "reported", Q3, "431"),
 C(H, "other", "420000000", "USD", "reported", Q3LY, "420"),
 C(H, "growth_rate", "2.6", None, "reported", Q3, "+2.6%"),
 C(H, "other", "1040000000", "USD", "reported", Q3, "1,040"),
 C(H, "other", "963000000", "USD", "reported", Q3LY, "963"),
 C(H, "growth_rate", "8", None, "reported", Q3, "+8.0%"),
 # rivals
 C("marriott", "growth_rate", "0.5", None, "planned", Y26, "in August cut its full-year worldwide RevPAR growth forecast to 0.5% to 1.5%"),
 C("hyatt", "growth_rate", "1.6", None, "reported", Q3, "its comparable system-wide RevPAR rose 1.6% in the third quarter"),
 C("wyndham", "growth_rate", "3", None, "reported", Q3, "Wyndham on Wednesday reported a 3% decline in US RevPAR for the third quarter"),
 # shares
 C(H, "stock_change", "1.9", None, "reported", THU, "Hilton shares rose 1.9% to $262.40 in early trading on Thursday"),
 C(H, "other", "262.4", "USD", "reported", THU, "Hilton shares rose 1.9% to $262.40 in early trading on Thursday"),
 C(H, "valuation", "62000000000", "USD", "reported", THU, "giving the company a market value of about $62 billion"),
]
write("O4", "O4.html", "2026-10-22",
      "Byline <time datetime=\"2026-10-22T09:14:00-04:00\">October 22, 2026</time>; the results and share move are 'on Thursday' = 2026-10-22.",
      cl)
