from mk import C, write
D = ["dollar-general"]
FY25 = ("2025-02-01", "2026-01-30")   # fiscal 2025, 52 weeks ended Jan 30, 2026
Q4 = ("2025-11-01", "2026-01-30")     # 13 weeks ended Jan 30, 2026
Q4LY = ("2024-11-02", "2025-01-31")   # 13 weeks ended Jan 31, 2025
FY26 = ("2026-01-31", "2027-01-29")   # 52 weeks ending Jan 29, 2027
Q1 = ("2026-01-31", "2026-05-01")     # fiscal Q1 2026
claims = [
    # CEO
    C(D, "revenue", "10900000000", "USD", None, "reported", Q4, "Net sales in the fourth quarter increased 5.2% to $10.9 billion"),
    C(D, "growth_rate", "5.2", None, None, "reported", Q4, "Net sales in the fourth quarter increased 5.2% to $10.9 billion"),
    C(D, "growth_rate", "3.6", None, None, "reported", Q4, "Fourth-quarter same-store sales increased 3.6%, driven by a 1.9% increase in customer traffic and a 1.7% increase in average transaction amount"),
    C(D, "growth_rate", "1.9", None, None, "reported", Q4, "Fourth-quarter same-store sales increased 3.6%, driven by a 1.9% increase in customer traffic and a 1.7% increase in average transaction amount"),
    C(D, "growth_rate", "1.7", None, None, "reported", Q4, "Fourth-quarter same-store sales increased 3.6%, driven by a 1.9% increase in customer traffic and a 1.7% increase in average transaction amount"),
    C(D, "revenue", "42600000000", "USD", None, "reported", FY25, "For the full fiscal year 2025, net sales rose 4.8% to $42.6 billion, and same-store sales grew 2.9%"),
    C(D, "growth_rate", "4.8", None, None, "reported", FY25, "For the full fiscal year 2025, net sales rose 4.8% to $42.6 billion, and same-store sales grew 2.9%"),
    C(D, "growth_rate", "2.9", None, None, "reported", FY25, "For the full fiscal year 2025, net sales rose 4.8% to $42.6 billion, and same-store sales grew 2.9%"),
    C(D, "other", "604", None, None, "reported", FY25, "In fiscal 2025, we opened 604 new stores, completed 4,910 remodels and relocated 86 stores"),
    C(D, "other", "4910", None, None, "reported", FY25, "In fiscal 2025, we opened 604 new stores, completed 4,910 remodels and relocated 86 stores"),
    C(D, "other", "86", None, None, "reported", FY25, "In fiscal 2025, we opened 604 new stores, completed 4,910 remodels and relocated 86 stores"),
    C(D, "other", "152", None, None, "reported", None, "We also closed 152 underperforming stores"),
    C(D, "other", "20740", None, None, "reported", FY25, "We ended the year with 20,740 stores"),
    C(D, "other", "4800", None, None, "planned", FY26, "For fiscal 2026, we plan to execute approximately 4,800 real estate projects"),
    C(D, "other", "450", None, None, "planned", None, "That includes 450 new stores in the U.S. and up to 15 new stores in Mexico, 2,000 full remodels under Project Renovate, 2,250 lighter-touch remodels under Project Elevate, and about 85 relocations"),
    C(D, "other", "15", None, None, "planned", None, "That includes 450 new stores in the U.S. and up to 15 new stores in Mexico, 2,000 full remodels under Project Renovate, 2,250 lighter-touch remodels under Project Elevate, and about 85 relocations"),
    C(D, "other", "2000", None, None, "planned", None, "That includes 450 new stores in the U.S. and up to 15 new stores in Mexico, 2,000 full remodels under Project Renovate, 2,250 lighter-touch remodels under Project Elevate, and about 85 relocations"),
    C(D, "other", "2250", None, None, "planned", None, "That includes 450 new stores in the U.S. and up to 15 new stores in Mexico, 2,000 full remodels under Project Renovate, 2,250 lighter-touch remodels under Project Elevate, and about 85 relocations"),
    C(D, "other", "85", None, None, "planned", None, "That includes 450 new stores in the U.S. and up to 15 new stores in Mexico, 2,000 full remodels under Project Renovate, 2,250 lighter-touch remodels under Project Elevate, and about 85 relocations"),
    C(D, "other", "100", None, None, "planned", FY26, "We expect to close roughly 100 stores in fiscal 2026"),
    C(D, "headcount", "195000", None, None, "reported", None, "Our team of roughly 195,000 employees"),
    # CFO
    C(D, "other", "30.9", None, None, "reported", Q4, "Gross profit as a percentage of sales was 30.9% in the fourth quarter, compared with 29.9% in the prior-year quarter"),
    C(D, "other", "29.9", None, None, "reported", Q4LY, "Gross profit as a percentage of sales was 30.9% in the fourth quarter, compared with 29.9% in the prior-year quarter"),
    C(D, "other", "2770000000", "USD", None, "reported", Q4, "SG&A was $2.77 billion in the quarter"),
    C(D, "operating_income", "712000000", "USD", None, "reported", Q4, "Operating profit increased 18% to $712 million in the fourth quarter"),
    C(D, "growth_rate", "18", None, None, "reported", Q4, "Operating profit increased 18% to $712 million in the fourth quarter"),
    C(D, "eps", "2.21", "USD", None, "reported", Q4, "Diluted EPS for the quarter was $2.21, up 32% from $1.68 in the prior-year quarter"),
    C(D, "growth_rate", "32", None, None, "reported", Q4, "Diluted EPS for the quarter was $2.21, up 32% from $1.68 in the prior-year quarter"),
    C(D, "eps", "1.68", "USD", None, "reported", Q4LY, "Diluted EPS for the quarter was $2.21, up 32% from $1.68 in the prior-year quarter"),
    C(D, "other", "6900000000", "USD", None, "reported", "2026-01-30", "Merchandise inventories were $6.9 billion as of January 30, 2026, down 3.8% from a year earlier, and down 5.1% on a per-store basis"),
    C(D, "growth_rate", "3.8", None, None, "reported", "2026-01-30", "Merchandise inventories were $6.9 billion as of January 30, 2026, down 3.8% from a year earlier, and down 5.1% on a per-store basis"),
    C(D, "growth_rate", "5.1", None, None, "reported", "2026-01-30", "Merchandise inventories were $6.9 billion as of January 30, 2026, down 3.8% from a year earlier, and down 5.1% on a per-store basis"),
    C(D, "other", "3100000000", "USD", None, "reported", FY25, "Cash flows from operations were $3.1 billion for fiscal 2025, an increase of 11%"),
    C(D, "growth_rate", "11", None, None, "reported", FY25, "Cash flows from operations were $3.1 billion for fiscal 2025, an increase of 11%"),
    C(D, "capital_expenditure", "1350000000", "USD", None, "reported", FY25, "Capital expenditures for the year were $1.35 billion"),
    C(D, "other", "500000000", "USD", None, "planned", FY26, "expect to buy back approximately $500 million of stock in fiscal 2026"),
    C(D, "other", "1400000000", "USD", None, "planned", None, "We have approximately $1.4 billion remaining under our existing authorization"),
    C(D, "other", "0.59", "USD", None, "reported", None, "Our board also declared a quarterly cash dividend of $0.59 per share"),
    C(D, "growth_rate", "3.6", None, None, "planned", FY26, "For fiscal 2026, we expect net sales growth in the range of 3.6% to 4.1% and same-store sales growth of 2.1% to 2.6%"),
    C(D, "growth_rate", "2.1", None, None, "planned", FY26, "For fiscal 2026, we expect net sales growth in the range of 3.6% to 4.1% and same-store sales growth of 2.1% to 2.6%"),
    C(D, "eps", "6.9", "USD", None, "planned", FY26, "We expect full-year diluted EPS in the range of $6.90 to $7.25"),
    C(D, "other", "90000000", "USD", None, "planned", None, "Our outlook includes an estimated $90 million of incremental tariff costs"),
    C(D, "capital_expenditure", "1400000000", "USD", None, "planned", FY26, "We expect capital expenditures of $1.4 billion to $1.5 billion in fiscal 2026"),
    # Q&A
    C(D, "eps", "6.9", "USD", None, "planned", FY26, "the EPS guide of $6.90 to $7.25 is a bit below where the Street was, which was around $7.30 for fiscal 2026"),
    C(D, "eps", "7.3", "USD", None, "forecast", FY26, "the EPS guide of $6.90 to $7.25 is a bit below where the Street was, which was around $7.30 for fiscal 2026"),
    C(D, "other", "90000000", "USD", None, "planned", None, "The roughly $90 million of tariff costs we've assumed"),
    C(D, "spending", "100000000", "USD", None, "planned", FY26, "we're investing about $100 million in additional store labor hours in fiscal 2026"),
    C(D, "other", "152", None, None, "reported", FY25, "The 152 closings in fiscal 2025 cleaned up most of the tail"),
    C(D, "other", "100", None, None, "planned", FY26, "The roughly 100 we have planned for fiscal 2026"),
    C(D, "capital_expenditure", "1400000000", "USD", None, "planned", None, "on the capex budget of $1.4 billion to $1.5 billion"),
    C(D, "capital_expenditure", "650000000", "USD", None, "planned", None, "Roughly $650 million of that is for remodels"),
    C(D, "capital_expenditure", "350000000", "USD", None, "planned", None, "about $350 million is for new stores and relocations"),
    C(D, "growth_rate", "2", None, None, "planned", Q1, "We expect first-quarter same-store sales growth of about 2%"),
    C(D, "other", "500000000", "USD", None, "planned", FY26, "the $500 million buyback for fiscal 2026"),
]
write("J4.txt", "2026-03-12", "Call header 'Mar 12, 2026, 9:00 a.m. ET'; the operator says 'Today is Thursday, March 12, 2026'.", claims)
