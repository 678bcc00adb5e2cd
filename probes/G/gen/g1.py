from mk import C, P, write
A = "bharti-airtel"; AG = [A, "gic"]
Q = P("2026-04-01", "2026-06-30"); QLY = P("2025-04-01", "2025-06-30")
Q4 = P("2026-01-01", "2026-03-31"); FY26 = P("2025-04-01", "2026-03-31"); FY27 = P("2026-04-01", "2027-03-31")
JUN26 = P("2026-06-01", "2026-06-30"); JUN25 = P("2025-06-01", "2025-06-30")
TUE = P("2026-08-04"); MON = P("2026-08-03")
cl = [
 # headline and bullets
 C(A, "growth_rate", "29", None, "reported", Q, "Bharti Airtel Q1 profit jumps 29% on tariff hikes"),
 C(A, "other", "74200000000", "INR", "reported", Q, "Q1 net profit 74.2 bln rupees vs LSEG estimate of 70.6 bln rupees"),
 C(A, "other", "70600000000", "INR", "forecast", Q, "Q1 net profit 74.2 bln rupees vs LSEG estimate of 70.6 bln rupees"),
 C(A, "other", "281", "INR", "reported", None, "India mobile ARPU rises to 281 rupees from 250 rupees a year ago"),
 C(A, "other", "250", "INR", "reported", None, "India mobile ARPU rises to 281 rupees from 250 rupees a year ago"),
 C(AG, "other", "3.2", None, "reported", None, "To sell 3.2% of Indus Towers to GIC for about 39.3 bln rupees", "indus-towers"),
 C(AG, "contract_value", "39300000000", "INR", "reported", None, "To sell 3.2% of Indus Towers to GIC for about 39.3 bln rupees", "gic"),
 C(A, "stock_change", "2.6", None, "reported", None, "Shares hit record high, close up 2.6%"),
 # lede
 C(A, "growth_rate", "29", None, "reported", Q, "Bharti Airtel reported a 29% jump in first-quarter profit on Tuesday"),
 C(A, "other", "74200000000", "INR", "reported", Q, "Consolidated net profit rose to 7,420 crore rupees ($890 million) in the April-June quarter"),
 C(A, "other", "890000000", "USD", "reported", Q, "Consolidated net profit rose to 7,420 crore rupees ($890 million) in the April-June quarter"),
 C(A, "other", "57500000000", "INR", "reported", QLY, "from 5,750 crore rupees a year earlier"),
 C(A, "other", "70600000000", "INR", "forecast", None, "Analysts on average had expected a profit of 7,060 crore rupees"),
 C(A, "growth_rate", "17", None, "reported", None, "Revenue from operations rose 17% to 58,300 crore rupees ($6.99 billion)"),
 C(A, "revenue", "583000000000", "INR", "reported", None, "Revenue from operations rose 17% to 58,300 crore rupees ($6.99 billion)"),
 C(A, "revenue", "6990000000", "USD", "reported", None, "Revenue from operations rose 17% to 58,300 crore rupees ($6.99 billion)"),
 C(A, "growth_rate", "21", None, "reported", None, "(EBITDA) climbed 21% to 33,200 crore rupees"),
 C(A, "other", "332000000000", "INR", "reported", None, "(EBITDA) climbed 21% to 33,200 crore rupees"),
 C(A, "other", "56.9", None, "reported", Q, "The EBITDA margin widened to 56.9% in the quarter from 55.1% a year earlier"),
 C(A, "other", "55.1", None, "reported", QLY, "The EBITDA margin widened to 56.9% in the quarter from 55.1% a year earlier"),
 C(A, "growth_rate", "19", None, "reported", None, "Revenue from the India business grew 19% to 44,100 crore rupees"),
 C(A, "revenue", "441000000000", "INR", "reported", None, "Revenue from the India business grew 19% to 44,100 crore rupees"),
 C("airtel-africa", "revenue", "1410000000", "USD", "reported", None, "reported revenue of $1.41 billion last week, up 24% in constant currency"),
 C("airtel-africa", "growth_rate", "24", None, "reported", None, "reported revenue of $1.41 billion last week, up 24% in constant currency"),
 # ARPU and subscribers
 C(A, "other", "281", "INR", "reported", Q, "rose to 281 rupees in the June quarter"),
 C(A, "other", "258", "INR", "reported", Q4, "from 258 rupees in the January-March quarter"),
 C(A, "other", "250", "INR", "reported", QLY, "and 250 rupees a year earlier"),
 C(A, "other", "436000000", None, "reported", JUN26, "Airtel's customer base in India grew to 436 million at the end of June from 424 million a year earlier"),
 C(A, "other", "424000000", None, "reported", JUN25, "Airtel's customer base in India grew to 436 million at the end of June from 424 million a year earlier"),
 C(A, "other", "5100000", None, "reported", Q, "It added 5.1 million mobile subscribers in the quarter"),
 C(A, "other", "3500000", None, "forecast", Q, "beating the 3.5 million expected by brokerage Motilal Oswal"),
 C(A, "other", "6400000", None, "reported", None, "The number of smartphone data customers rose by 6.4 million to 298 million"),
 C(A, "other", "298000000", None, "reported", None, "The number of smartphone data customers rose by 6.4 million to 298 million"),
 # capex, targets, debt
 C(A, "capital_expenditure", "79500000000", "INR", "reported", Q, "Capital expenditure fell to 79.5 billion rupees in the quarter from 92.1 billion rupees a year earlier"),
 C(A, "capital_expenditure", "92100000000", "INR", "reported", QLY, "Capital expenditure fell to 79.5 billion rupees in the quarter from 92.1 billion rupees a year earlier"),
 C(A, "capital_expenditure", "320000000000", "INR", "reported", FY26, "the roughly 32,000 crore rupees the company spent in fiscal 2026"),
 C(A, "other", "310000000", None, "planned", P("2026-08-04", "2027-03-31"), "Airtel aimed to cross 310 million smartphone customers by the end of the fiscal year"),
 C("nxtra", "capacity", "180", None, "planned", P("2026-08-04", "2028-12-31"), "Its data centre arm Nxtra plans to add 180 MW of capacity by 2028"),
 C(A, "other", "1920000000000", "INR", "reported", JUN26, "stood at 1.92 lakh crore rupees ($23 billion) at the end of June"),
 C(A, "other", "23000000000", "USD", "reported", JUN26, "stood at 1.92 lakh crore rupees ($23 billion) at the end of June"),
 # tower stake
 C(AG, "other", "3.2", None, "reported", None, "Airtel said it had agreed to sell a 3.2% stake in Indus Towers to Singapore sovereign wealth fund GIC", "indus-towers"),
 C(AG, "other", "465", "INR", "reported", None, "GIC at 465 rupees a share, for about 3,930 crore rupees ($471 million)", "gic"),
 C(AG, "contract_value", "39300000000", "INR", "reported", None, "GIC at 465 rupees a share, for about 3,930 crore rupees ($471 million)", "gic"),
 C(AG, "contract_value", "471000000", "USD", "reported", None, "GIC at 465 rupees a share, for about 3,930 crore rupees ($471 million)", "gic"),
 C(AG, "other", "4.1", None, "reported", None, "The price is a 4.1% discount to Indus Towers' closing price of 485 rupees on Monday", "gic"),
 C("indus-towers", "other", "485", "INR", "reported", MON, "Indus Towers' closing price of 485 rupees on Monday"),
 C(A, "other", "50.3", None, "planned", None, "The sale will cut Airtel's holding in Indus to 50.3% from 53.5%", "indus-towers"),
 C(A, "other", "53.5", None, "reported", None, "The sale will cut Airtel's holding in Indus to 50.3% from 53.5%", "indus-towers"),
 C("indus-towers", "other", "260000", None, "reported", None, "which operates about 2.6 lakh towers across India"),
 C("vodafone", "other", "3", None, "reported", P("2024-12-01", "2024-12-31"), "Vodafone Group sold its last 3% of Indus Towers in block deals in December 2024 for about 2,800 crore rupees", "indus-towers"),
 C("vodafone", "contract_value", "28000000000", "INR", "reported", P("2024-12-01", "2024-12-31"), "Vodafone Group sold its last 3% of Indus Towers in block deals in December 2024 for about 2,800 crore rupees"),
 C("indus-towers", "growth_rate", "9", None, "reported", Q, "Indus Towers last week reported a 9% rise in June-quarter profit to 1,930 crore rupees"),
 C("indus-towers", "other", "19300000000", "INR", "reported", Q, "Indus Towers last week reported a 9% rise in June-quarter profit to 1,930 crore rupees"),
 # rivals
 C("jio-platforms", "other", "229", "INR", "reported", Q, "Market leader Reliance Jio said last month its ARPU rose to 229 rupees in the June quarter, while it added 7.3 million subscribers"),
 C("jio-platforms", "other", "7300000", None, "reported", Q, "Market leader Reliance Jio said last month its ARPU rose to 229 rupees in the June quarter, while it added 7.3 million subscribers"),
 C("vodafone-idea", "other", "1900000", None, "reported", Q, "lost 1.9 million subscribers in the quarter"),
 C(A, "market_share", "33.9", None, "reported", JUN26, "Airtel's share of India's wireless subscribers rose to 33.9% at the end of June"),
 # shares
 C(A, "stock_change", "3.8", None, "reported", TUE, "Airtel shares rose as much as 3.8% to a record high of 2,148 rupees in Mumbai on Tuesday and closed up 2.6%"),
 C(A, "other", "2148", "INR", "reported", TUE, "Airtel shares rose as much as 3.8% to a record high of 2,148 rupees in Mumbai on Tuesday and closed up 2.6%"),
 C(A, "stock_change", "2.6", None, "reported", TUE, "Airtel shares rose as much as 3.8% to a record high of 2,148 rupees in Mumbai on Tuesday and closed up 2.6%"),
 C(A, "valuation", "13000000000000", "INR", "reported", TUE, "giving the company a market value of about 13 lakh crore rupees ($156 billion)"),
 C(A, "valuation", "156000000000", "USD", "reported", TUE, "giving the company a market value of about 13 lakh crore rupees ($156 billion)"),
 C("indus-towers", "stock_change", "3.4", None, "reported", None, "Indus Towers shares fell 3.4%"),
 # analysts
 C(A, "other", "2460", "INR", "forecast", None, "who rate Airtel \"buy\" with a price target of 2,460 rupees"),
 C(A, "other", "300", "INR", "hedged", P("2026-08-04", "2027-03-31"), "its ARPU could reach 300 rupees by March 2027"),
 C(A, "other", "1380000000000", "INR", "forecast", FY27, "Kotak Institutional Equities raised its fiscal 2027 EBITDA estimate for Airtel to 1.38 lakh crore rupees"),
]
write("G1", "G1.txt", "2026-08-04",
      "Dateline 'NEW DELHI, Aug 4 (Reuters)' and 'reported ... on Tuesday'; Aug 4, 2026 is a Tuesday (results for the April-June quarter, the first of fiscal 2027).",
      cl)
