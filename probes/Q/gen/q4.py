from mk import C, P, write
Z = "zoom"
Q2 = P("2026-05-01", "2026-07-31")
Q2LY = P("2025-05-01", "2025-07-31")
Q3 = P("2026-08-01", "2026-10-31")
FY27 = P("2026-02-01", "2027-01-31")
TTM = P("2025-08-01", "2026-07-31")
TODAY = P("2026-08-24")
cl = [
 # CEO
 C(Z, "other", "1600", None, "reported", None, "Zoom Contact Center now has more than 1,600 customers"),
 C(Z, "other", "10000000", None, "reported", None, "Zoom Phone passed 10 million paid seats"),
 C(Z, "revenue", "150000000", "USD", "planned", P("2026-08-24", "2027-01-31"), "paid AI Companion add-ons are on track to reach $150 million in annual recurring revenue by the end of the fiscal year"),
 # CFO
 C(Z, "revenue", "1247000000", "USD", "reported", Q2, "Total revenue for the second quarter, which ended July 31, was $1.247 billion, up 4.8% year over year and up 4.6% in constant currency"),
 C(Z, "growth_rate", "4.8", None, "reported", Q2, "Total revenue for the second quarter, which ended July 31, was $1.247 billion, up 4.8% year over year and up 4.6% in constant currency"),
 C(Z, "growth_rate", "4.6", None, "reported", Q2, "Total revenue for the second quarter, which ended July 31, was $1.247 billion, up 4.8% year over year and up 4.6% in constant currency"),
 C(Z, "growth_rate", "6.5", None, "reported", None, "Enterprise revenue grew 6.5% to $740 million"),
 C(Z, "revenue", "740000000", "USD", "reported", None, "Enterprise revenue grew 6.5% to $740 million"),
 C(Z, "growth_rate", "2.3", None, "reported", None, "Online revenue rose 2.3% to $507 million"),
 C(Z, "revenue", "507000000", "USD", "reported", None, "Online revenue rose 2.3% to $507 million"),
 C(Z, "other", "194200", None, "reported", Q2, "We ended the quarter with 194,200 Enterprise customers, up 2% year over year"),
 C(Z, "growth_rate", "2", None, "reported", Q2, "We ended the quarter with 194,200 Enterprise customers, up 2% year over year"),
 C(Z, "growth_rate", "8", None, "reported", None, "The number of customers contributing more than $100,000 in trailing 12-month revenue grew 8% to 4,390"),
 C(Z, "other", "4390", None, "reported", None, "The number of customers contributing more than $100,000 in trailing 12-month revenue grew 8% to 4,390"),
 C(Z, "other", "99", None, "reported", TTM, "Our trailing 12-month net dollar expansion rate for Enterprise customers was 99%"),
 C(Z, "other", "98", None, "reported", Q2LY, "up from 98% in Q2 of last year"),
 C(Z, "other", "2.7", None, "reported", None, "In Online, average monthly churn was 2.7%"),
 C(Z, "growth_rate", "3", None, "reported", None, "average revenue per paying Online user rose 3% to $29.40 a month"),
 C(Z, "other", "29.4", "USD", "reported", None, "average revenue per paying Online user rose 3% to $29.40 a month"),
 C(Z, "operating_income", "310000000", "USD", "reported", None, "GAAP operating income was $310 million"),
 C(Z, "operating_income", "500000000", "USD", "reported", None, "Non-GAAP operating income was $500 million, for a non-GAAP operating margin of 40.1%"),
 C(Z, "other", "40.1", None, "reported", None, "Non-GAAP operating income was $500 million, for a non-GAAP operating margin of 40.1%"),
 C(Z, "eps", "1.52", "USD", "reported", None, "Non-GAAP diluted earnings per share were $1.52"),
 C(Z, "eps", "1.41", "USD", "reported", Q2LY, "compared with $1.41 in the second quarter of fiscal 2026"),
 C(Z, "other", "512000000", "USD", "reported", None, "Operating cash flow was $512 million"),
 C(Z, "other", "480000000", "USD", "reported", None, "free cash flow was $480 million, down 3% from a year ago"),
 C(Z, "growth_rate", "3", None, "reported", None, "free cash flow was $480 million, down 3% from a year ago"),
 C(Z, "other", "8100000000", "USD", "reported", Q2, "We ended the quarter with $8.1 billion in cash, cash equivalents and marketable securities"),
 C(Z, "other", "365000000", "USD", "reported", Q2, "During Q2 we repurchased 4.6 million shares for approximately $365 million"),
 C(Z, "other", "2000000000", "USD", "planned", TODAY, "Today our board authorized an additional $2 billion share repurchase program"),
 C(Z, "other", "2600000000", "USD", "planned", TODAY, "bringing our remaining authorization to about $2.6 billion"),
 C(Z, "revenue", "1250000000", "USD", "planned", Q3, "For the third quarter of fiscal 2027, we expect total revenue of $1.250 billion to $1.255 billion"),
 C(Z, "operating_income", "495000000", "USD", "planned", Q3, "non-GAAP operating income of $495 million to $500 million"),
 C(Z, "eps", "1.5", "USD", "planned", Q3, "non-GAAP diluted EPS of $1.50 to $1.52"),
 C(Z, "revenue", "4970000000", "USD", "planned", FY27, "For the full fiscal year 2027, we are raising our revenue outlook to $4.970 billion to $4.980 billion"),
 C(Z, "revenue", "4930000000", "USD", "planned", FY27, "from $4.930 billion to $4.945 billion previously"),
 C(Z, "other", "1880000000", "USD", "planned", None, "We now expect free cash flow of $1.88 billion to $1.92 billion"),
 C(Z, "headcount", "7400", None, "reported", Q2, "We ended the quarter with roughly 7,400 employees"),
 # Q&A
 C(Z, "revenue", "1262000000", "USD", "forecast", Q3, "The Street was at about $1.262 billion for Q3 revenue"),
 C(Z, "growth_rate", "1", None, "planned", Q3, "We assume Online revenue declines about 1% sequentially in Q3"),
 C(Z, "other", "99", None, "reported", None, "Net dollar expansion ticked up to 99%"),
 C(Z, "other", "100", None, "planned", P("2026-08-24", "2027-01-31"), "We expect the Enterprise net dollar expansion rate to reach 100% or better by the end of fiscal 2027"),
 C(Z, "other", "2000000000", "USD", "planned", None, "With the new $2 billion authorization"),
 C(Z, "other", "1200000000", "USD", "planned", FY27, "should we still think about $1.2 billion of buybacks this fiscal year"),
 C(Z, "other", "1500000000", "USD", "planned", FY27, "We now expect to repurchase about $1.5 billion of stock in fiscal 2027"),
 C(Z, "other", "1200000000", "USD", "planned", FY27, "up from the $1.2 billion we discussed in May"),
]
write("Q4", "Q4.txt", "2026-08-24",
      "Transcript header 'Date: Monday, August 24, 2026'; Zoom's fiscal 2027 runs Feb 1, 2026 to Jan 31, 2027 as the IR remarks say, so Q2 ended July 31, 2026.",
      cl)
