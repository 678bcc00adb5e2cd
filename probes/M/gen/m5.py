from mk import C, write

REF = "2026-04-02"
L = ["leapmotor"]
LI = ["leapmotor-international"]
Q1 = "2026-Q1"
claims = [
    # headline, standfirst
    C(L, "growth_rate", "64", None, None, "reported", Q1, "Leapmotor Q1 deliveries jump 64%"),
    C(LI, "capital_expenditure", "1100000000", "EUR", None, "planned", None, "Leapmotor International to invest €1.1 billion in Spain"),
    C(L, "other", "1000000", None, None, "planned", "2026", "expands battery-pack capacity to keep 2026 target of 1 million cars in reach"),
    # deliveries and production
    C(L, "other", "143612", None, None, "reported", Q1, "Leapmotor delivered 143,612 vehicles in the first quarter"),
    C(L, "growth_rate", "64", None, None, "reported", Q1, "Leapmotor delivered 143,612 vehicles in the first quarter, up 64% from 87,552 a year earlier"),
    C(L, "other", "87552", None, None, "reported", "2025-Q1", "up 64% from 87,552 a year earlier"),
    C(L, "other", "58210", None, None, "reported", "2026-03", "Deliveries in March alone rose 57% to 58,210 vehicles"),
    C(L, "growth_rate", "57", None, None, "reported", "2026-03", "Deliveries in March alone rose 57% to 58,210 vehicles"),
    C(L, "other", "151030", None, None, "reported", Q1, "Production in the first quarter totalled 151,030 units"),
    C(L, "other", "1000000", None, None, "planned", "2026", "Leapmotor reiterated its target of delivering 1 million vehicles in 2026"),
    C(L, "other", "596555", None, None, "reported", "2025", "up from 596,555 last year"),
    C(L, "other", "21340", None, None, "reported", Q1, "Exports accounted for 21,340 vehicles in the January-March period"),
    # Spanish plant (JV)
    C(LI, "capital_expenditure", "1100000000", "EUR", None, "planned", None, "will invest €1.1 billion in the Stellantis plant at Figueruelas"),
    C(["stellantis"], "investment", "561000000", "EUR", "leapmotor-international", "planned", None, "Stellantis will contribute €561 million and Leapmotor €539 million"),
    C(L, "investment", "539000000", "EUR", "leapmotor-international", "planned", None, "Stellantis will contribute €561 million and Leapmotor €539 million"),
    C(LI, "capacity", "200000", None, None, "planned", (REF, "2028-12-31"), "Leapmotor International will be able to build up to 200,000 vehicles a year at the Spanish site by 2028"),
    C(LI, "headcount", "1000", None, None, "planned", None, "Leapmotor International expects the project to create about 1,000 jobs"),
    C(["stellantis"], "investment", "1500000000", "EUR", "leapmotor", "reported", "2023", "Stellantis paid €1.5 billion for its stake in Leapmotor in 2023"),
    # batteries
    C(L, "capacity", "30", None, None, "reported", None, "has an annual capacity of 30 GWh"),
    C(L, "capacity", "50", None, None, "planned", (REF, "2027-12-31"), "the company plans to raise that to 50 GWh by the end of 2027"),
    C(["catl"], "capital_expenditure", "7300000000", "EUR", None, "reported", None, "cells will come from CATL's €7.3 billion factory in Debrecen, Hungary"),
    C(["catl"], "capacity", "40", None, None, "planned", "2026", "which is due to start production this year with an initial 40 GWh of annual capacity"),
    C(["catl"], "capacity", "100", None, None, "hedged", None, "CATL has said the site could eventually reach 100 GWh"),
    # prices
    C(L, "other", "8", None, None, "reported", ("2026-03-30", "2026-04-05"), "Leapmotor this week cut the price of the C10 electric SUV by 8% to €33,990"),
    C(L, "other", "33990", "EUR", None, "reported", ("2026-03-30", "2026-04-05"), "Leapmotor this week cut the price of the C10 electric SUV by 8% to €33,990"),
    C(L, "other", "10", None, None, "reported", "2026-03-30", "In China, Leapmotor lowered the starting price of the C16 six-seater by up to 10%, to 139,800 yuan, on Monday"),
    C(L, "other", "139800", "CNY", None, "reported", "2026-03-30", "In China, Leapmotor lowered the starting price of the C16 six-seater by up to 10%, to 139,800 yuan, on Monday"),
    C(["byd"], "other", "34", None, None, "reported", "2026-03", "BYD cut prices on 22 models by as much as 34% last month"),
    # financials, shares
    C(L, "other", "520000000", "CNY", None, "reported", "2025", "reporting net income of 520 million yuan"),
    C(L, "revenue", "61200000000", "CNY", None, "reported", "2025", "on revenue of 61.2 billion yuan, up 92% from 2024"),
    C(L, "growth_rate", "92", None, None, "reported", "2025", "on revenue of 61.2 billion yuan, up 92% from 2024"),
    C(L, "other", "14.5", None, None, "reported", "2025-Q4", "Leapmotor's gross margin was 14.5% in the fourth quarter"),
    C(L, "stock_change", "6.2", None, None, "reported", REF, "Leapmotor's Hong Kong-listed shares rose 6.2% to HK$68.40 on Thursday"),
    C(L, "other", "68.4", "HKD", None, "reported", REF, "Leapmotor's Hong Kong-listed shares rose 6.2% to HK$68.40 on Thursday"),
    C(L, "valuation", "97000000000", "HKD", None, "reported", REF, "valuing the company at about HK$97 billion"),
    C(L, "other", "820000", None, None, "forecast", "2026", "who expects Leapmotor to deliver 820,000 vehicles this year"),
    C(L, "other", "85", "HKD", None, "forecast", None, "raised her price target to HK$85 from HK$78"),
    C(L, "other", "78", "HKD", None, "forecast", None, "raised her price target to HK$85 from HK$78"),
    # rivals
    C(["byd"], "other", "1003108", None, None, "reported", Q1, "said it sold 1,003,108 new-energy vehicles in the first quarter"),
    C(["byd"], "growth_rate", "1.5", None, None, "reported", Q1, "down 1.5% from a year earlier"),
    C(["byd"], "growth_rate", "41", None, None, "reported", Q1, "overseas sales rose 41% to 287,600 units"),
    C(["byd"], "other", "287600", None, None, "reported", Q1, "overseas sales rose 41% to 287,600 units"),
    C(["xpeng"], "other", "92450", None, None, "reported", Q1, "Xpeng delivered 92,450 vehicles in the quarter"),
    C(["nio"], "other", "58730", None, None, "reported", Q1, "and Nio 58,730"),
    C(["li-auto"], "growth_rate", "9", None, None, "reported", Q1, "Li Auto's deliveries fell 9% to 84,100"),
    C(["li-auto"], "other", "84100", None, None, "reported", Q1, "Li Auto's deliveries fell 9% to 84,100"),
    C(["tesla"], "other", "372000", None, None, "forecast", Q1, "with analysts expecting about 372,000 vehicles"),
]
write("M5.txt", REF, "Byline date 'April 2, 2026' (a Thursday); Leapmotor reported 'on Wednesday' (April 1) and its shares moved 'on Thursday'.", claims)
