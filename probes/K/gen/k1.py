from mk import C, write

REF = "2026-10-14"
A = ["asml"]
Q3, Q2, Q3LY, Q4 = "2026-Q3", "2026-Q2", "2025-Q3", "2026-Q4"
claims = [
    # bullets
    C(A, "other", "6100000000", "EUR", None, "reported", Q3, "Q3 net bookings 6.1 bln euros vs 5.2 bln expected"),
    C(A, "other", "5200000000", "EUR", None, "forecast", Q3, "Q3 net bookings 6.1 bln euros vs 5.2 bln expected"),
    C(A, "revenue", "8200000000", "EUR", None, "reported", Q3, "Q3 net sales 8.2 bln euros, gross margin 52.4%"),
    C(A, "other", "52.4", None, None, "reported", Q3, "Q3 net sales 8.2 bln euros, gross margin 52.4%"),
    C(A, "revenue", "9200000000", "EUR", None, "planned", Q4, "Sees Q4 sales of 9.2-9.8 bln euros"),
    C(A, "stock_change", "5.3", None, None, "reported", None, "Shares up 5.3% in Amsterdam"),
    # bookings
    C(A, "other", "6100000000", "EUR", None, "reported", Q3, "came in at 6.1 billion euros ($7.1 billion) in the July-September quarter"),
    C(A, "other", "7100000000", "USD", None, "reported", Q3, "came in at 6.1 billion euros ($7.1 billion) in the July-September quarter"),
    C(A, "other", "5400000000", "EUR", None, "reported", Q2, "compared with 5.4 billion euros in the second quarter"),
    C(A, "other", "5200000000", "EUR", None, "forecast", Q3, "an average forecast of 5.2 billion euros in a company-compiled analyst consensus"),
    C(A, "other", "3900000000", "EUR", None, "reported", Q3, "EUV systems accounted for 3.9 billion euros of the quarter's bookings"),
    # sales, margin
    C(A, "growth_rate", "9", None, None, "reported", Q3, "Net sales rose 9% from a year earlier to 8.2 billion euros in the third quarter"),
    C(A, "revenue", "8200000000", "EUR", None, "reported", Q3, "Net sales rose 9% from a year earlier to 8.2 billion euros in the third quarter"),
    C(A, "revenue", "7600000000", "EUR", None, "planned", Q3, "the company's guidance range of 7.6 billion to 8.3 billion euros"),
    C(A, "other", "52.4", None, None, "reported", Q3, "gross margin came in at 52.4%"),
    C(A, "other", "51.6", None, None, "reported", Q3LY, "up from 51.6% a year earlier"),
    # profit, EPS
    C(A, "other", "2310000000", "EUR", None, "reported", Q3, "Net profit was 2.31 billion euros, or 5.96 euros per share, in the third quarter"),
    C(A, "eps", "5.96", "EUR", None, "reported", Q3, "Net profit was 2.31 billion euros, or 5.96 euros per share, in the third quarter"),
    C(A, "other", "2130000000", "EUR", None, "reported", Q3LY, "versus 2.13 billion euros, or 5.49 euros per share, a year earlier"),
    C(A, "eps", "5.49", "EUR", None, "reported", Q3LY, "versus 2.13 billion euros, or 5.49 euros per share, a year earlier"),
    C(A, "eps", "5.71", "EUR", None, "forecast", Q3, "Analysts had on average expected earnings per share of 5.71 euros for the quarter"),
    # staff, R&D, backlog
    C(A, "headcount", "44000", None, None, "reported", None, "which employs about 44,000 people"),
    C(A, "spending", "1200000000", "EUR", None, "reported", Q3, "spent about 1.2 billion euros on research and development in the quarter"),
    C(A, "backlog", "33000000000", "EUR", None, "reported", "2026-09", "its order backlog stood at about 33 billion euros at the end of September"),
    # outlook
    C(A, "revenue", "9200000000", "EUR", None, "planned", Q4, "For the fourth quarter, ASML expects net sales of between 9.2 billion and 9.8 billion euros"),
    C(A, "other", "51", None, None, "planned", Q4, "a gross margin of 51% to 53%"),
    C(A, "revenue", "9400000000", "EUR", None, "forecast", Q4, "Analysts had expected fourth-quarter sales of about 9.4 billion euros, according to LSEG data"),
    C(A, "growth_rate", "15", None, None, "planned", "2026", "ASML now expects full-year 2026 net sales to rise about 15%"),
    C(A, "revenue", "32700000000", "EUR", None, "reported", "2025", "from last year's 32.7 billion euros"),
    C(A, "growth_rate", "10", None, None, "planned", "2026", "narrowing an earlier outlook of growth of 10% to 15%"),
    C(A, "other", "52", None, None, "planned", "2026", "with a gross margin of around 52% for the year"),
    # China and regions
    C(A, "other", "27", None, None, "reported", Q3, "China accounted for 27% of ASML's system sales in the third quarter"),
    C(A, "other", "42", None, None, "reported", Q3LY, "down from 42% a year earlier"),
    C(A, "other", "34", None, None, "reported", Q2, "34% in the second quarter"),
    C(A, "other", "31", None, None, "reported", Q3, "Taiwan made up 31% of system sales in the quarter"),
    C(A, "other", "24", None, None, "reported", Q3, "Taiwan made up 31% of system sales in the quarter and South Korea 24%"),
    C(A, "other", "25", None, None, "planned", "2026", "ASML said it still expects China to make up about 25% of its sales in 2026"),
    # analyst
    C(A, "other", "880", "EUR", None, "forecast", None, "raised his price target on the stock to 880 euros from 820 euros"),
    C(A, "other", "820", "EUR", None, "forecast", None, "raised his price target on the stock to 880 euros from 820 euros"),
    C(A, "revenue", "38000000000", "EUR", None, "forecast", "2027", "he now expects ASML's 2027 sales to reach 38 billion euros"),
    # buyback, dividend
    C(A, "other", "1000000000", "EUR", None, "reported", Q3, "had repurchased about 1 billion euros of its own shares in the third quarter"),
    C(A, "other", "12000000000", "EUR", None, "planned", ("2026-01-01", "2028-12-31"), "its 2026-2028 buyback programme of up to 12 billion euros"),
    C(A, "other", "1.6", "EUR", None, "reported", None, "The company declared an interim dividend of 1.60 euros per share"),
    # shares
    C(A, "stock_change", "5.3", None, None, "reported", None, "ASML shares were up 5.3% at 742.10 euros by 0912 GMT"),
    C(A, "other", "742.1", "EUR", None, "reported", None, "ASML shares were up 5.3% at 742.10 euros by 0912 GMT"),
    C(["asm-international"], "stock_change", "3.1", None, None, "reported", None, "Shares in Dutch peers ASM International and BE Semiconductor Industries rose 3.1% and 2.4%, respectively"),
    C(["besi"], "stock_change", "2.4", None, None, "reported", None, "Shares in Dutch peers ASM International and BE Semiconductor Industries rose 3.1% and 2.4%, respectively"),
    C(A, "stock_change", "1", None, None, "reported", ("2026-01-01", REF), "ASML's stock is down about 1% so far this year"),
]

write("K1.txt", REF,
      "Dateline 'AMSTERDAM, Oct 14 (Reuters)' with results 'on Wednesday'; Oct 14, 2026 is a Wednesday. The third quarter is July-September 2026 (calendar year).",
      claims)
