from mk import C, write

REF = "2026-07-30"
CM = ["comcast"]
Q2 = "2026-Q2"
claims = [
    # bullets
    C(CM, "other", "168000", None, None, "reported", Q2, "Q2 domestic broadband customers fall by 168,000 vs 205,000 expected"),
    C(CM, "other", "205000", None, None, "forecast", Q2, "Q2 domestic broadband customers fall by 168,000 vs 205,000 expected"),
    C(CM, "other", "412000", None, None, "reported", None, "Adds record 412,000 domestic wireless lines"),
    C(CM, "eps", "1.21", "USD", None, "reported", None, "Adjusted EPS $1.21 vs LSEG estimate of $1.14"),
    C(CM, "eps", "1.14", "USD", None, "forecast", None, "Adjusted EPS $1.21 vs LSEG estimate of $1.14"),
    C(CM, "other", "2100000000", "USD", None, "reported", Q2, "Bought back $2.1 bln of stock in the quarter"),
    C(CM, "stock_change", "4.3", None, None, "reported", None, "Shares up 4.3% in afternoon trade"),
    # broadband / wireless
    C(CM, "other", "168000", None, None, "reported", Q2, "its domestic broadband customer base shrank by 168,000 in the April-June quarter"),
    C(CM, "other", "205000", None, None, "forecast", Q2, "smaller than the loss of 205,000 analysts had estimated, according to FactSet"),
    C(CM, "other", "226000", None, None, "reported", "2025-Q2", "It lost 226,000 broadband customers in the same quarter a year ago"),
    C(CM, "other", "412000", None, None, "reported", Q2, "Comcast added 412,000 domestic wireless lines in the quarter"),
    C(CM, "other", "378000", None, None, "reported", "2025-Q2", "up from 378,000 a year earlier"),
    C(CM, "other", "9300000", None, None, "reported", Q2, "taking its total to 9.3 million lines"),
    # revenue, EPS
    C(CM, "revenue", "30050000000", "USD", None, "reported", Q2, "Total revenue fell 1.1% to $30.05 billion in the quarter"),
    C(CM, "growth_rate", "1.1", None, None, "reported", Q2, "Total revenue fell 1.1% to $30.05 billion in the quarter"),
    C(CM, "revenue", "29880000000", "USD", None, "forecast", None, "Analysts on average had expected $29.88 billion, according to data compiled by LSEG"),
    C(CM, "eps", "1.21", "USD", None, "reported", Q2, "Excluding items, Comcast earned $1.21 per share in the second quarter"),
    C(CM, "eps", "1.14", "USD", None, "forecast", Q2, "beating the LSEG consensus of $1.14"),
    C(CM, "eps", "1.25", "USD", None, "reported", "2025-Q2", "below the $1.25 it reported a year earlier"),
    C(CM, "other", "3620000000", "USD", None, "reported", None, "Net income attributable to the company was $3.62 billion"),
    C(CM, "eps", "0.98", "USD", None, "reported", None, "or 98 cents per share"),
    C(CM, "other", "11120000000", "USD", None, "reported", None, "compared with $11.12 billion a year earlier"),
    # segments
    C(CM, "revenue", "19900000000", "USD", None, "reported", None, "slipped 0.7% to $19.9 billion"),
    C(CM, "growth_rate", "0.7", None, None, "reported", None, "slipped 0.7% to $19.9 billion"),
    C(CM, "other", "8100000000", "USD", None, "reported", None, "Adjusted EBITDA for the segment fell 2.4% to $8.1 billion"),
    C(CM, "growth_rate", "2.4", None, None, "reported", None, "Adjusted EBITDA for the segment fell 2.4% to $8.1 billion"),
    C(CM, "other", "9600000000", "USD", None, "reported", None, "group adjusted EBITDA declined 3.2% to nearly $9.6 billion"),
    C(CM, "growth_rate", "3.2", None, None, "reported", None, "group adjusted EBITDA declined 3.2% to nearly $9.6 billion"),
    C(CM, "revenue", "6300000000", "USD", None, "reported", None, "Domestic broadband revenue fell 1.8% to $6.3 billion"),
    C(CM, "growth_rate", "1.8", None, None, "reported", None, "Domestic broadband revenue fell 1.8% to $6.3 billion"),
    C(CM, "growth_rate", "0.4", None, None, "reported", None, "average broadband revenue per customer dropped 0.4%"),
    C(CM, "revenue", "1300000000", "USD", None, "reported", None, "Domestic wireless revenue rose 16% to $1.3 billion"),
    C(CM, "growth_rate", "16", None, None, "reported", None, "Domestic wireless revenue rose 16% to $1.3 billion"),
    # capex, returns
    C(CM, "capital_expenditure", "2900000000", "USD", None, "reported", Q2, "Comcast spent $2.9 billion on capital expenditure in the quarter"),
    C(CM, "growth_rate", "5", None, None, "reported", Q2, "Comcast spent $2.9 billion on capital expenditure in the quarter, down 5% from a year earlier"),
    C(CM, "capital_expenditure", "1100000000", "USD", None, "reported", Q2, "including $1.1 billion on extending and upgrading its network"),
    C(CM, "capital_expenditure", "12000000000", "USD", None, "planned", "2026", "the company still expected total capital spending of about $12 billion this year"),
    C(CM, "other", "2100000000", "USD", None, "reported", Q2, "The company bought back $2.1 billion of its shares during the quarter"),
    C(CM, "other", "1200000000", "USD", None, "reported", Q2, "paid $1.2 billion in dividends"),
    C(CM, "other", "3300000000", "USD", None, "reported", Q2, "returning $3.3 billion to shareholders in total"),
    C(CM, "other", "3400000000", "USD", None, "reported", None, "Free cash flow was $3.4 billion"),
    # Peacock, parks
    C(CM, "other", "44000000", None, None, "reported", "2026-06", "ended June with 44 million paid subscribers"),
    C(CM, "growth_rate", "6", None, None, "reported", "2026-06", "ended June with 44 million paid subscribers, up 6% from a year earlier"),
    C(CM, "other", "205000000", "USD", None, "reported", None, "its adjusted EBITDA loss narrowed to $205 million from $436 million"),
    C(CM, "other", "436000000", "USD", None, "reported", None, "its adjusted EBITDA loss narrowed to $205 million from $436 million"),
    C(CM, "revenue", "2700000000", "USD", None, "reported", None, "Theme parks revenue jumped 21% to $2.7 billion"),
    C(CM, "growth_rate", "21", None, None, "reported", None, "Theme parks revenue jumped 21% to $2.7 billion"),
    # stock, analyst
    C(CM, "stock_change", "4.3", None, None, "reported", None, "Comcast shares were up 4.3% at $36.82 in afternoon trading"),
    C(CM, "other", "36.82", "USD", None, "reported", None, "Comcast shares were up 4.3% at $36.82 in afternoon trading"),
    C(CM, "valuation", "138000000000", "USD", None, "reported", None, "giving the company a market value of about $138 billion"),
    C(CM, "stock_change", "2", None, None, "reported", ("2026-01-01", REF), "The stock had fallen about 2% so far this year before the results"),
    C(CM, "other", "640000", None, None, "forecast", "2026", "who expects Comcast to lose about 640,000 broadband customers in 2026"),
    C(CM, "other", "40", "USD", None, "forecast", None, "She raised her price target on the stock to $40 from $38"),
    C(CM, "other", "38", "USD", None, "forecast", None, "She raised her price target on the stock to $40 from $38"),
    # rivals
    C(["verizon"], "other", "9000", None, None, "reported", Q2, "reported a net loss of 9,000 postpaid phone subscribers in the second quarter"),
    C(["verizon"], "other", "293000", None, None, "reported", Q2, "added 293,000 fixed-wireless and fiber broadband customers"),
    C(["verizon"], "other", "20000000000", "USD", None, "planned", "2026", "Verizon raised the low end of its 2026 free cash flow forecast to $20 billion"),
    C(["t-mobile"], "other", "761000", None, None, "reported", Q2, "T-Mobile US added 761,000 postpaid phone customers in the quarter"),
    C(["t-mobile"], "other", "34300000000", "USD", None, "planned", "2026", "said it now expects 2026 core adjusted EBITDA of $34.3 billion to $34.7 billion"),
    C(["att"], "other", "401000", None, None, "reported", None, "AT&T added 401,000 postpaid phone subscribers"),
    C(["att"], "other", "243000", None, None, "reported", None, "243,000 fiber customers"),
    C(["att"], "stock_change", "1.5", None, None, "reported", None, "its shares fell 1.5% on the day of its report"),
]
write("M1.txt", REF, "Dateline 'July 30 (Reuters)' and the timestamp line 'July 30, 2026 3:12 PM EDT'; Comcast reports Q2 2026 'on Thursday' (2026-07-30).", claims)
