from mk import C, write
K = ["kkr", "dropbox"]; D = ["dropbox"]; CP = "dropbox"
BANKS = ["kkr", "jpmorgan", "goldman-sachs", "morgan-stanley"]
FRI = "2026-09-11"
claims = [
    C(K, "contract_value", "11000000000", "USD", CP, "hedged", None, "KKR in advanced talks to take Dropbox private in $11 billion deal, sources say"),
    C(K, "other", "33", "USD", CP, "hedged", None, "KKR offering about $33 per share in cash, sources say"),
    C(["kkr"], "other", "5500000000", "USD", None, "hedged", None, "KKR lines up about $5.5 bln of debt financing"),
    # lede
    C(K, "other", "33", "USD", CP, "hedged", None, "KKR is in advanced talks to acquire Dropbox for about $33 per share in cash"),
    C(K, "contract_value", "8900000000", "USD", CP, "hedged", None, "The offer would value the file-sharing company at about $8.9 billion, and at roughly $11.2 billion including debt"),
    C(K, "contract_value", "11200000000", "USD", CP, "hedged", None, "The offer would value the file-sharing company at about $8.9 billion, and at roughly $11.2 billion including debt"),
    C(K, "other", "31", None, CP, "hedged", None, "The price would represent a premium of about 31% to Dropbox's closing price"),
    C(D, "other", "25.19", "USD", None, "reported", FRI, "Dropbox's closing price of $25.19 on Friday"),
    C(D, "valuation", "6800000000", "USD", None, "reported", FRI, "on Friday, when the company had a market value of about $6.8 billion"),
    C(D, "stock_change", "19", None, None, "reported", "2026-09-14", "Dropbox shares jumped 19% in extended trading on Monday"),
    C(D, "stock_change", "12", None, None, "reported", ("2025-09-14", "2026-09-14"), "The stock had fallen about 12% over the past year"),
    # financing
    C(BANKS, "other", "5500000000", "USD", None, "hedged", None, "KKR has lined up about $5.5 billion of debt financing from JPMorgan Chase, Goldman Sachs and Morgan Stanley, including a $4 billion term loan and $1.5 billion of high-yield bonds"),
    C(BANKS, "other", "4000000000", "USD", None, "hedged", None, "KKR has lined up about $5.5 billion of debt financing from JPMorgan Chase, Goldman Sachs and Morgan Stanley, including a $4 billion term loan and $1.5 billion of high-yield bonds"),
    C(BANKS, "other", "1500000000", "USD", None, "hedged", None, "KKR has lined up about $5.5 billion of debt financing from JPMorgan Chase, Goldman Sachs and Morgan Stanley, including a $4 billion term loan and $1.5 billion of high-yield bonds"),
    C(["kkr"], "investment", "5700000000", "USD", CP, "hedged", None, "The buyout firm would fund the remaining equity portion of about $5.7 billion"),
    C(["kkr"], "other", "686000000000", "USD", None, "reported", "2026-06", "KKR had $686 billion of assets under management at the end of June"),
    C(K, "other", "170000000", "USD", "kkr", "hedged", None, "Dropbox would owe KKR a termination fee of about $170 million if it walks away for a superior proposal"),
    C(K, "other", "85000000", "USD", "kkr", "hedged", None, "that fee would fall to roughly $85 million for a bidder that emerges during the go-shop"),
    # rival
    C(["silver-lake", "dropbox"], "other", "35", "USD", CP, "denied", None, "denying a report by The Information last month that it had offered about $35 per share"),
    # background
    C(D, "other", "21", "USD", None, "reported", "2018", "Dropbox, which went public in 2018 at $21 per share"),
    C(D, "revenue", "621000000", "USD", None, "reported", "2026-Q2", "reported second-quarter revenue of $621 million, down 1% from a year earlier, and said paying users slipped to 18.0 million in the quarter"),
    C(D, "growth_rate", "1", None, None, "reported", "2026-Q2", "reported second-quarter revenue of $621 million, down 1% from a year earlier, and said paying users slipped to 18.0 million in the quarter"),
    C(D, "other", "18000000", None, None, "reported", "2026-Q2", "reported second-quarter revenue of $621 million, down 1% from a year earlier, and said paying users slipped to 18.0 million in the quarter"),
    C(D, "other", "139.2", "USD", None, "reported", None, "Average revenue per paying user was $139.20"),
    C(D, "other", "920000000", "USD", None, "planned", "2026", "Dropbox expects free cash flow of about $920 million for 2026"),
    C(D, "other", "2900000000", "USD", None, "reported", "2026-06", "it had about $2.9 billion of debt at the end of June"),
    C(D, "other", "5000000000", "USD", None, "reported", ("2018-01-01", "2026-09-14"), "The company has spent more than $5 billion on share buybacks since 2018"),
    C(D, "job_cuts", "20", None, None, "reported", "2024-10", "Dropbox cut about 20% of its workforce, or roughly 500 jobs, in October 2024"),
    C(D, "job_cuts", "500", None, None, "reported", "2024-10", "Dropbox cut about 20% of its workforce, or roughly 500 jobs, in October 2024"),
    C(D, "headcount", "2000", None, None, "reported", None, "It now has about 2,000 employees"),
    C(D, "other", "32", "USD", None, "forecast", None, "The highest analyst price target on the stock is $32"),
    C(["thoma-bravo", "dayforce"], "contract_value", "12300000000", "USD", "dayforce", "reported", "2025", "Thoma Bravo agreed last year to buy payroll software maker Dayforce for about $12.3 billion including debt"),
]
write("J3.txt", "2026-09-14", "Dateline 'NEW YORK, Sept 14 (Reuters)'; the share move was 'on Monday' (2026-09-14 is a Monday).", claims)
