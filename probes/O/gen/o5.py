from mk import C, P, write
B = "bmo"; W = "wintrust-financial"; D = [B, W]
Q3 = P("2026-05-01", "2026-07-31")       # BMO fiscal Q3 2026 (three months ended July 31)
Q3LY = P("2025-05-01", "2025-07-31")
Q4 = P("2026-08-01", "2026-10-31")       # fiscal fourth quarter (fiscal year Nov-Oct)
FY28 = P("2027-11-01", "2028-10-31")
WED = P("2026-08-26")
cl = [
 # headline + bullets
 C(D, "contract_value", "9200000000", "USD", "reported", None, "agrees to buy Wintrust for US$9.2 bln", counterparty=W),
 C(B, "eps", "3.52", "CAD", "reported", None, "Adjusted EPS C$3.52 vs estimate of C$3.31"),
 C(B, "eps", "3.31", "CAD", "forecast", None, "Adjusted EPS C$3.52 vs estimate of C$3.31"),
 C(B, "other", "812000000", "CAD", "reported", None, "Provisions for credit losses C$812 mln vs C$797 mln year earlier"),
 C(B, "other", "797000000", "CAD", "reported", None, "Provisions for credit losses C$812 mln vs C$797 mln year earlier"),
 C(B, "job_cuts", "1800", None, "planned", None, "To cut about 1,800 jobs, or 3% of workforce"),
 C(B, "job_cuts", "3", None, "planned", None, "To cut about 1,800 jobs, or 3% of workforce"),
 C(B, "stock_change", "2.6", None, "reported", None, "Shares up 2.6% in Toronto"),
 # lede
 C(D, "contract_value", "9200000000", "USD", "reported", None, "agreed to buy Chicago-area lender Wintrust Financial Corp for US$9.2 billion (C$12.6 billion)", counterparty=W),
 C(D, "contract_value", "12600000000", "CAD", "reported", None, "agreed to buy Chicago-area lender Wintrust Financial Corp for US$9.2 billion (C$12.6 billion)", counterparty=W),
 C(B, "job_cuts", "1800", None, "planned", None, "it would cut about 1,800 jobs, or roughly 3% of its workforce of 55,700"),
 C(B, "job_cuts", "3", None, "planned", None, "it would cut about 1,800 jobs, or roughly 3% of its workforce of 55,700"),
 C(B, "headcount", "55700", None, "reported", None, "it would cut about 1,800 jobs, or roughly 3% of its workforce of 55,700"),
 C(B, "other", "310000000", "CAD", "planned", Q4, "take a restructuring charge of about C$310 million in its fiscal fourth quarter"),
 # results
 C(B, "eps", "3.52", "CAD", "reported", Q3, "BMO earned C$3.52 per share in the three months ended July 31"),
 C(B, "eps", "3.31", "CAD", "forecast", Q3, "beating analysts' average estimate of C$3.31"),
 C(B, "other", "2410000000", "CAD", "reported", Q3, "Net income rose to C$2.41 billion in the quarter from C$2.33 billion a year earlier"),
 C(B, "other", "2330000000", "CAD", "reported", Q3LY, "Net income rose to C$2.41 billion in the quarter from C$2.33 billion a year earlier"),
 C(B, "other", "812000000", "CAD", "reported", None, "rose to C$812 million, including C$106 million for performing loans"),
 C(B, "other", "106000000", "CAD", "reported", None, "rose to C$812 million, including C$106 million for performing loans"),
 C(B, "other", "13.6", None, "reported", P("2026-07-31"), "stood at 13.6% as of July 31"),
 C(B, "other", "13.3", None, "reported", P("2026-04-30"), "compared with 13.3% three months earlier"),
 # segments
 C(B, "other", "1020000000", "CAD", "reported", Q3, "Canadian personal and commercial banking earned C$1.02 billion in the third quarter, up 6% from a year earlier"),
 C(B, "growth_rate", "6", None, "reported", Q3, "Canadian personal and commercial banking earned C$1.02 billion in the third quarter, up 6% from a year earlier"),
 C(B, "other", "612000000", "USD", "reported", Q3, "posted adjusted net income of US$612 million (C$838 million), up 9%"),
 C(B, "other", "838000000", "CAD", "reported", Q3, "posted adjusted net income of US$612 million (C$838 million), up 9%"),
 C(B, "growth_rate", "9", None, "reported", Q3, "posted adjusted net income of US$612 million (C$838 million), up 9%"),
 C(B, "growth_rate", "22", None, "reported", None, "Capital markets earnings jumped 22% to a record C$651 million"),
 C(B, "other", "651000000", "CAD", "reported", None, "Capital markets earnings jumped 22% to a record C$651 million"),
 C(B, "other", "422000000", "CAD", "reported", None, "Wealth management earned C$422 million"),
 # deal
 C(D, "other", "138", "USD", "reported", None, "BMO will pay US$138 for each Wintrust share", counterparty=W),
 C(D, "other", "27", None, "reported", None, "a 27% premium to Wintrust's closing price on Tuesday", counterparty=W),
 C(W, "other", "68000000000", "USD", "reported", None, "Wintrust has about US$68 billion in assets and 210 branches"),
 C(W, "other", "210", None, "reported", None, "Wintrust has about US$68 billion in assets and 210 branches"),
 C(B, "other", "420000000", "USD", "planned", None, "BMO expects annual cost savings of about US$420 million"),
 C(B, "other", "4", None, "planned", FY28, "the deal would add about 4% to adjusted earnings per share in fiscal 2028"),
 C(W, "stock_change", "21", None, "reported", None, "Wintrust shares jumped 21% in premarket trading"),
 C(B, "other", "0.04", "CAD", "reported", None, "raised its quarterly dividend by 4 Canadian cents to C$1.67 per share"),
 C(B, "other", "1.67", "CAD", "reported", None, "raised its quarterly dividend by 4 Canadian cents to C$1.67 per share"),
 # shares, analyst
 C(B, "stock_change", "2.6", None, "reported", WED, "BMO shares rose 2.6% to C$178.40 in Toronto on Wednesday"),
 C(B, "other", "178.4", "CAD", "reported", WED, "BMO shares rose 2.6% to C$178.40 in Toronto on Wednesday"),
 C(B, "other", "195", "CAD", "forecast", None, "raised his price target on the stock to C$195 from C$182"),
 C(B, "other", "182", "CAD", "forecast", None, "raised his price target on the stock to C$195 from C$182"),
 # peers (both on a November-October fiscal year)
 C("rbc", "eps", "4.02", "CAD", "reported", Q3, "reported adjusted earnings of C$4.02 per share for its fiscal third quarter"),
 C("scotiabank", "other", "1210000000", "CAD", "reported", Q3, "Scotiabank set aside C$1.21 billion in provisions for credit losses in the same period"),
]
write("O5", "O5.txt", "2026-08-26",
      "Dateline 'TORONTO, Aug 26 (Reuters)'; results 'on Wednesday' = 2026-08-26; BMO's fiscal Q3 is the three months ended July 31, 2026.",
      cl)
