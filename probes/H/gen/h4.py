from mk import K, write
O = "odyssey-therapeutics"; A = "abbvie"; D = [A, O]
cl = [
 # h1
 K(O, "funding_round", "240000000", "USD", "reported", None, "Odyssey Therapeutics Announces Exclusive Global License Agreement with AbbVie for OD-4120 and $240 Million Series C Financing"),
 # highlights
 K(D, "other", "150000000", "USD", "reported", None, "AbbVie to pay $150 million upfront, with up to $1.85 billion in development, regulatory and commercial milestones and tiered royalties of up to 12% on net sales", cp=O),
 K(D, "other", "1850000000", "USD", "hedged", None, "AbbVie to pay $150 million upfront, with up to $1.85 billion in development, regulatory and commercial milestones and tiered royalties of up to 12% on net sales", cp=O),
 K(D, "other", "12", None, "hedged", None, "AbbVie to pay $150 million upfront, with up to $1.85 billion in development, regulatory and commercial milestones and tiered royalties of up to 12% on net sales", cp=O),
 K(O, "other", "610000000", "USD", "reported", None, "Pro forma cash of approximately $610 million expected to fund operations into the second half of 2029"),
 # lede
 K(O, "funding_round", "240000000", "USD", "reported", None, "Odyssey also announced the closing of an oversubscribed $240 million Series C financing."),
 # license terms
 K(D, "other", "150000000", "USD", "reported", None, "Odyssey will receive an upfront payment of $150 million and is eligible to receive up to $1.85 billion in development, regulatory and commercial milestone payments, for a total potential deal value of up to $2.0 billion", cp=O),
 K(D, "other", "1850000000", "USD", "hedged", None, "Odyssey will receive an upfront payment of $150 million and is eligible to receive up to $1.85 billion in development, regulatory and commercial milestone payments, for a total potential deal value of up to $2.0 billion", cp=O),
 K(D, "contract_value", "2000000000", "USD", "reported", None, "Odyssey will receive an upfront payment of $150 million and is eligible to receive up to $1.85 billion in development, regulatory and commercial milestone payments, for a total potential deal value of up to $2.0 billion", cp=O),
 K(D, "other", "12", None, "hedged", None, "Odyssey is also eligible to receive tiered royalties of up to 12% on worldwide net sales", cp=O),
 # Series C
 K(O, "funding_round", "240000000", "USD", "reported", None, "The $240 million Series C financing was co-led by RA Capital Management"),
 K(A, "investment", "50000000", "USD", "reported", None, "As part of the financing, AbbVie purchased $50 million of Odyssey's Series C preferred stock", cp=O),
 K(O, "funding_round", "168000000", "USD", "reported", "2022", "The financing follows a $168 million Series B that Odyssey completed in 2022"),
 K(O, "spending", "180000000", "USD", "planned", None, "fund a Phase 3 program for OD-1157 in ulcerative colitis, which the company expects to cost about $180 million"),
 K(O, "other", "610000000", "USD", "reported", "2026-06-30", "Odyssey had pro forma cash, cash equivalents and marketable securities of approximately $610 million as of June 30, 2026"),
]
write("H4", "H4.html", "2026-07-13",
      "Press release dated 'July 13, 2026' (<time datetime=\"2026-07-13\"> and the 'BOSTON, July 13, 2026 /PRNewswire/' dateline).",
      cl)
