from mk import C, write
T = ["target"]
Q1 = ("2026-02-01", "2026-05-02")      # Target fiscal Q1 2026 (13 weeks ended May 2)
Q1LY = ("2025-02-02", "2025-05-03")    # fiscal Q1 2025
Q2 = ("2026-05-03", "2026-08-01")      # fiscal Q2 2026
FY = ("2026-02-01", "2027-01-30")      # fiscal 2026, "ends on Jan. 30, 2027"
D = "2026-05-20"
claims = [
    # headline and bullets
    C(T, "job_cuts", "1000", None, None, "planned", None, "retailer to cut 1,000 headquarters jobs"),
    C(T, "growth_rate", "2.1", None, None, "reported", Q1, "First-quarter comparable sales fall 2.1%"),
    C(T, "growth_rate", "1.6", None, None, "reported", Q1, "traffic down 1.6%"),
    C(T, "eps", "1.41", "USD", None, "reported", None, "Adjusted EPS $1.41 beats estimate of $1.27"),
    C(T, "eps", "1.27", "USD", None, "forecast", None, "Adjusted EPS $1.41 beats estimate of $1.27"),
    C(T, "eps", "7.2", "USD", None, "planned", FY, "Narrows full-year adjusted EPS forecast to $7.20-$7.90"),
    C(T, "job_cuts", "1000", None, None, "planned", None, "To cut about 1,000 corporate roles, mostly in Minneapolis"),
    # lede
    C(T, "job_cuts", "1000", None, None, "planned", None, "said it would cut about 1,000 corporate jobs"),
    # comps
    C(T, "growth_rate", "2.1", None, None, "reported", Q1, "fell 2.1% in the first quarter ended May 2"),
    C(T, "growth_rate", "2.8", None, None, "forecast", Q1, "a smaller decline than the 2.8% drop analysts had expected"),
    C(T, "growth_rate", "1.6", None, None, "reported", None, "Comparable customer transactions, a measure of store and website traffic, declined 1.6%"),
    C(T, "growth_rate", "0.5", None, None, "reported", None, "the average ticket slipped 0.5%"),
    C(T, "growth_rate", "4.3", None, None, "reported", None, "Digitally originated comparable sales rose 4.3%"),
    # revenue
    C(T, "revenue", "24600000000", "USD", None, "reported", Q1, "Total revenue for the quarter was $24.6 billion"),
    C(T, "growth_rate", "3.2", None, None, "reported", Q1, "down 3.2% from $25.4 billion a year earlier"),
    C(T, "revenue", "25400000000", "USD", None, "reported", Q1LY, "down 3.2% from $25.4 billion a year earlier"),
    C(T, "revenue", "24350000000", "USD", None, "forecast", Q1, "above analysts' average estimate of $24.35 billion"),
    # EPS
    C(T, "eps", "1.41", "USD", None, "reported", Q1, "Adjusted earnings per share for the quarter came in at $1.41"),
    C(T, "eps", "1.27", "USD", None, "forecast", Q1, "ahead of the $1.27 analysts had expected"),
    C(T, "eps", "1.3", "USD", None, "reported", Q1LY, "up from $1.30 a year earlier"),
    # net earnings
    C(T, "other", "668000000", "USD", None, "reported", Q1, "Net earnings in the quarter were $668 million"),
    C(T, "eps", "1.46", "USD", None, "reported", Q1, "or $1.46 per share"),
    C(T, "other", "935000000", "USD", None, "reported", Q1LY, "compared with $935 million"),
    C(T, "eps", "2.27", "USD", None, "reported", Q1LY, "or $2.27 per share, a year earlier"),
    C(T, "other", "593000000", "USD", None, "reported", Q1LY, "a year earlier, when results included a $593 million gain from litigation settlements"),
    # operating income and margins
    C(T, "growth_rate", "31", None, None, "reported", Q1, "Operating income in the quarter fell 31% to $1.04 billion"),
    C(T, "operating_income", "1040000000", "USD", None, "reported", Q1, "Operating income in the quarter fell 31% to $1.04 billion"),
    C(T, "other", "4.2", None, None, "reported", Q1, "the operating margin rate was 4.2%"),
    C(T, "other", "6.2", None, None, "reported", Q1LY, "compared with 6.2% a year earlier"),
    C(T, "other", "28.9", None, None, "reported", Q1, "Gross margin rate in the quarter was 28.9%"),
    C(T, "other", "28.2", None, None, "reported", Q1LY, "up from 28.2% a year earlier"),
    # outlook
    C(T, "eps", "7.2", "USD", None, "planned", FY, "Target now expects adjusted earnings per share of $7.20 to $7.90 for fiscal 2026"),
    C(T, "eps", "7", "USD", None, "planned", FY, "narrowing its earlier forecast of $7.00 to $8.00"),
    C(T, "eps", "7.46", "USD", None, "forecast", None, "Analysts on average expect $7.46, according to LSEG"),
    C(T, "other", "400000000", "USD", None, "planned", FY, "tariffs would add about $400 million to its costs in fiscal 2026"),
    C(T, "capital_expenditure", "5000000000", "USD", None, "planned", FY, "Target plans capital expenditures of about $5 billion in fiscal 2026"),
    C(T, "other", "20", None, None, "planned", FY, "including about 20 new stores"),
    C(T, "other", "100", None, None, "planned", FY, "the remodeling of more than 100 existing locations"),
    C(T, "other", "4", None, None, "reported", Q1, "It opened four new stores in the first quarter"),
    C(T, "other", "1987", None, None, "reported", Q1, "bringing its total to 1,987"),
    # job cuts
    C(T, "job_cuts", "1000", None, None, "planned", None, "Target said it would eliminate about 1,000 corporate roles"),
    C(T, "job_cuts", "5", None, None, "planned", None, "or about 5% of its roughly 20,000 corporate employees"),
    C(T, "headcount", "20000", None, None, "reported", None, "its roughly 20,000 corporate employees"),
    C(T, "headcount", "440000", None, None, "reported", None, "The company employs about 440,000 people in all"),
    C(T, "job_cuts", "1800", None, None, "reported", "2025-10", "the elimination of about 1,800 corporate roles last October"),
    C(T, "other", "150000000", "USD", None, "planned", Q2, "Target expects to record about $150 million in severance and related charges in the second quarter"),
    # shares
    C(T, "stock_change", "4.8", None, None, "reported", D, "Target shares fell 4.8% to $91.37 in premarket trading on Wednesday"),
    C(T, "other", "91.37", "USD", None, "reported", D, "Target shares fell 4.8% to $91.37 in premarket trading on Wednesday"),
    C(T, "stock_change", "12", None, None, "reported", ("2026-01-01", "2026-05-19"), "The stock had lost about 12% this year through Tuesday's close"),
    C(T, "other", "105", "USD", None, "forecast", None, "cut her price target on Target to $105 from $118"),
    C(T, "other", "118", "USD", None, "forecast", None, "cut her price target on Target to $105 from $118"),
    # peers
    C(["walmart"], "growth_rate", "4.5", None, None, "reported", ("2026-02-01", "2026-04-30"), "reported a 4.5% rise in U.S. comparable sales for its first quarter ended April 30"),
    C(["home-depot"], "growth_rate", "0.9", None, None, "reported", None, "Home Depot on Tuesday posted a 0.9% rise in comparable sales"),
    C(["lowes"], "growth_rate", "1.2", None, None, "reported", None, "Lowe's said its comparable sales fell 1.2%"),
]
write("N1.txt", "2026-05-20",
      "Dateline 'May 20 (Reuters)' and timestamp 'May 20, 2026 8:02 AM EDT'; results reported 'on Wednesday' (2026-05-20 is a Wednesday).",
      claims)
