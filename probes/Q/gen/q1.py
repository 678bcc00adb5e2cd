from mk import C, P, write
H = "hyundai"
Q2 = P("2026-04-01", "2026-06-30")
Q2LY = P("2025-04-01", "2025-06-30")
Q1 = P("2026-01-01", "2026-03-31")
H1 = P("2026-01-01", "2026-06-30")
Y26 = P("2026-01-01", "2026-12-31")
FY27T = P("2026-04-01", "2027-03-31")
THU = P("2026-07-23")
cl = [
 # headline
 C(H, "growth_rate", "18", None, "reported", Q2, "Hyundai Motor Q2 profit falls 18%"),
 # bullets
 C(H, "operating_income", "2930000000000", "KRW", "reported", Q2, "Q2 operating profit 2.93 trln won vs LSEG SmartEstimate 3.12 trln won"),
 C(H, "operating_income", "3120000000000", "KRW", "forecast", Q2, "Q2 operating profit 2.93 trln won vs LSEG SmartEstimate 3.12 trln won"),
 C(H, "other", "820000000000", "KRW", "reported", Q2, "Tariffs cost about 820 bln won in Q2"),
 C(H, "other", "2900000000000", "KRW", "planned", Y26, "full-year hit seen at 2.9-3.3 trln won"),
 C(H, "growth_rate", "3", None, "planned", Y26, "Keeps 2026 revenue growth target of 3%-4%"),
 C(H, "other", "1000000000000", "KRW", "planned", None, "announces 1 trln won buyback"),
 C(H, "stock_change", "2.7", None, "reported", None, "Shares close up 2.7%"),
 # lede
 C(H, "growth_rate", "18", None, "reported", Q2, "Hyundai Motor Co on Thursday reported an 18% fall in second-quarter operating profit"),
 C(H, "other", "820000000000", "KRW", "reported", Q2, "U.S. import tariffs cost South Korea's biggest automaker an estimated 820 billion won ($595 million)"),
 C(H, "other", "595000000", "USD", "reported", Q2, "U.S. import tariffs cost South Korea's biggest automaker an estimated 820 billion won ($595 million)"),
 # body
 C(H, "operating_income", "2930000000000", "KRW", "reported", Q2, "Operating profit for the April-June quarter fell to 2.93 trillion won ($2.13 billion) from 3.57 trillion won a year earlier"),
 C(H, "operating_income", "2130000000", "USD", "reported", Q2, "Operating profit for the April-June quarter fell to 2.93 trillion won ($2.13 billion) from 3.57 trillion won a year earlier"),
 C(H, "operating_income", "3570000000000", "KRW", "reported", Q2LY, "Operating profit for the April-June quarter fell to 2.93 trillion won ($2.13 billion) from 3.57 trillion won a year earlier"),
 C(H, "operating_income", "3120000000000", "KRW", "forecast", None, "That missed the 3.12 trillion won average estimate of 19 analysts compiled by LSEG SmartEstimate"),
 C(H, "growth_rate", "4.6", None, "reported", None, "Revenue rose 4.6% to a record 50.2 trillion won"),
 C(H, "revenue", "50200000000000", "KRW", "reported", None, "Revenue rose 4.6% to a record 50.2 trillion won"),
 C(H, "growth_rate", "14", None, "reported", None, "net profit slid 14% to 2.81 trillion won"),
 C(H, "other", "2810000000000", "KRW", "reported", None, "net profit slid 14% to 2.81 trillion won"),
 C(H, "other", "5.8", None, "reported", Q2, "Hyundai's operating margin narrowed to 5.8% in the second quarter from 7.4% a year earlier"),
 C(H, "other", "7.4", None, "reported", Q2LY, "Hyundai's operating margin narrowed to 5.8% in the second quarter from 7.4% a year earlier"),
 # tariff bill
 C(H, "other", "820000000000", "KRW", "reported", Q2, "cost it about 820 billion won in the quarter"),
 C(H, "other", "540000000000", "KRW", "reported", Q1, "up from 540 billion won in the January-March period"),
 C(H, "other", "2900000000000", "KRW", "planned", Y26, "The company expects the full-year hit to be between 2.9 trillion won and 3.3 trillion won"),
 C(H, "capital_expenditure", "16800000000000", "KRW", "planned", Y26, "Hyundai still plans to spend 16.8 trillion won on capital investment this year"),
 C(H, "capital_expenditure", "4500000000000", "KRW", "planned", Y26, "including roughly 4.5 trillion won on electrification"),
 C(H, "growth_rate", "1.2", None, "reported", Q2, "Global wholesale vehicle sales rose 1.2% to 1,062,450 units in the quarter"),
 C(H, "other", "1062450", None, "reported", Q2, "Global wholesale vehicle sales rose 1.2% to 1,062,450 units in the quarter"),
 C(H, "growth_rate", "6", None, "reported", None, "Shipments in North America climbed 6% to 247,300 vehicles"),
 C(H, "other", "247300", None, "reported", None, "Shipments in North America climbed 6% to 247,300 vehicles"),
 C(H, "growth_rate", "3.1", None, "reported", None, "sales in South Korea fell 3.1% to 182,900 units"),
 C(H, "other", "182900", None, "reported", None, "sales in South Korea fell 3.1% to 182,900 units"),
 C(H, "other", "58600", None, "reported", Q2, "Hyundai sold 58,600 electric vehicles globally in the three months to June, down 11% from a year earlier"),
 C(H, "growth_rate", "11", None, "reported", Q2, "Hyundai sold 58,600 electric vehicles globally in the three months to June, down 11% from a year earlier"),
 C(H, "capital_expenditure", "7600000000", "USD", "reported", None, "its $7.6 billion Metaplant America factory near Savannah"),
 C(H, "capacity", "500000", None, "planned", P("2026-07-23", "2028-12-31"), "would reach an annual capacity of 500,000 vehicles by 2028"),
 C(H, "capacity", "300000", None, "reported", None, "up from about 300,000 now"),
 C(H, "growth_rate", "12", None, "reported", H1, "In the first half, operating profit fell 12% to 6.56 trillion won"),
 C(H, "operating_income", "6560000000000", "KRW", "reported", H1, "In the first half, operating profit fell 12% to 6.56 trillion won"),
 # guidance / buyback
 C(H, "growth_rate", "3", None, "planned", Y26, "kept its 2026 guidance for consolidated revenue growth of 3% to 4%"),
 C(H, "other", "6", None, "planned", Y26, "kept its 2026 guidance for consolidated revenue growth of 3% to 4% and an operating margin of 6% to 7%"),
 C(H, "other", "4170000", None, "planned", Y26, "said it still aimed to sell 4.17 million vehicles this year"),
 C(H, "other", "1000000000000", "KRW", "planned", P("2026-07-23", "2026-12-31"), "It also announced a 1 trillion won share buyback, to be completed by the end of December"),
 C(H, "other", "2500", "KRW", "reported", None, "The board declared a quarterly dividend of 2,500 won per share"),
 C(H, "stock_change", "4.1", None, "reported", THU, "Shares of Hyundai Motor jumped as much as 4.1% in early trade on Thursday"),
 C(H, "stock_change", "2.7", None, "reported", THU, "Shares of Hyundai Motor jumped as much as 4.1% in early trade on Thursday before closing up 2.7% at 231,500 won"),
 C(H, "other", "231500", "KRW", "reported", THU, "Shares of Hyundai Motor jumped as much as 4.1% in early trade on Thursday before closing up 2.7% at 231,500 won"),
 C(H, "operating_income", "12400000000000", "KRW", "forecast", Y26, "cut his 2026 operating profit forecast for Hyundai to 12.4 trillion won from 13.2 trillion won"),
 C(H, "operating_income", "13200000000000", "KRW", "forecast", Y26, "cut his 2026 operating profit forecast for Hyundai to 12.4 trillion won from 13.2 trillion won"),
 C(H, "other", "290000", "KRW", "forecast", None, "He kept a 290,000 won price target on the stock"),
 # Kia
 C("kia", "operating_income", "2450000000000", "KRW", "forecast", Q2, "is expected to post second-quarter operating profit of 2.45 trillion won"),
 C("kia", "growth_rate", "31", None, "forecast", Q2, "down about 31% from a year earlier"),
 # Toyota
 C("toyota", "other", "1400000000000", "JPY", "planned", FY27T, "has estimated its tariff hit at 1.4 trillion yen ($9.5 billion) for the fiscal year ending March 2027"),
 C("toyota", "other", "9500000000", "USD", "planned", FY27T, "has estimated its tariff hit at 1.4 trillion yen ($9.5 billion) for the fiscal year ending March 2027"),
]
write("Q1", "Q1.txt", "2026-07-23",
      "Dateline 'SEOUL, July 23 (Reuters)' and 'on Thursday' (2026-07-23 is a Thursday); the quarter is April-June 2026 and the 2026 guidance is 'this year'.",
      cl)
