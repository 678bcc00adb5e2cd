from mk import C, P, write
N = "netflix"
REF = "2026-07-16"
Q2 = P("2026-04-01", "2026-06-30"); Q2LY = P("2025-04-01", "2025-06-30"); Q1 = P("2026-01-01", "2026-03-31")
Q3 = P("2026-07-01", "2026-09-30"); Y26 = P("2026-01-01", "2026-12-31"); Y25 = P("2025-01-01", "2025-12-31")
Y27 = P("2027-01-01", "2027-12-31")
JUN = P("2026-06-01", "2026-06-30"); MAR = P("2026-03-01", "2026-03-31")
THU = P(REF)
cl = [
 # headline
 C(N, "growth_rate", "16", None, "reported", Q2, "Netflix Q2 Earnings: Revenue Rises 16% To $12.84B"),
 C(N, "revenue", "12840000000", "USD", "reported", Q2, "Netflix Q2 Earnings: Revenue Rises 16% To $12.84B"),
 # results
 C(N, "revenue", "12840000000", "USD", "reported", Q2, "The streamer posted revenue of $12.84 billion for the April-June quarter, up 15.9% from $11.08 billion a year earlier"),
 C(N, "growth_rate", "15.9", None, "reported", Q2, "The streamer posted revenue of $12.84 billion for the April-June quarter, up 15.9% from $11.08 billion a year earlier"),
 C(N, "revenue", "11080000000", "USD", "reported", Q2LY, "up 15.9% from $11.08 billion a year earlier"),
 C(N, "revenue", "12770000000", "USD", "forecast", Q2, "ahead of the $12.77 billion analysts had expected, according to LSEG"),
 C(N, "revenue", "12250000000", "USD", "reported", Q1, "Revenue last quarter was $12.25 billion"),
 C(N, "operating_income", "4370000000", "USD", "reported", Q2, "Operating income came in at $4.37 billion, for an operating margin of 34% in the second quarter"),
 C(N, "other", "34", None, "reported", Q2, "Operating income came in at $4.37 billion, for an operating margin of 34% in the second quarter"),
 C(N, "other", "34.1", None, "reported", Q2LY, "That compares with 34.1% in the second quarter of 2025"),
 C(N, "other", "32.4", None, "reported", Q1, "32.4% last quarter"),
 C(N, "eps", "0.83", "USD", "reported", Q2, "Second-quarter earnings per share were 83 cents"),
 C(N, "eps", "0.72", "USD", "reported", Q2LY, "versus 72 cents a year earlier"),
 C(N, "eps", "0.81", "USD", "forecast", Q2, "the 81 cents the Street was looking for"),
 C(N, "growth_rate", "15", None, "reported", None, "Net income rose 15% to $3.61 billion"),
 C(N, "other", "3610000000", "USD", "reported", None, "Net income rose 15% to $3.61 billion"),
 C(N, "other", "2510000000", "USD", "reported", Q2, "Free cash flow was $2.51 billion in the quarter"),
 C(N, "other", "2270000000", "USD", "reported", Q2LY, "up from $2.27 billion in the same period of 2025"),
 # membership
 C(N, "other", "338000000", None, "reported", JUN, "paid memberships topped 338 million at the end of June"),
 C(N, "other", "325000000", None, "reported", Y25, "up from 325 million at the end of 2025"),
 C(N, "growth_rate", "8", None, "reported", Q2, "Average revenue per membership rose 8% from a year earlier to $12.71 a month in the second quarter"),
 C(N, "other", "12.71", "USD", "reported", Q2, "Average revenue per membership rose 8% from a year earlier to $12.71 a month in the second quarter"),
 C(N, "other", "250000000", None, "reported", None, "The ad-supported plan now reaches more than 250 million monthly active viewers"),
 C(N, "revenue", "3000000000", "USD", "planned", Y26, "Netflix remains on track to roughly double its advertising revenue this year to about $3 billion"),
 # guidance
 C(N, "revenue", "13360000000", "USD", "planned", Q3, "For the third quarter, Netflix forecast revenue of $13.36 billion"),
 C(N, "eps", "0.8", "USD", "planned", Q3, "earnings of 80 cents a share"),
 C(N, "other", "31.8", None, "planned", Q3, "with an operating margin of 31.8%"),
 C(N, "revenue", "13210000000", "USD", "forecast", Q3, "Analysts had expected third-quarter revenue of $13.21 billion and EPS of 78 cents"),
 C(N, "eps", "0.78", "USD", "forecast", Q3, "Analysts had expected third-quarter revenue of $13.21 billion and EPS of 78 cents"),
 C(N, "revenue", "51400000000", "USD", "planned", Y26, "The company now expects 2026 revenue of $51.4 billion to $52.2 billion"),
 C(N, "revenue", "50700000000", "USD", "planned", Y26, "up from its previous forecast of $50.7 billion to $51.7 billion"),
 C(N, "other", "32", None, "planned", Y26, "raised its full-year operating margin target to 32% from 31.5%"),
 C(N, "other", "31.5", None, "planned", Y26, "raised its full-year operating margin target to 32% from 31.5%"),
 C(N, "spending", "20500000000", "USD", "planned", Y26, "Netflix also raised its 2026 content spending forecast to about $20.5 billion from $20 billion"),
 C(N, "spending", "20000000000", "USD", "planned", Y26, "Netflix also raised its 2026 content spending forecast to about $20.5 billion from $20 billion"),
 C(N, "other", "11000000000", "USD", "planned", Y26, "It expects free cash flow of about $11 billion for 2026, up from about $10.5 billion previously"),
 C(N, "other", "10500000000", "USD", "planned", Y26, "It expects free cash flow of about $11 billion for 2026, up from about $10.5 billion previously"),
 # stock, analysts
 C(N, "stock_change", "2.6", None, "reported", THU, "Netflix shares fell 2.6% to $94.10 in after-hours trading on Thursday"),
 C(N, "other", "94.1", "USD", "reported", THU, "Netflix shares fell 2.6% to $94.10 in after-hours trading on Thursday"),
 C(N, "stock_change", "14", None, "reported", P("2026-01-01", REF), "The stock had gained 14% so far this year before the report"),
 C(N, "other", "118", "USD", "forecast", None, "who has an outperform rating and a $118 price target on the stock"),
 C(N, "revenue", "58400000000", "USD", "forecast", Y27, "Reyes forecast 2027 revenue of $58.4 billion"),
 C(N, "other", "345000000", None, "forecast", Y26, "MoffettNathanson estimates Netflix will end 2026 with about 345 million paid memberships"),
 # competition
 C(N, "market_share", "8.7", None, "reported", JUN, "Netflix accounted for 8.7% of all U.S. TV viewing time in June"),
 C("youtube", "market_share", "13.4", None, "reported", JUN, "behind YouTube's 13.4%"),
 C("warner-bros-discovery", "other", "132000000", None, "reported", MAR, "Warner Bros. Discovery said HBO Max had 132 million subscribers at the end of March"),
 C("paramount", "other", "79100000", None, "reported", MAR, "Paramount Skydance's Paramount+ had 79.1 million at the end of March"),
]
write("L6", "L6.txt", REF,
      "Byline 'July 16, 2026 2:38pm' (a Thursday); 'Thursday's shareholder letter' and after-hours trading 'on Thursday' put the report on 2026-07-16, for the April-June 2026 quarter.",
      cl)
