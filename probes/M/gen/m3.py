from mk import C, write

REF = "2026-04-16"
I = ["infosys"]
Q4 = ("2026-01-01", "2026-03-31")      # Infosys/TCS/Wipro fiscal Q4 FY26 (Jan-Mar 2026)
Q4P = ("2025-01-01", "2025-03-31")     # year-ago quarter (Q4 FY25)
Q3 = ("2025-10-01", "2025-12-31")      # December quarter
FY26 = ("2025-04-01", "2026-03-31")
FY25 = ("2024-04-01", "2025-03-31")
FY27 = ("2026-04-01", "2027-03-31")
Q1FY27 = ("2026-04-01", "2026-06-30")
claims = [
    # headline
    C(I, "other", "73580000000", "INR", None, "reported", Q4, "Infosys Q4 results: Net profit rises 4.6% to Rs 7,358 crore"),
    C(I, "growth_rate", "4.6", None, None, "reported", Q4, "Infosys Q4 results: Net profit rises 4.6% to Rs 7,358 crore"),
    C(I, "growth_rate", "1.5", None, None, "planned", FY27, "FY27 revenue guidance set at 1.5-3.5%"),
    # standfirst
    C(I, "contract_value", "4100000000", "USD", None, "reported", Q4, "signed large deals worth $4.1 billion in the January-March quarter"),
    # lede
    C(I, "other", "73580000000", "INR", None, "reported", Q4, "reported a consolidated net profit of Rs 7,358 crore (about $860 million) for the fourth quarter of 2025-26 (Q4FY26)"),
    C(I, "other", "860000000", "USD", None, "reported", Q4, "reported a consolidated net profit of Rs 7,358 crore (about $860 million) for the fourth quarter of 2025-26 (Q4FY26)"),
    C(I, "growth_rate", "4.6", None, None, "reported", Q4, "up 4.6 per cent from Rs 7,033 crore in the year-ago quarter"),
    C(I, "other", "70330000000", "INR", None, "reported", Q4P, "up 4.6 per cent from Rs 7,033 crore in the year-ago quarter"),
    # revenue
    C(I, "revenue", "442400000000", "INR", None, "reported", None, "Revenue from operations rose 8.1 per cent year-on-year to ₹44,240 crore"),
    C(I, "growth_rate", "8.1", None, None, "reported", None, "Revenue from operations rose 8.1 per cent year-on-year to ₹44,240 crore"),
    C(I, "revenue", "409250000000", "INR", None, "reported", Q4P, "compared with ₹40,925 crore in the January-March quarter of last year"),
    C(I, "growth_rate", "0.4", None, None, "reported", None, "slipping 0.4 per cent from ₹44,418 crore in the December quarter"),
    C(I, "revenue", "444180000000", "INR", None, "reported", Q3, "slipping 0.4 per cent from ₹44,418 crore in the December quarter"),
    C(I, "revenue", "5172000000", "USD", None, "reported", Q4, "In dollar terms, revenue for the quarter stood at $5,172 million, up 3.9 per cent year-on-year"),
    C(I, "growth_rate", "3.9", None, None, "reported", Q4, "In dollar terms, revenue for the quarter stood at $5,172 million, up 3.9 per cent year-on-year"),
    C(I, "growth_rate", "3.2", None, None, "reported", None, "revenue grew 3.2 per cent from a year earlier"),
    C(I, "growth_rate", "1.1", None, None, "reported", None, "declined 1.1 per cent quarter-on-quarter"),
    C(I, "other", "72900000000", "INR", None, "forecast", None, "had estimated net profit at Rs 7,290 crore"),
    C(I, "revenue", "445100000000", "INR", None, "forecast", None, "revenue at Rs 44,510 crore"),
    # guidance
    C(I, "growth_rate", "1.5", None, None, "planned", FY27, "For 2026-27 (FY27), Infosys expects revenue growth of 1.5-3.5 per cent in constant currency"),
    C(I, "growth_rate", "3", None, None, "forecast", FY27, "below the 3-5 per cent some brokerages had pencilled in"),
    C(I, "other", "20", None, None, "planned", FY27, "It kept its operating margin guidance unchanged at 20-22 per cent for FY27"),
    C(I, "other", "21", None, None, "reported", Q4, "Operating margin for the quarter was 21 per cent"),
    C(I, "other", "21.1", None, None, "reported", Q4P, "against 21.1 per cent a year earlier"),
    C(I, "other", "1030000000", "USD", None, "reported", Q4, "Free cash flow for the quarter came in at $1,030 million"),
    # FY26
    C(I, "revenue", "1740000000000", "INR", None, "reported", FY26, "Infosys's revenue rose 6.9 per cent to Rs 1.74 lakh crore ($20.4 billion)"),
    C(I, "revenue", "20400000000", "USD", None, "reported", FY26, "Infosys's revenue rose 6.9 per cent to Rs 1.74 lakh crore ($20.4 billion)"),
    C(I, "growth_rate", "6.9", None, None, "reported", FY26, "Infosys's revenue rose 6.9 per cent to Rs 1.74 lakh crore ($20.4 billion)"),
    C(I, "other", "284300000000", "INR", None, "reported", FY26, "net profit grew 6.4 per cent to Rs 28,430 crore"),
    C(I, "growth_rate", "6.4", None, None, "reported", FY26, "net profit grew 6.4 per cent to Rs 28,430 crore"),
    C(I, "growth_rate", "3.1", None, None, "reported", FY26, "Revenue grew 3.1 per cent in constant currency terms during FY26"),
    C(I, "growth_rate", "3", None, None, "planned", FY26, "within the company's last revised guidance of 3-3.5 per cent"),
    # deals
    C(I, "contract_value", "4100000000", "USD", None, "reported", Q4, "Large deal total contract value (TCV) came in at $4.1 billion in the fourth quarter"),
    C(I, "contract_value", "14600000000", "USD", None, "reported", FY26, "For FY26, large deal TCV was $14.6 billion"),
    C(I, "contract_value", "11600000000", "USD", None, "reported", FY25, "compared with $11.6 billion in FY25"),
    C(["infosys", "lufthansa"], "contract_value", "1200000000", "EUR", "lufthansa", "reported", "2026-02", "an eight-year, €1.2 billion ($1.36 billion) engagement with Lufthansa Group"),
    C(["infosys", "lufthansa"], "contract_value", "1360000000", "USD", "lufthansa", "reported", "2026-02", "an eight-year, €1.2 billion ($1.36 billion) engagement with Lufthansa Group"),
    C(I, "growth_rate", "5.6", None, None, "reported", Q4, "grew 5.6 per cent in constant currency in the quarter"),
    C(I, "growth_rate", "2.3", None, None, "reported", Q4, "while manufacturing declined 2.3 per cent"),
    # people
    C(I, "headcount", "319850", None, None, "reported", "2026-03", "Infosys ended March with 3,19,850 employees"),
    C(I, "other", "3120", None, None, "reported", Q4, "a net reduction of 3,120 during the quarter"),
    C(I, "other", "14.1", None, None, "reported", Q4, "Voluntary attrition on a last-12-month basis rose to 14.1 per cent in Q4"),
    C(I, "other", "13.7", None, None, "reported", Q3, "from 13.7 per cent in the December quarter"),
    C(I, "other", "18000", None, None, "planned", FY27, "it plans to hire about 18,000 freshers in FY27"),
    C(I, "other", "17000", None, None, "reported", FY26, "after onboarding over 17,000 campus graduates in FY26"),
    # dividend, stock
    C(I, "other", "23", "INR", None, "planned", FY26, "The board recommended a final dividend of Rs 23 per share for FY26"),
    C(I, "other", "45", "INR", None, "planned", FY26, "taking the total dividend for the year to Rs 45 per share"),
    C(I, "stock_change", "1.2", None, None, "reported", REF, "Infosys shares closed 1.2 per cent lower at Rs 1,468.40 on the NSE on Thursday"),
    C(I, "other", "1468.4", "INR", None, "reported", REF, "Infosys shares closed 1.2 per cent lower at Rs 1,468.40 on the NSE on Thursday"),
    C(I, "valuation", "6100000000000", "INR", None, "reported", REF, "taking the company's market capitalisation to Rs 6.1 lakh crore"),
    C(I, "stock_change", "3.4", None, None, "reported", None, "The company's American depositary receipts slipped 3.4 per cent in New York"),
    C(I, "other", "1610", "INR", None, "forecast", None, "cut its target price to Rs 1,610 from Rs 1,700"),
    C(I, "other", "1700", "INR", None, "forecast", None, "cut its target price to Rs 1,610 from Rs 1,700"),
    # peers
    C(["tcs"], "growth_rate", "4.9", None, None, "reported", Q4, "reported a 4.9 per cent rise in Q4 net profit to Rs 12,830 crore"),
    C(["tcs"], "other", "128300000000", "INR", None, "reported", Q4, "reported a 4.9 per cent rise in Q4 net profit to Rs 12,830 crore"),
    C(["tcs"], "revenue", "661200000000", "INR", None, "reported", Q4, "on revenue of ₹66,120 crore"),
    C(["tcs"], "other", "2870", None, None, "reported", Q4, "its headcount fell by 2,870 to 5,95,430"),
    C(["tcs"], "headcount", "595430", None, None, "reported", Q4, "its headcount fell by 2,870 to 5,95,430"),
    C(["wipro"], "other", "36120000000", "INR", None, "reported", Q4, "posted a Q4 net profit of Rs 3,612 crore"),
    C(["wipro"], "revenue", "2560000000", "USD", None, "planned", Q1FY27, "guided for Q1FY27 IT services revenue of $2,560 million to $2,612 million"),
    C(["wipro"], "growth_rate", "1", None, None, "planned", Q1FY27, "implying sequential constant currency growth of -1 per cent to +1 per cent"),
    C(["wipro"], "stock_change", "0.6", None, None, "reported", None, "Wipro's shares rose 0.6 per cent before the results"),
]
write("M3.txt", REF, "Date line 'Updated On: Apr 16 2026 | 9:48 PM IST'; Infosys reported 'on Thursday' (2026-04-16).", claims)
