from mk import C, P, write
H = "sk-hynix"; S = "samsung"; M = "micron"
Q3 = P("2026-07-01", "2026-09-30"); Q3LY = P("2025-07-01", "2025-09-30")
Q2 = P("2026-04-01", "2026-06-30"); Q4 = P("2026-10-01", "2026-12-31")
Y27 = P("2027-01-01", "2027-12-31"); Y26 = P("2026-01-01", "2026-12-31"); Y25 = P("2025-01-01", "2025-12-31")
M9 = P("2026-01-01", "2026-09-30")
SEP = P("2026-09-01", "2026-09-30"); JUN = P("2026-06-01", "2026-06-30")
THU = P("2026-10-22")
MU_FQ4 = P("2026-05-29", "2026-09-03")
cl = [
 # headline
 C(H, "growth_rate", "58", None, "reported", Q3, "SK hynix Q3 operating profit jumps 58 pct"),
 # lede
 C(H, "growth_rate", "58.3", None, "reported", Q3, "its third-quarter operating profit jumped 58.3 percent from a year earlier"),
 C(H, "operating_income", "18010000000000", "KRW", "reported", Q3, "Operating profit for the July-September period reached 18.01 trillion won (US$12.6 billion)"),
 C(H, "operating_income", "12600000000", "USD", "reported", Q3, "Operating profit for the July-September period reached 18.01 trillion won (US$12.6 billion)"),
 C(H, "operating_income", "11380000000000", "KRW", "reported", Q3LY, "up from 11.38 trillion won a year earlier"),
 C(H, "operating_income", "17200000000000", "KRW", "forecast", None, "The figure beat the market consensus of 17.2 trillion won"),
 C(H, "growth_rate", "38.5", None, "reported", Q3, "Revenue rose 38.5 percent on-year to a record 33.87 trillion won ($23.8 billion) in the third quarter"),
 C(H, "revenue", "33870000000000", "KRW", "reported", Q3, "Revenue rose 38.5 percent on-year to a record 33.87 trillion won ($23.8 billion) in the third quarter"),
 C(H, "revenue", "23800000000", "USD", "reported", Q3, "Revenue rose 38.5 percent on-year to a record 33.87 trillion won ($23.8 billion) in the third quarter"),
 C(H, "growth_rate", "13.2", None, "reported", Q3, "net profit climbed 13.2 percent to 14.26 trillion won"),
 C(H, "other", "14260000000000", "KRW", "reported", Q3, "net profit climbed 13.2 percent to 14.26 trillion won"),
 C(H, "growth_rate", "16.8", None, "reported", None, "operating profit increased 16.8 percent"),
 C(H, "growth_rate", "12.3", None, "reported", None, "revenue grew 12.3 percent"),
 C(H, "other", "53.2", None, "reported", Q3, "The company's operating margin widened to 53.2 percent in the third quarter"),
 C(H, "other", "51.1", None, "reported", Q2, "from 51.1 percent in the April-June period"),
 C(H, "other", "46.5", None, "reported", Q3LY, "46.5 percent a year ago"),
 C(H, "operating_income", "46300000000000", "KRW", "reported", M9, "For the first nine months of 2026, operating profit came to 46.3 trillion won"),
 C(H, "operating_income", "44100000000000", "KRW", "reported", Y25, "the 44.1 trillion won the company earned in all of 2025"),
 # HBM
 C(H, "other", "47", None, "reported", Q3, "HBM accounted for 47 percent of SK hynix's DRAM revenue in the third quarter"),
 C(H, "other", "42", None, "reported", Q2, "up from 42 percent in the second quarter"),
 C(H, "growth_rate", "61", None, "reported", Q3, "HBM sales rose 61 percent on-year in the quarter"),
 C(H, "growth_rate", "9", None, "reported", Q3, "conventional DRAM bit shipments increased 9 percent on-quarter"),
 C(H, "growth_rate", "4", None, "reported", None, "NAND flash bit shipments fell 4 percent"),
 C(H, "other", "50", None, "planned", Y27, "HBM is expected to account for more than half of our DRAM revenue next year"),
 C(H, "growth_rate", "50", None, "planned", Y27, "it expects HBM sales to grow by more than 50 percent in 2027"),
 # capex
 C(H, "capital_expenditure", "45000000000000", "KRW", "planned", Y27, "SK hynix plans to raise its facility investment next year to around 45 trillion won ($31.6 billion)"),
 C(H, "capital_expenditure", "31600000000", "USD", "planned", Y27, "SK hynix plans to raise its facility investment next year to around 45 trillion won ($31.6 billion)"),
 C(H, "capital_expenditure", "34000000000000", "KRW", "planned", Y26, "up from about 34 trillion won this year"),
 C(H, "capital_expenditure", "9400000000000", "KRW", "reported", Q3, "The chipmaker spent 9.4 trillion won on facilities in the third quarter alone"),
 C(H, "capacity", "60000", None, "planned", P("2026-10-22", "2027-12-31"), "M15X will reach a capacity of about 60,000 wafers per month by the end of 2027"),
 C(H, "capital_expenditure", "120000000000000", "KRW", "planned", None, "part of a long-term investment of about 120 trillion won"),
 # balance sheet, dividend
 C(H, "other", "12600000000000", "KRW", "reported", SEP, "SK hynix's net cash position improved to 12.6 trillion won at the end of September"),
 C(H, "other", "6900000000000", "KRW", "reported", JUN, "from 6.9 trillion won at the end of June"),
 C(H, "other", "375", "KRW", "reported", None, "The board approved a quarterly dividend of 375 won per share"),
 C(H, "other", "258000000000", "KRW", "reported", None, "or about 258 billion won in total"),
 # market shares
 C(H, "market_share", "57", None, "reported", Q2, "SK hynix held a 57 percent share of the global HBM market in the second quarter"),
 C(S, "market_share", "22", None, "reported", Q2, "followed by Samsung Electronics Co. with 22 percent"),
 C(M, "market_share", "21", None, "reported", Q2, "U.S.-based Micron Technology Inc. with 21 percent"),
 # rivals
 C(S, "growth_rate", "33.9", None, "reported", Q3, "its third-quarter operating profit rose 33.9 percent on-year to 16.3 trillion won on sales of 91 trillion won"),
 C(S, "operating_income", "16300000000000", "KRW", "reported", Q3, "its third-quarter operating profit rose 33.9 percent on-year to 16.3 trillion won on sales of 91 trillion won"),
 C(S, "revenue", "91000000000000", "KRW", "reported", Q3, "its third-quarter operating profit rose 33.9 percent on-year to 16.3 trillion won on sales of 91 trillion won"),
 C(S, "operating_income", "7200000000000", "KRW", "forecast", Q3, "Market watchers estimate Samsung's chip business earned around 7.2 trillion won in operating profit in the quarter"),
 C(M, "growth_rate", "20", None, "reported", MU_FQ4, "its revenue for the fiscal fourth quarter ended Sept. 3 rose 20 percent on-year to $13.6 billion"),
 C(M, "revenue", "13600000000", "USD", "reported", MU_FQ4, "its revenue for the fiscal fourth quarter ended Sept. 3 rose 20 percent on-year to $13.6 billion"),
 # analysts
 C(H, "operating_income", "20500000000000", "KRW", "forecast", Q4, "forecast SK hynix's fourth-quarter operating profit at 20.5 trillion won"),
 C(H, "other", "620000", "KRW", "forecast", None, "raised his target price to 620,000 won from 540,000 won"),
 C(H, "other", "540000", "KRW", "forecast", None, "raised his target price to 620,000 won from 540,000 won"),
 C(H, "operating_income", "85000000000000", "KRW", "forecast", Y27, "Samsung Securities expects SK hynix to post an operating profit of about 85 trillion won in 2027"),
 # shares
 C(H, "stock_change", "2.4", None, "reported", THU, "Shares of SK hynix rose 2.4 percent to close at 498,500 won on the Seoul bourse Thursday"),
 C(H, "other", "498500", "KRW", "reported", THU, "Shares of SK hynix rose 2.4 percent to close at 498,500 won on the Seoul bourse Thursday"),
 C(H, "valuation", "363000000000000", "KRW", "reported", THU, "SK hynix's market capitalization stood at about 363 trillion won at Thursday's close"),
]
write("L1", "L1.txt", "2026-10-22",
      "Dateline 'SEOUL, Oct. 22 (Yonhap)' and 'said Thursday'; Oct. 22, 2026 is a Thursday and the results are for July-September 2026 (the text compares with 2025 and plans for 2027).",
      cl)
