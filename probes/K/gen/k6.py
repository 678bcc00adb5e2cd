from mk import C, write

REF = "2026-10-29"
Q3 = "2026-Q3"
MSQ1 = ("2026-07-01", "2026-09-30")  # Microsoft fiscal Q1 FY27, "the three months ended Sept. 30"
claims = [
    # Etsy / eBay
    C(["etsy"], "stock_change", "17", None, None, "reported", None,
      "Etsy shares jumped 17% in afternoon trading"),
    C(["ebay", "etsy"], "contract_value", "10000000000", "USD", "etsy", "hedged", None,
      "A deal by eBay could value Etsy at about $10 billion including debt"),
    C(["ebay"], "stock_change", "2.3", None, None, "reported", None,
      "eBay shares slipped 2.3%"),
    C(["etsy"], "valuation", "7400000000", "USD", None, "reported", "2026-10-28",
      "Etsy's market value was about $7.4 billion at Wednesday's close"),
    # oil
    C(["exxonmobil"], "stock_change", "1.6", None, None, "reported", None,
      "Exxon Mobil fell 1.6% ahead of its results on Friday"),
    # Meta
    C(["meta"], "stock_change", "8.7", None, None, "reported", None,
      "Meta shares were down 8.7% at midday"),
    C(["meta"], "capital_expenditure", "118000000000", "USD", None, "planned", "2026",
      "Meta narrowed its 2026 capital expenditure forecast to $118 billion to $122 billion"),
    C(["meta"], "revenue", "56200000000", "USD", None, "reported", Q3,
      "Third-quarter revenue of $56.2 billion topped the $55.4 billion analysts had expected"),
    C(["meta"], "revenue", "55400000000", "USD", None, "forecast", Q3,
      "Third-quarter revenue of $56.2 billion topped the $55.4 billion analysts had expected"),
    # Microsoft
    C(["microsoft"], "stock_change", "3.4", None, None, "reported", None,
      "Microsoft rose 3.4%"),
    C(["microsoft"], "revenue", "90300000000", "USD", None, "reported", MSQ1,
      "revenue for its fiscal first quarter, the three months ended Sept. 30, rose 17% to $90.3 billion"),
    C(["microsoft"], "growth_rate", "17", None, None, "reported", MSQ1,
      "revenue for its fiscal first quarter, the three months ended Sept. 30, rose 17% to $90.3 billion"),
    C(["microsoft"], "revenue", "89100000000", "USD", None, "forecast", MSQ1,
      "ahead of analysts' average estimate of $89.1 billion"),
    C(["microsoft"], "growth_rate", "38", None, None, "reported", MSQ1,
      "Revenue from Azure and other cloud services grew 38% in the quarter"),
    # Alphabet
    C(["alphabet"], "stock_change", "5.6", None, None, "reported", None,
      "Alphabet climbed 5.6% to a record $312.40"),
    C(["alphabet"], "other", "312.4", "USD", None, "reported", None,
      "Alphabet climbed 5.6% to a record $312.40"),
    C(["alphabet"], "revenue", "117800000000", "USD", None, "reported", Q3,
      "third-quarter revenue rose 15% to $117.8 billion"),
    C(["alphabet"], "growth_rate", "15", None, None, "reported", Q3,
      "third-quarter revenue rose 15% to $117.8 billion"),
    C(["alphabet"], "revenue", "115600000000", "USD", None, "forecast", Q3,
      "beating the $115.6 billion consensus estimate"),
    C(["google-cloud"], "revenue", "20100000000", "USD", None, "reported", Q3,
      "Google Cloud revenue rose 36% to $20.1 billion in the quarter"),
    C(["google-cloud"], "growth_rate", "36", None, None, "reported", Q3,
      "Google Cloud revenue rose 36% to $20.1 billion in the quarter"),
    # roundup
    C(["mastercard"], "stock_change", "2.1", None, None, "reported", None,
      "Mastercard rose 2.1% after reporting Q3 net revenue of $8.9 billion vs. $8.8 billion expected"),
    C(["mastercard"], "revenue", "8900000000", "USD", None, "reported", Q3,
      "Mastercard rose 2.1% after reporting Q3 net revenue of $8.9 billion vs. $8.8 billion expected"),
    C(["mastercard"], "revenue", "8800000000", "USD", None, "forecast", Q3,
      "Mastercard rose 2.1% after reporting Q3 net revenue of $8.9 billion vs. $8.8 billion expected"),
    C(["merck"], "stock_change", "4.2", None, None, "reported", None,
      "Merck fell 4.2% after Q3 sales of $16.4 billion missed the $16.9 billion estimate"),
    C(["merck"], "revenue", "16400000000", "USD", None, "reported", Q3,
      "Merck fell 4.2% after Q3 sales of $16.4 billion missed the $16.9 billion estimate"),
    C(["merck"], "revenue", "16900000000", "USD", None, "forecast", Q3,
      "Merck fell 4.2% after Q3 sales of $16.4 billion missed the $16.9 billion estimate"),
    C(["merck"], "revenue", "64100000000", "USD", None, "planned", "2026",
      "Merck also cut its 2026 revenue forecast to a range of $64.1 billion to $65.0 billion"),
    # premarket
    C(["alphabet"], "stock_change", "6.1", None, None, "reported", None,
      "Alphabet shares rose 6.1% in premarket trading"),
    C(["microsoft"], "stock_change", "2.9", None, None, "reported", None,
      "Microsoft gained 2.9%"),
    C(["meta"], "stock_change", "9.4", None, None, "reported", None,
      "while Meta fell 9.4%"),
    # watching
    C(["amazon"], "revenue", "196500000000", "USD", None, "forecast", Q3,
      "Analysts expect Amazon to report third-quarter revenue of $196.5 billion, according to LSEG"),
]

write("K6.txt", REF,
      "'Last updated: Thursday, Oct. 29, 2026'; 'Wednesday's close' = Oct 28. Third quarter = July-September 2026; Microsoft's fiscal first quarter is 'the three months ended Sept. 30' (stated).",
      claims)
