from mk import C, P, write
V = "volvo-cars"; LG = "lg-energy-solution"
REF = "2026-10-02"
SEP = P("2026-09-01", "2026-09-30"); SEP25 = P("2025-09-01", "2025-09-30")
Q3 = P("2026-07-01", "2026-09-30"); Q3LY = P("2025-07-01", "2025-09-30")
M9 = P("2026-01-01", "2026-09-30"); Q4 = P("2026-10-01", "2026-12-31")
cl = [
 # h1
 C(V, "other", "61240", None, "reported", SEP, "Volvo Cars reports September sales of 61,240 cars as fully electric share reaches 27 per cent"),
 C(V, "other", "27", None, "reported", SEP, "Volvo Cars reports September sales of 61,240 cars as fully electric share reaches 27 per cent"),
 # highlights
 C(V, "other", "61240", None, "reported", SEP, "September retail sales of 61,240 cars, up 7 per cent year on year"),
 C(V, "growth_rate", "7", None, "reported", SEP, "September retail sales of 61,240 cars, up 7 per cent year on year"),
 C(V, "other", "27", None, "reported", SEP, "Fully electric cars accounted for 27 per cent of September sales"),
 C(V, "other", "172380", None, "reported", Q3, "Third-quarter sales of 172,380 cars, up 4 per cent"),
 C(V, "growth_rate", "4", None, "reported", Q3, "Third-quarter sales of 172,380 cars, up 4 per cent"),
 C(V, "other", "176900", None, "reported", Q3, "production of 176,900 cars"),
 C(V, "capacity", "250000", None, "reported", None, "Series production starts at the new Košice plant in Slovakia, with an initial capacity of 250,000 cars a year"),
 C([V, LG], "contract_value", "4500000000", "USD", "reported", None, "Multi-year battery cell supply agreement with LG Energy Solution worth approximately USD 4.5 billion", counterparty=LG),
 # body
 C(V, "other", "61240", None, "reported", SEP, "Volvo Cars today reported global retail sales of 61,240 cars in September"),
 C(V, "growth_rate", "7", None, "reported", SEP, "an increase of 7 per cent compared with the same month last year"),
 C(V, "other", "27", None, "reported", SEP, "Fully electric cars accounted for 27 per cent of all cars sold in the month"),
 C(V, "other", "22", None, "reported", SEP25, "up from 22 per cent in September 2025"),
 C(V, "other", "48", None, "reported", SEP, "electrified models, including plug-in hybrids, made up 48 per cent"),
 C(V, "other", "172380", None, "reported", Q3, "For the third quarter, Volvo Cars sold 172,380 cars globally, up 4 per cent from the third quarter of 2025"),
 C(V, "growth_rate", "4", None, "reported", Q3, "For the third quarter, Volvo Cars sold 172,380 cars globally, up 4 per cent from the third quarter of 2025"),
 C(V, "other", "25", None, "reported", Q3, "The share of fully electric cars rose to 25 per cent in the quarter"),
 C(V, "other", "21", None, "reported", Q3LY, "from 21 per cent a year earlier"),
 C(V, "other", "176900", None, "reported", Q3, "The company produced 176,900 cars in the quarter"),
 C(V, "other", "512300", None, "reported", M9, "In the first nine months of 2026, Volvo Cars sold 512,300 cars, a decrease of 2 per cent"),
 C(V, "growth_rate", "2", None, "reported", M9, "In the first nine months of 2026, Volvo Cars sold 512,300 cars, a decrease of 2 per cent"),
 C(V, "growth_rate", "9", None, "reported", SEP, "In Europe, sales rose 9 per cent to 28,105 cars in September"),
 C(V, "other", "28105", None, "reported", SEP, "In Europe, sales rose 9 per cent to 28,105 cars in September"),
 C(V, "growth_rate", "2", None, "reported", SEP, "sales in the US increased 2 per cent to 10,870 cars"),
 C(V, "other", "10870", None, "reported", SEP, "sales in the US increased 2 per cent to 10,870 cars"),
 C(V, "growth_rate", "6", None, "reported", None, "Sales in China fell 6 per cent to 12,460 cars"),
 C(V, "other", "12460", None, "reported", None, "Sales in China fell 6 per cent to 12,460 cars"),
]
# table: region rows, September 2026 and Q3 2026 columns
rows = [("28,105", "+9%", "76,920", "+6%"), ("10,870", "+2%", "30,450", "-3%"),
        ("12,460", "-6%", "37,900", "-4%"), ("9,805", "+31%", "27,110", "+22%"),
        ("61,240", "+7%", "172,380", "+4%")]
for a, b, c, d in rows:
    cl += [
     C(V, "other", a.replace(",", ""), None, "reported", SEP, a),
     C(V, "growth_rate", b.strip("+-%"), None, "reported", SEP, b),
     C(V, "other", c.replace(",", ""), None, "reported", Q3, c),
     C(V, "growth_rate", d.strip("+-%"), None, "reported", Q3, d),
    ]
cl += [
 # plants
 C(V, "capacity", "250000", None, "reported", None, "The plant has an initial annual capacity of 250,000 cars"),
 C(V, "capital_expenditure", "1200000000", "EUR", "reported", None, "represents an investment of approximately EUR 1.2 billion (about SEK 13.3 billion)"),
 C(V, "capital_expenditure", "13300000000", "SEK", "reported", None, "represents an investment of approximately EUR 1.2 billion (about SEK 13.3 billion)"),
 C(V, "headcount", "3300", None, "planned", None, "It will employ around 3,300 people when running at full capacity"),
 C(V, "capital_expenditure", "10000000000", "SEK", "planned", P(REF, "2028-12-31"), "Volvo Cars also confirmed that it will invest SEK 10 billion to prepare its Torslanda plant in Gothenburg for next-generation electric cars by 2028"),
 # battery deal
 C([V, LG], "contract_value", "4500000000", "USD", "reported", None, "The agreement, valued at approximately USD 4.5 billion", counterparty=LG),
 C([V, LG], "capacity", "20", None, "reported", None, "covers up to 20 GWh of cells a year from LG Energy Solution's plant in Wrocław, Poland", counterparty=LG),
 # quote
 C(V, "other", "30", None, "planned", Q4, "We expect fully electric cars to account for more than 30 per cent of our sales in the fourth quarter"),
]
write("L5", "L5.html", REF,
      "Release dated '<time datetime=\"2026-10-02\">Oct 02, 2026</time>' and dateline 'GOTHENBURG, Sweden, 2 October 2026'; September and the third quarter are those of 2026.",
      cl)
