from mk import *
Q3 = P("2025-07-01", "2025-09-30")
Q4 = P("2025-10-01", "2025-12-31")
Y25 = P("2025-01-01", "2025-12-31")
Y26 = P("2026-01-01", "2026-12-31")
EONY = P("2025-10-31", "2026-12-31")
H = "sk-hynix"
cl = [
 C(H, "operating_income", "11380000000000", "KRW", "reported", Q3, "posted a record operating profit of 11.38 trillion won ($7.96 billion) for the July-September quarter"),
 C(H, "operating_income", "7960000000", "USD", "reported", Q3, "posted a record operating profit of 11.38 trillion won ($7.96 billion) for the July-September quarter"),
 C(H, "growth_rate", "62", None, "reported", Q3, "for the July-September quarter, up 62% from a year earlier"),
 C(H, "revenue", "24450000000000", "KRW", "reported", Q3, "on revenue of 24.45 trillion won, up 39%"),
 C(H, "growth_rate", "39", None, "reported", Q3, "on revenue of 24.45 trillion won, up 39%"),
 C(H, "other", "47", None, "reported", None, "Its operating margin reached 47%"),
 C(H, "growth_rate", "70", None, "reported", Q3, "HBM sales rose about 70% from a year earlier in the quarter"),
 C(H, "capital_expenditure", "7200000000000", "KRW", "reported", Q3, "SK Hynix spent 7.2 trillion won on facilities in the third quarter"),
 C(H, "capital_expenditure", "34000000000000", "KRW", "forecast", Y26, "expect its capital expenditure to rise to 34 trillion won to 36 trillion won ($23.8 billion to $25.2 billion) next year"),
 C(H, "capital_expenditure", "23800000000", "USD", "forecast", Y26, "expect its capital expenditure to rise to 34 trillion won to 36 trillion won ($23.8 billion to $25.2 billion) next year"),
 C(H, "capital_expenditure", "28000000000000", "KRW", "forecast", Y25, "from about 28 trillion won this year"),
 C(H, "capital_expenditure", "20000000000000", "KRW", "planned", None, "which will cost more than 20 trillion won including equipment"),
 C(H, "capacity", "10000", None, "planned", Q4, "M15X will start with capacity of about 10,000 wafers a month in the fourth quarter"),
 C(H, "capacity", "60000", None, "hedged", EONY, "could reach 60,000 wafers a month by the end of next year"),
 C(H, "capital_expenditure", "120000000000000", "KRW", "planned", None, "part of a roughly 120 trillion won ($84 billion) long-term investment"),
 C(H, "capital_expenditure", "84000000000", "USD", "planned", None, "part of a roughly 120 trillion won ($84 billion) long-term investment"),
 C(H, "capital_expenditure", "3870000000", "USD", "planned", None, "SK Hynix is building a $3.87 billion advanced packaging plant in West Lafayette, Indiana"),
 C("nvidia", "chip_launch", None, None, "planned", P("2026-07-01", "2026-12-31"), "Nvidia's Rubin platform, which Nvidia plans to launch in the second half of next year", chip="Rubin"),
 C("nvidia", "backlog", "500000000000", "USD", "reported", EONY, "the company had $500 billion of orders for its Blackwell and Rubin products through 2026"),
 C(H, "growth_rate", "50", None, "forecast", P("2025-07-01", "2025-12-31"), "TrendForce expects SK Hynix's HBM shipments to rise about 50% in the second half from the first half"),
 C(H, "market_share", "57", None, "reported", Q3, "SK Hynix held 57% of the HBM market by revenue in the third quarter"),
 C("samsung", "market_share", "22", None, "reported", Q3, "followed by Samsung Electronics at 22%"),
 C("micron", "market_share", "21", None, "reported", Q3, "Micron Technology at 21%"),
 C(H, "market_share", "35", None, "reported", None, "In the overall DRAM market, SK Hynix's share was 35%"),
 C("samsung", "market_share", "34", None, "reported", None, "ahead of Samsung's 34%"),
 C("samsung", "operating_income", "12200000000000", "KRW", "reported", Q3, "reported on Thursday a third-quarter operating profit of 12.2 trillion won"),
 C("samsung", "revenue", "26700000000000", "KRW", "reported", Q3, "its memory business posted record quarterly sales of 26.7 trillion won"),
 C("samsung", "capacity", "170000", None, "forecast", EONY, "Kiwoom Securities estimates Samsung's HBM production capacity will reach about 170,000 wafers a month by the end of next year"),
 C("micron", "revenue", "2000000000", "USD", "reported", P("2025-06-01", "2025-08-31"), "its HBM revenue reached nearly $2 billion in the June-August quarter"),
 C("openai", "other", "900000", None, "hedged", None, "which OpenAI has said could need up to 900,000 DRAM wafers a month"),
 C(H, "stock_change", "3.5", None, "reported", P("2025-10-30"), "SK Hynix shares rose 3.5% to a record 560,000 won on Thursday"),
 C(H, "other", "560000", "KRW", "reported", P("2025-10-30"), "SK Hynix shares rose 3.5% to a record 560,000 won on Thursday"),
 C(H, "valuation", "408000000000000", "KRW", "reported", P("2025-10-30"), "giving the company a market value of about 408 trillion won ($285 billion)"),
 C(H, "valuation", "285000000000", "USD", "reported", P("2025-10-30"), "giving the company a market value of about 408 trillion won ($285 billion)"),
 C(H, "stock_change", "220", None, "reported", P("2025-01-01", "2025-10-31"), "The stock has gained more than 220% so far this year"),
]
write("U3", "U3.txt", "2025-10-31", "Date line 'Published 2025.10.31 (Fri)'; 'on Thursday' is 2025-10-30, Huang's 'on Tuesday' 2025-10-28.", cl)
