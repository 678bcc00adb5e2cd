from mk import C, write

REF = "2026-04-13"
S, AX = "sanofi", "axsome-therapeutics"
D = [S, AX]
claims = [
    # h1 and dek
    C(D, "other", "182", "USD", AX, "reported", None,
      "Sanofi to buy Axsome for $182 a share, betting $9.1 billion on depression and Alzheimer’s drugs"),
    C(D, "contract_value", "9100000000", "USD", AX, "reported", None,
      "Sanofi to buy Axsome for $182 a share, betting $9.1 billion on depression and Alzheimer’s drugs"),
    C(D, "other", "42", None, AX, "reported", None,
      "French drugmaker’s tender offer values the US neuroscience company at a 42% premium"),
    # terms
    C(D, "other", "182", "USD", AX, "reported", None,
      "Sanofi has agreed to acquire Axsome Therapeutics for $182 per share in cash"),
    C(D, "contract_value", "9100000000", "USD", AX, "reported", None,
      "The offer values Axsome at about $9.1 billion on a fully diluted basis"),
    C(D, "contract_value", "8900000000", "USD", AX, "reported", None,
      "the transaction has an enterprise value of roughly $8.9 billion"),
    C(D, "other", "42", None, AX, "reported", None,
      "The price represents a premium of 42% to Axsome’s closing price on Friday"),
    C(D, "other", "51", None, AX, "reported", None,
      "a 51% premium to the stock’s 30-day volume-weighted average price"),
    C([AX], "other", "128.17", "USD", None, "reported", "2026-04-10",
      "Axsome shares closed at $128.17 on Friday"),
    # Axsome business
    C([AX], "revenue", "652000000", "USD", None, "reported", "2025",
      "Axsome’s total net product revenue rose 68% to $652 million in 2025"),
    C([AX], "growth_rate", "68", None, None, "reported", "2025",
      "Axsome’s total net product revenue rose 68% to $652 million in 2025"),
    C([AX], "revenue", "471000000", "USD", None, "reported", "2025",
      "Auvelity, which generated sales of $471 million last year"),
    C([AX], "headcount", "820", None, None, "reported", None,
      "Axsome, which has about 820 employees"),
    C([AX], "revenue", "900000000", "USD", None, "planned", "2026",
      "had previously guided to 2026 net product revenue of $900 million to $950 million"),
    # financing and terms
    C([S], "other", "5000000000", "EUR", None, "planned", None,
      "Sanofi said it would fund the purchase with cash on hand and about €5 billion of new bonds"),
    C([S], "other", "9000000000", "USD", "bnp-paribas", "reported", None,
      "It has also obtained a fully committed bridge loan of $9 billion from BNP Paribas"),
    C(D, "other", "320000000", "USD", S, "hedged", None,
      "Axsome would have to pay Sanofi a termination fee of $320 million if it walked away to accept a superior proposal"),
    C([S], "other", "2", None, None, "planned", "2027",
      "Sanofi expects the deal to dilute its business earnings per share by about 2% in 2027"),
    C([S], "revenue", "44600000000", "EUR", None, "reported", "2025",
      "The company reported 2025 sales of €44.6 billion"),
    C([S], "revenue", "14100000000", "EUR", None, "reported", "2025",
      "Dupixent, its top-selling drug with 2025 sales of €14.1 billion"),
    C([S, "blueprint-medicines"], "contract_value", "9500000000", "USD", "blueprint-medicines", "reported", "2025-06",
      "it agreed last June to buy Blueprint Medicines for up to $9.5 billion"),
    # market reaction
    C([AX], "stock_change", "37", None, None, "reported", None,
      "Axsome shares jumped 37% to $175.60 in early trading in New York"),
    C([AX], "other", "175.6", "USD", None, "reported", None,
      "Axsome shares jumped 37% to $175.60 in early trading in New York"),
    C([S], "stock_change", "1.4", None, None, "reported", None,
      "Sanofi shares slipped 1.4% to €84.12 in Paris"),
    C([S], "other", "84.12", "EUR", None, "reported", None,
      "Sanofi shares slipped 1.4% to €84.12 in Paris"),
    C([AX], "revenue", "2000000000", "USD", None, "hedged", None,
      "Auvelity could reach peak annual sales of more than $2 billion if approved for Alzheimer’s agitation"),
]

write("K3.html", REF,
      "Byline <time> 'April 13, 2026, 8:05 a.m. EDT' and article:published_time 2026-04-13; 'on Monday' is April 13, 'on Friday' is April 10, 2026.",
      claims)
