from mk import C, P, write
IG = "interglobe-aviation"; I = "indigo"; AB = "airbus"
FY26 = P("2025-04-01", "2026-03-31"); FY25 = P("2024-04-01", "2025-03-31"); FY27 = P("2026-04-01", "2027-03-31")
Q4 = P("2026-01-01", "2026-03-31"); Q4LY = P("2025-01-01", "2025-03-31"); Q1FY27 = P("2026-04-01", "2026-06-30")
MAR26 = P("2026-03-01", "2026-03-31"); MAR25 = P("2025-03-01", "2025-03-31")
WED = P("2026-05-20")
cl = [
 # headline
 C(IG, "growth_rate", "22", None, "reported", FY26, "IndiGo parent InterGlobe's FY26 profit falls 22% to ₹5,660 crore"),
 C(IG, "other", "56600000000", "INR", "reported", FY26, "IndiGo parent InterGlobe's FY26 profit falls 22% to ₹5,660 crore"),
 C(I, "growth_rate", "12", None, "planned", FY27, "airline guides 12-14% capacity growth for FY27"),
 # synopsis
 C(IG, "revenue", "900000000000", "INR", "reported", None, "InterGlobe Aviation's revenue crossed ₹90,000 crore for the first time"),
 C(I, "other", "124000000", None, "reported", None, "IndiGo flew a record 12.4 crore passengers"),
 C([I, AB], "other", "40", None, "reported", None, "The airline also firmed up an order for 40 Airbus A321XLR jets", counterparty=AB),
 # lede
 C(IG, "growth_rate", "22", None, "reported", FY26, "reported a 22% fall in consolidated net profit to ₹5,660 crore for the financial year ended March 31, 2026 (FY26)"),
 C(IG, "other", "56600000000", "INR", "reported", FY26, "reported a 22% fall in consolidated net profit to ₹5,660 crore for the financial year ended March 31, 2026 (FY26)"),
 C(IG, "other", "72580000000", "INR", "reported", FY25, "from ₹7,258 crore in FY25"),
 C(IG, "growth_rate", "13.2", None, "reported", FY26, "Revenue from operations rose 13.2% to ₹91,470 crore (about $10.7 billion) in FY26"),
 C(IG, "revenue", "914700000000", "INR", "reported", FY26, "Revenue from operations rose 13.2% to ₹91,470 crore (about $10.7 billion) in FY26"),
 C(IG, "revenue", "10700000000", "USD", "reported", FY26, "Revenue from operations rose 13.2% to ₹91,470 crore (about $10.7 billion) in FY26"),
 # Q4
 C(IG, "growth_rate", "15", None, "reported", Q4, "For the January-March quarter, net profit declined 15% to ₹2,607 crore"),
 C(IG, "other", "26070000000", "INR", "reported", Q4, "For the January-March quarter, net profit declined 15% to ₹2,607 crore"),
 C(IG, "other", "30670000000", "INR", "reported", Q4LY, "from ₹3,067 crore a year earlier"),
 C(IG, "growth_rate", "10.6", None, "reported", Q4, "revenue from operations rose 10.6% to ₹24,490 crore"),
 C(IG, "revenue", "244900000000", "INR", "reported", Q4, "revenue from operations rose 10.6% to ₹24,490 crore"),
 C(IG, "other", "28100000000", "INR", "forecast", None, "Analysts polled by Bloomberg had, on average, expected a profit of ₹2,810 crore"),
 # forex
 C(IG, "other", "18420000000", "INR", "reported", FY26, "The company booked a foreign exchange loss of ₹1,842 crore in FY26"),
 C(IG, "other", "2140000000", "INR", "reported", FY25, "against a gain of ₹214 crore in the previous year"),
 # traffic, fleet
 C(I, "other", "124000000", None, "reported", FY26, "IndiGo carried a record 12.4 crore passengers in FY26"),
 C(I, "growth_rate", "6.9", None, "reported", FY26, "IndiGo carried a record 12.4 crore passengers in FY26, up 6.9% from 11.6 crore a year earlier"),
 C(I, "other", "116000000", None, "reported", FY25, "up 6.9% from 11.6 crore a year earlier"),
 C(I, "other", "446", None, "reported", MAR26, "ended March with a fleet of 446 aircraft"),
 C(I, "other", "434", None, "reported", MAR25, "compared with 434 a year ago"),
 C(I, "other", "19000000", None, "reported", FY26, "International passengers rose to 1.9 crore in FY26"),
 C(I, "other", "16000000", None, "reported", FY25, "from 1.6 crore in FY25"),
 C(I, "other", "520000", None, "reported", P("2026-04-19"), "On April 19, IndiGo flew a record 5.2 lakh passengers in a single day"),
 # market shares
 C(I, "market_share", "64.2", None, "reported", Q4, "IndiGo's domestic market share stood at 64.2% in the January-March quarter"),
 C("air-india", "market_share", "26.5", None, "reported", Q4, "Air India group had 26.5%"),
 C("akasa-air", "market_share", "5.1", None, "reported", Q4, "Akasa Air had 5.1%"),
 C("spicejet", "market_share", "2.6", None, "reported", Q4, "SpiceJet 2.6% in the same quarter"),
 # unit metrics, fuel
 C(I, "other", "85.9", None, "reported", FY26, "IndiGo's passenger load factor, or the share of seats filled, was 85.9% in FY26"),
 C(I, "other", "86.3", None, "reported", FY25, "compared with 86.3% in FY25"),
 C(I, "growth_rate", "2.8", None, "reported", FY26, "yield, the average fare per kilometre flown, rose 2.8% to ₹5.18"),
 C(I, "other", "5.18", "INR", "reported", FY26, "yield, the average fare per kilometre flown, rose 2.8% to ₹5.18"),
 C(I, "other", "36.4", None, "reported", FY26, "Fuel costs, IndiGo's single biggest expense, made up 36.4% of total expenses in FY26"),
 C(I, "other", "38.9", None, "reported", FY25, "down from 38.9% in FY25"),
 C(I, "other", "98700000000", "INR", "reported", FY26, "IndiGo's aircraft and engine rentals, largely payable in dollars, amounted to ₹9,870 crore in FY26"),
 # balance sheet
 C(IG, "other", "482100000000", "INR", "reported", P("2026-03-31"), "InterGlobe had total cash of ₹48,210 crore"),
 C(IG, "other", "331400000000", "INR", "reported", P("2026-03-31"), "including free cash of ₹33,140 crore"),
 C(IG, "other", "715600000000", "INR", "reported", P("2026-03-31"), "total debt, including lease liabilities, of ₹71,560 crore"),
 # order
 C([I, AB], "other", "40", None, "reported", None, "IndiGo also said it had firmed up an order for 40 Airbus A321XLR aircraft", counterparty=AB),
 C([I, AB], "contract_value", "5700000000", "USD", "reported", None, "valued at about $5.7 billion (nearly ₹48,700 crore) at list prices", counterparty=AB),
 C([I, AB], "contract_value", "487000000000", "INR", "reported", None, "valued at about $5.7 billion (nearly ₹48,700 crore) at list prices", counterparty=AB),
 C(I, "other", "950", None, "reported", None, "IndiGo's outstanding order book now stands at more than 950 aircraft"),
 C(I, "other", "60", None, "planned", FY27, "The airline expects to induct about 60 new aircraft in FY27"),
 # outlook
 C(I, "growth_rate", "12", None, "planned", FY27, "For FY27, IndiGo expects capacity, measured in available seat kilometres (ASKs), to grow 12-14%"),
 C(I, "growth_rate", "13", None, "planned", Q1FY27, "with capacity in the April-June quarter up about 13% on year"),
 C(I, "other", "30", None, "planned", P("2026-05-21", "2027-03-31"), "International routes are set to make up about 30% of IndiGo's ASKs by the end of FY27"),
 C(I, "other", "27", None, "reported", None, "from 27% now"),
 C(IG, "capital_expenditure", "380000000000", "INR", "planned", FY27, "InterGlobe has budgeted capital expenditure of about ₹38,000 crore for FY27"),
 C(IG, "other", "10", "INR", "planned", FY26, "The board recommended a final dividend of ₹10 per share for FY26"),
 C(I, "headcount", "41000", None, "reported", MAR26, "IndiGo had more than 41,000 employees at the end of March"),
 # shares, brokerages
 C(IG, "stock_change", "1.8", None, "reported", WED, "InterGlobe shares ended 1.8% lower at ₹5,714.50 on the NSE on Wednesday"),
 C(IG, "other", "5714.5", "INR", "reported", WED, "InterGlobe shares ended 1.8% lower at ₹5,714.50 on the NSE on Wednesday"),
 C(IG, "valuation", "2210000000000", "INR", "reported", WED, "valuing the company at about ₹2.21 lakh crore"),
 C(IG, "other", "6800", "INR", "forecast", None, "with a target price of ₹6,800"),
 C(IG, "other", "89000000000", "INR", "forecast", FY27, "it expects InterGlobe's FY27 net profit to rebound to about ₹8,900 crore"),
 # rival
 C(["air-india", "air-india-express"], "other", "108590000000", "INR", "reported", FY25, "the airline and its low-cost arm Air India Express together posted a loss of ₹10,859 crore in FY25"),
]
write("L2", "L2.txt", "2026-05-21",
      "Byline 'Updated: 21 May 2026, 08:40 AM IST'; InterGlobe reported 'on Wednesday' (2026-05-20) results for the year ended March 31, 2026.",
      cl)
