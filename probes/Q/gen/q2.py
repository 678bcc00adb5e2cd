from mk import C, P, write
M = "micron"
TUE = P("2026-05-19")
FY26 = P("2025-08-29", "2026-09-03")
FY25 = P("2024-08-30", "2025-08-28")
FQ2 = P("2025-11-28", "2026-02-26")
FQ3 = P("2026-02-27", "2026-05-28")
Q1 = P("2026-01-01", "2026-03-31")
cl = [
 C(M, "capital_expenditure", "60000000000", "USD", "planned", None, "Micron commits $60 billion to two more Idaho fabs"),
 C(M, "capacity", "150000", None, "planned", None, "Memory maker's expanded Boise campus would reach 150,000 wafer starts a month"),
 C(M, "capital_expenditure", "60000000000", "USD", "planned", None, "Micron Technology on Tuesday said it will invest about $60 billion over the next 12 years to build two additional DRAM fabs"),
 C(M, "capital_expenditure", "200000000000", "USD", "planned", None, "lifts the memory maker's planned U.S. manufacturing spending to more than $200 billion"),
 C(M, "capacity", "150000", None, "planned", P("2026-05-19", "2034-12-31"), "the Boise site would have capacity of roughly 150,000 wafer starts per month by 2034"),
 C(M, "capacity", "40000", None, "planned", None, "ID1 alone is designed for about 40,000 wafers a month"),
 C(M, "other", "1800000000", "USD", "planned", None, "award Micron up to $1.8 billion in direct funding under the CHIPS and Science Act"),
 C(M, "other", "6400000000", "USD", "reported", P("2024-12-01", "2024-12-31"), "the $6.4 billion Micron was awarded in December 2024"),
 C(M, "other", "11000000000", "USD", "planned", None, "Micron expects the 35% advanced manufacturing investment tax credit to be worth about $11 billion to $13 billion"),
 C(M, "other", "450000000", "USD", "reported", None, "Idaho lawmakers separately approved state incentives for Micron valued at up to $450 million"),
 C(M, "headcount", "3500", None, "planned", None, "ID3 and ID4 would create about 3,500 direct Micron jobs when fully ramped"),
 C(M, "headcount", "9000", None, "planned", None, "taking its Boise workforce to more than 9,000"),
 C(M, "headcount", "48000", None, "reported", None, "Micron employs roughly 48,000 people worldwide"),
 C(M, "capital_expenditure", "18000000000", "USD", "planned", FY26, "it expects capital expenditures of approximately $18 billion in its fiscal year ending Sept. 3, 2026"),
 C(M, "capital_expenditure", "13800000000", "USD", "reported", FY25, "up from $13.8 billion in the year that ended Aug. 28, 2025"),
 C([M, "amd"], "contract_value", "9000000000", "USD", "reported", None, "Micron signed a five-year agreement under which AMD committed to buy at least $9 billion of HBM4 and server DRAM", counterparty="amd"),
 C("amd", "other", "1200000000", "USD", "planned", None, "AMD will make a prepayment of about $1.2 billion over the next two years", counterparty=M),
 C(M, "stock_change", "3.4", None, "reported", TUE, "Micron shares rose 3.4% to $138.20 on Tuesday afternoon"),
 C(M, "other", "138.2", "USD", "reported", TUE, "Micron shares rose 3.4% to $138.20 on Tuesday afternoon"),
 C("amd", "stock_change", "0.6", None, "reported", TUE, "while AMD edged up 0.6%"),
 C(M, "revenue", "11300000000", "USD", "reported", FQ2, "Micron last reported record revenue of $11.3 billion for its fiscal second quarter ended Feb. 26, up 41% from a year earlier"),
 C(M, "growth_rate", "41", None, "reported", FQ2, "Micron last reported record revenue of $11.3 billion for its fiscal second quarter ended Feb. 26, up 41% from a year earlier"),
 C(M, "revenue", "12100000000", "USD", "planned", FQ3, "The company guided for fiscal third-quarter revenue of $12.1 billion to $12.5 billion"),
 C("tsmc", "capital_expenditure", "165000000000", "USD", "planned", None, "the Taiwanese foundry has said it will invest a total of $165 billion across six fabs"),
 C("samsung", "capital_expenditure", "37000000000", "USD", "planned", P("2026-05-19", "2030-12-31"), "Samsung Electronics has said it will invest more than $37 billion in Texas through 2030"),
 C("samsung", "other", "4745000000", "USD", "reported", None, "was awarded up to $4.745 billion in CHIPS funding"),
 C("samsung", "capacity", "16000", None, "planned", None, "The Taylor fab is expected to start with capacity of around 16,000 wafers a month"),
 C("sk-hynix", "capital_expenditure", "3870000000", "USD", "planned", None, "SK Hynix is building a $3.87 billion HBM packaging plant in West Lafayette, Indiana"),
 C("sk-hynix", "other", "458000000", "USD", "reported", None, "backed by a CHIPS award of up to $458 million"),
 C("sk-hynix", "headcount", "1000", None, "planned", None, "about 1,000 planned jobs"),
 C("globalfoundries", "capital_expenditure", "16000000000", "USD", "planned", P("2025-06-01", "2025-06-30"), "GlobalFoundries, the largest U.S.-based contract chipmaker, pledged last June to invest $16 billion in its New York and Vermont plants"),
 C("sk-hynix", "market_share", "38", None, "reported", Q1, "SK Hynix held about 38% of the market by revenue in the first quarter"),
 C("samsung", "market_share", "33", None, "reported", Q1, "Samsung about 33%"),
 C(M, "market_share", "23", None, "reported", Q1, "Micron roughly 23%"),
 C("sk-hynix", "market_share", "55", None, "reported", None, "In HBM, SK Hynix's share was put at about 55%"),
]
write("Q2", "Q2.txt", "2026-05-19",
      "Byline date 'May 19, 2026' and 'on Tuesday' (2026-05-19 is a Tuesday).",
      cl)
