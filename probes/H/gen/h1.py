from mk import K, write
KR = "krafton"; SV = "savvy-games"
Q2 = "2026-Q2"; Q2LY = "2025-Q2"
cl = [
 # headline
 K(KR, "growth_rate", "31", None, "reported", Q2, "Krafton Q2 operating profit jumps 31 pct"),
 # lede
 K(KR, "growth_rate", "31", None, "reported", Q2, "its second-quarter operating profit jumped 31 percent from a year earlier"),
 K(KR, "operating_income", "451200000000", "KRW", "reported", Q2, "Operating profit for the April-June period came to 451.2 billion won (US$327 million), up from 344.4 billion won a year earlier"),
 K(KR, "operating_income", "327000000", "USD", "reported", Q2, "Operating profit for the April-June period came to 451.2 billion won (US$327 million), up from 344.4 billion won a year earlier"),
 K(KR, "operating_income", "344400000000", "KRW", "reported", Q2LY, "Operating profit for the April-June period came to 451.2 billion won (US$327 million), up from 344.4 billion won a year earlier"),
 K(KR, "operating_income", "412800000000", "KRW", "forecast", Q2, "The second-quarter figure beat the market consensus of 412.8 billion won"),
 K(KR, "growth_rate", "27.4", None, "reported", Q2, "Revenue rose 27.4 percent on-year to a quarterly record of 880.6 billion won ($638 million) in the second quarter"),
 K(KR, "revenue", "880600000000", "KRW", "reported", Q2, "Revenue rose 27.4 percent on-year to a quarterly record of 880.6 billion won ($638 million) in the second quarter"),
 K(KR, "revenue", "638000000", "USD", "reported", Q2, "Revenue rose 27.4 percent on-year to a quarterly record of 880.6 billion won ($638 million) in the second quarter"),
 K(KR, "growth_rate", "18.9", None, "reported", Q2, "net profit climbed 18.9 percent to 372.5 billion won"),
 K(KR, "other", "372500000000", "KRW", "reported", Q2, "net profit climbed 18.9 percent to 372.5 billion won"),
 K(KR, "growth_rate", "2.1", None, "reported", Q2, "On a quarterly basis, second-quarter operating profit slipped 2.1 percent, while revenue edged up 1.6 percent"),
 K(KR, "growth_rate", "1.6", None, "reported", Q2, "On a quarterly basis, second-quarter operating profit slipped 2.1 percent, while revenue edged up 1.6 percent"),
 K(KR, "revenue", "1750000000000", "KRW", "reported", "2026-H1", "For the first half of 2026, Krafton posted revenue of 1.75 trillion won and operating profit of 912.1 billion won"),
 K(KR, "operating_income", "912100000000", "KRW", "reported", "2026-H1", "For the first half of 2026, Krafton posted revenue of 1.75 trillion won and operating profit of 912.1 billion won"),
 # Subnautica 2
 K(KR, "other", "4200000", None, "reported", Q2, "sold 4.2 million copies in the second quarter"),
 K(KR, "other", "5000000", None, "reported", "2026-07", "Krafton said cumulative sales of the game had topped 5 million copies as of the end of July"),
 K(KR, "revenue", "143000000000", "KRW", "reported", Q2, "The title contributed about 143 billion won to second-quarter revenue"),
 K(KR, "growth_rate", "41.3", None, "reported", Q2, "rose 41.3 percent to 468.9 billion won in the second quarter"),
 K(KR, "revenue", "468900000000", "KRW", "reported", Q2, "rose 41.3 percent to 468.9 billion won in the second quarter"),
 K(KR, "growth_rate", "9.5", None, "reported", Q2, "mobile game revenue, including Battlegrounds Mobile India (BGMI), increased 9.5 percent to 371.6 billion won"),
 K(KR, "revenue", "371600000000", "KRW", "reported", Q2, "mobile game revenue, including Battlegrounds Mobile India (BGMI), increased 9.5 percent to 371.6 billion won"),
 K(KR, "other", "91", None, "reported", Q2, "Overseas markets accounted for 91 percent of Krafton's total revenue in the April-June quarter"),
 K(KR, "other", "38", None, "reported", Q2, "with North America and Europe together making up 38 percent"),
 K(KR, "spending", "78400000000", "KRW", "reported", Q2, "Marketing expenses jumped 61 percent on-year to 78.4 billion won in the quarter"),
 K(KR, "growth_rate", "61", None, "reported", Q2, "Marketing expenses jumped 61 percent on-year to 78.4 billion won in the quarter"),
 K(KR, "other", "10000000", None, "planned", ("2026-08-06", "2027"), "We aim to sell a cumulative 10 million copies by the end of next year"),
 # Savvy stake
 K(SV, "investment", "697000000000", "KRW", "reported", "2026-08-05", "bought 2.47 million newly issued Krafton shares for 697 billion won ($505 million) on Wednesday, taking a 4.9 percent stake in the company", cp=KR),
 K(SV, "investment", "505000000", "USD", "reported", "2026-08-05", "bought 2.47 million newly issued Krafton shares for 697 billion won ($505 million) on Wednesday, taking a 4.9 percent stake in the company", cp=KR),
 K(SV, "other", "4.9", None, "reported", "2026-08-05", "bought 2.47 million newly issued Krafton shares for 697 billion won ($505 million) on Wednesday, taking a 4.9 percent stake in the company", cp=KR),
 K([SV, KR], "other", "282000", "KRW", "reported", None, "The new shares were priced at 282,000 won apiece", cp=KR),
 K("tencent", "other", "13", None, "reported", None, "China's Tencent Holdings, which holds about 13 percent through its Image Frame Investment unit", cp=KR),
 K([SV, "scopely"], "contract_value", "4900000000", "USD", "reported", "2023", "Savvy, which bought U.S. mobile game maker Scopely for $4.9 billion in 2023", cp="scopely"),
 # shares and analysts
 K(KR, "stock_change", "6.4", None, "reported", "2026-08-06", "Shares of Krafton rose 6.4 percent to 318,500 won on the Seoul bourse on Thursday"),
 K(KR, "other", "318500", "KRW", "reported", "2026-08-06", "Shares of Krafton rose 6.4 percent to 318,500 won on the Seoul bourse on Thursday"),
 K(KR, "other", "420000", "KRW", "forecast", None, "Kiwoom Securities raised its target price for Krafton to 420,000 won from 380,000 won"),
 K(KR, "other", "380000", "KRW", "forecast", None, "Kiwoom Securities raised its target price for Krafton to 420,000 won from 380,000 won"),
 K(KR, "operating_income", "1780000000000", "KRW", "forecast", "2026", "We now forecast full-year operating profit of 1.78 trillion won for 2026, up from our previous estimate of 1.62 trillion won"),
 K(KR, "operating_income", "1620000000000", "KRW", "forecast", "2026", "We now forecast full-year operating profit of 1.78 trillion won for 2026, up from our previous estimate of 1.62 trillion won"),
 K("ncsoft", "operating_income", "32500000000", "KRW", "forecast", Q2, "is expected to post second-quarter operating profit of 32.5 billion won"),
]
write("H1", "H1.txt", "2026-08-06",
      "Dateline 'SEOUL, Aug. 6 (Yonhap)'; Krafton 'said Thursday' its April-June results, and Aug. 6, 2026 is a Thursday.",
      cl)
