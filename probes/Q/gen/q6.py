from mk import C, P, write
CP = "check-point"; T = "tenable"; D = [CP, T]
Q3 = P("2026-07-01", "2026-09-30")
Y26 = P("2026-01-01", "2026-12-31")
Y27 = P("2027-01-01", "2027-12-31")
TUE = P("2026-11-03"); WED = P("2026-11-04")
SEP = P("2026-09-01", "2026-09-30")
cl = [
 # key takeaway
 C(D, "contract_value", "6500000000", "USD", "hedged", None, "Check Point Software Technologies is in advanced talks to acquire Tenable for about $6.5 billion, or roughly $52 a share", counterparty=T),
 C(D, "other", "52", "USD", "hedged", None, "Check Point Software Technologies is in advanced talks to acquire Tenable for about $6.5 billion, or roughly $52 a share", counterparty=T),
 C(T, "other", "50", "USD", "forecast", None, "we raise our price target to $50 from $44"),
 C(T, "other", "44", "USD", "forecast", None, "we raise our price target to $50 from $44"),
 # what was reported
 C(D, "other", "52", "USD", "hedged", None, "Check Point could pay roughly $52 per share in cash", counterparty=T),
 C(D, "other", "38", None, "hedged", None, "which would be a 38% premium to Tenable's close of $37.68 on Tuesday", counterparty=T),
 C(T, "other", "37.68", "USD", "reported", TUE, "Tenable's close of $37.68 on Tuesday"),
 C(D, "other", "230000000", "USD", "hedged", None, "The parties have also discussed a termination fee of around $230 million, or about 3.5% of the equity value, that Tenable would owe Check Point", counterparty=CP),
 C(D, "other", "3.5", None, "hedged", None, "The parties have also discussed a termination fee of around $230 million, or about 3.5% of the equity value, that Tenable would owe Check Point", counterparty=CP),
 # denial
 C(D, "contract_value", "6500000000", "USD", "denied", None, "denied that it had offered about $6.5 billion for the company", counterparty=T),
 C(CP, "other", "3900000000", "USD", "reported", SEP, "Check Point had about $3.9 billion of cash and marketable securities at the end of September"),
 # activists
 C("starboard", "other", "9.2", None, "reported", P("2026-08-01", "2026-08-31"), "Starboard Value disclosed a 9.2% stake in Tenable in August", counterparty=T),
 C("jana-partners", "other", "4.8", None, "reported", None, "Jana Partners holds a further 4.8% or so", counterparty=T),
 C(T, "stock_change", "24", None, "reported", WED, "Shares of Tenable jumped 24% to $46.72 in premarket trading on Wednesday"),
 C(T, "other", "46.72", "USD", "reported", WED, "Shares of Tenable jumped 24% to $46.72 in premarket trading on Wednesday"),
 C(CP, "stock_change", "3.1", None, "reported", WED, "while Check Point slipped 3.1%"),
 # Tenable's numbers
 C(T, "growth_rate", "10", None, "reported", Q3, "Third-quarter revenue rose 10% year on year to $268.4 million"),
 C(T, "revenue", "268400000", "USD", "reported", Q3, "Third-quarter revenue rose 10% year on year to $268.4 million"),
 C(T, "revenue", "265100000", "USD", "forecast", Q3, "Third-quarter revenue rose 10% year on year to $268.4 million, against the consensus of $265.1 million"),
 C(T, "eps", "0.44", "USD", "reported", Q3, "non-GAAP EPS was $0.44 versus the Street at $0.39"),
 C(T, "eps", "0.39", "USD", "forecast", Q3, "non-GAAP EPS was $0.44 versus the Street at $0.39"),
 C(T, "growth_rate", "9", None, "reported", None, "Calculated current billings grew 9% to $291 million"),
 C(T, "other", "291000000", "USD", "reported", None, "Calculated current billings grew 9% to $291 million"),
 C(T, "other", "71000000", "USD", "reported", Q3, "Free cash flow was $71 million in the quarter"),
 C(T, "revenue", "1046000000", "USD", "planned", Y26, "Management raised its 2026 revenue guidance to a range of $1.046 billion to $1.050 billion"),
 C(T, "revenue", "1038000000", "USD", "planned", Y26, "from $1.038 billion to $1.044 billion"),
 C(T, "other", "300000000", "USD", "planned", Y26, "now expects free cash flow of roughly $300 million for the year"),
 C(T, "headcount", "2050", None, "reported", SEP, "The company finished September with about 2,050 employees"),
 C(T, "job_cuts", "6", None, "reported", P("2026-05-01", "2026-05-31"), "a restructuring in May that cut roughly 6% of staff"),
 # view
 C(T, "revenue", "1160000000", "USD", "forecast", Y27, "We raise our 2027 revenue estimate to $1.16 billion from $1.15 billion, implying growth of about 11%"),
 C(T, "revenue", "1150000000", "USD", "forecast", Y27, "We raise our 2027 revenue estimate to $1.16 billion from $1.15 billion, implying growth of about 11%"),
 C(T, "growth_rate", "11", None, "forecast", Y27, "We raise our 2027 revenue estimate to $1.16 billion from $1.15 billion, implying growth of about 11%"),
 C(T, "other", "52", "USD", "hedged", None, "a $52 offer would value Tenable at roughly 5.6 times 2027 sales"),
 C(["palo-alto-networks", "cyberark"], "contract_value", "25000000000", "USD", "reported", P("2025-01-01", "2025-12-31"), "Palo Alto Networks paid when it agreed to buy CyberArk for about $25 billion last year", counterparty="cyberark"),
 C(T, "other", "50", "USD", "forecast", None, "Our new $50 price target is a blend of our standalone value of $44 per share and a takeout value of $55 to $60 per share"),
 C(T, "other", "44", "USD", "forecast", None, "Our new $50 price target is a blend of our standalone value of $44 per share"),
 C(T, "other", "55", "USD", "forecast", None, "a takeout value of $55 to $60 per share"),
]
write("Q6", "Q6.txt", "2026-11-04",
      "Note dated 'November 4, 2026'; 'late Tuesday' (the report) is 2026-11-03 and 'on Wednesday' (denial, premarket move) is 2026-11-04.",
      cl)
