from mk import C, P, write
N = "nintendo"; S = "sony"; MS = "microsoft"; TT = "take-two"
FY26 = P("2025-04-01", "2026-03-31")   # fiscal year ended March 31, 2026 ("the year just ended", "the year to March")
FY25 = P("2024-04-01", "2025-03-31")
FY27 = P("2026-04-01", "2027-03-31")   # "the current fiscal year", "the year to March 2027"
FRI = P("2026-05-08")
JM26 = P("2026-01-01", "2026-03-31"); JM25 = P("2025-01-01", "2025-03-31")
cl = [
 C(N, "other", "20000000", None, "planned", FY27, "Nintendo sees Switch 2 sales of 20 million this fiscal year"),
 C(N, "other", "20000000", None, "planned", FY27, "Nintendo expects to sell 20 million Switch 2 consoles in the year to March 2027"),
 C(N, "other", "22000000", None, "forecast", FY27, "fell short of the 22 million units Mizuho Securities had pencilled in"),
 C(N, "stock_change", "5.8", None, "reported", FRI, "fell 5.8% to 11,260 yen in Tokyo on Friday"),
 C(N, "other", "11260", "JPY", "reported", FRI, "fell 5.8% to 11,260 yen in Tokyo on Friday"),
 C(N, "other", "900000000000", "JPY", "reported", FRI, "wiping about 900 billion yen off its market value"),
 # record year
 C(N, "revenue", "2380000000000", "JPY", "reported", FY26, "Net sales for the fiscal year ended March 31 more than doubled to 2.38 trillion yen ($15.4 billion)"),
 C(N, "revenue", "15400000000", "USD", "reported", FY26, "Net sales for the fiscal year ended March 31 more than doubled to 2.38 trillion yen ($15.4 billion)"),
 C(N, "revenue", "1160000000000", "JPY", "reported", FY25, "from 1.16 trillion yen a year earlier"),
 C(N, "growth_rate", "46", None, "reported", None, "Operating profit rose 46% to 412.6 billion yen"),
 C(N, "operating_income", "412600000000", "JPY", "reported", None, "Operating profit rose 46% to 412.6 billion yen"),
 C(N, "operating_income", "398000000000", "JPY", "forecast", None, "ahead of the 398 billion yen average of 21 analysts' estimates compiled by LSEG"),
 C(N, "other", "402100000000", "JPY", "reported", None, "Net profit came to 402.1 billion yen"),
 C(N, "other", "19860000", None, "reported", FY26, "The company sold 19.86 million Switch 2 units in the fiscal year"),
 C(N, "other", "61300000", None, "reported", FY26, "along with 61.3 million units of Switch 2 software"),
 C(N, "other", "14200000", None, "reported", None, "accounted for 14.2 million units"),
 C(N, "other", "5100000", None, "reported", None, "Donkey Kong Bananza sold 5.1 million"),
 C(N, "growth_rate", "61", None, "reported", FY26, "fell 61% to 4.1 million units in the fiscal year"),
 C(N, "other", "4100000", None, "reported", FY26, "fell 61% to 4.1 million units in the fiscal year"),
 C(N, "other", "156100000", None, "reported", None, "taking lifetime shipments to 156.1 million"),
 C(N, "operating_income", "71300000000", "JPY", "reported", JM26, "In the January-March quarter alone, operating profit was 71.3 billion yen"),
 C(N, "operating_income", "58200000000", "JPY", "reported", JM25, "compared with 58.2 billion yen a year earlier"),
 # guidance
 C(N, "operating_income", "460000000000", "JPY", "planned", FY27, "For the current fiscal year, Nintendo forecast operating profit of 460 billion yen on net sales of 2.5 trillion yen"),
 C(N, "revenue", "2500000000000", "JPY", "planned", FY27, "For the current fiscal year, Nintendo forecast operating profit of 460 billion yen on net sales of 2.5 trillion yen"),
 C(N, "other", "80000000", None, "planned", FY27, "software sales for the Switch 2 of 80 million units"),
 C(N, "other", "390000000000", "JPY", "planned", None, "It expects net profit to fall to 390 billion yen"),
 C(N, "other", "499.99", "USD", "reported", P("2026-04-01", "2026-04-30"), "Nintendo raised the U.S. price of the Switch 2 to $499.99 from $449.99 in April"),
 C(N, "other", "449.99", "USD", "reported", None, "Nintendo raised the U.S. price of the Switch 2 to $499.99 from $449.99 in April"),
 C(N, "other", "45000000000", "JPY", "planned", FY27, "expected U.S. tariffs to cost about 45 billion yen in the current year"),
 C(N, "other", "28000000000", "JPY", "reported", FY26, "up from an estimated 28 billion yen in the year just ended"),
 C(N, "other", "262", "JPY", "planned", FY27, "It plans to pay an annual dividend of 262 yen a share for the current year"),
 C(N, "other", "242", "JPY", "reported", FY26, "after 242 yen for the year to March"),
 C(N, "headcount", "8205", None, "reported", P("2026-03-01", "2026-03-31"), "The company had 8,205 employees at the end of March, up 7% from a year earlier"),
 C(N, "growth_rate", "7", None, "reported", P("2026-03-01", "2026-03-31"), "The company had 8,205 employees at the end of March, up 7% from a year earlier"),
 # brokers
 C(N, "operating_income", "505000000000", "JPY", "forecast", FY27, "had forecast operating profit of 505 billion yen for the current year"),
 C(N, "operating_income", "520000000000", "JPY", "forecast", None, "Iwai Cosmo Securities expects operating profit of 520 billion yen"),
 C(N, "other", "23000000", None, "forecast", None, "sales of 23 million Switch 2 units"),
 C(N, "other", "13800", "JPY", "forecast", None, "cut its price target on the stock to 13,800 yen from 14,500 yen"),
 C(N, "other", "14500", "JPY", "forecast", None, "cut its price target on the stock to 13,800 yen from 14,500 yen"),
 # rivals
 C(S, "operating_income", "480000000000", "JPY", "planned", FY26, "operating profit of about 480 billion yen for the year ended in March"),
 C(MS, "growth_rate", "3", None, "reported", JM26, "its Xbox content and services revenue fell 3% in the January-March quarter"),
 C(MS, "growth_rate", "29", None, "reported", JM26, "while gaming hardware revenue slumped 29%"),
 C(MS, "revenue", "5400000000", "USD", "reported", JM26, "Its gaming business brought in about $5.4 billion in the period"),
 C(TT, "revenue", "8900000000", "USD", "forecast", FY27, "Analysts expect it to forecast net bookings of about $8.9 billion for its fiscal year ending March 2027"),
 C(TT, "revenue", "4200000000", "USD", "forecast", FY26, "the $4.2 billion it is expected to report for the year just ended"),
]
write("O3", "O3.txt", "2026-05-08",
      "Dateline 'TOKYO, May 8, 2026'; results came 'late on Thursday' (May 7) and the share move is 'on Friday' = 2026-05-08.",
      cl)
