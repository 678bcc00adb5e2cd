from mk import C, write

REF = "2026-01-12"
NC = ["novartis", "cspc"]
NA = ["novartis", "argo-biopharmaceutical"]
NV = ["novartis", "avidity-biosciences"]
claims = [
    # headline and lede
    C(NC, "other", "500000000", "USD", "cspc", "reported", None, "Novartis pays CSPC $500M upfront for bispecific ADC"),
    C(NC, "contract_value", "5200000000", "USD", "cspc", "reported", None, "in a deal worth up to $5.2 billion"),
    # terms
    C(NC, "other", "500000000", "USD", "cspc", "reported", None, "CSPC will receive $500 million upfront"),
    C(NC, "other", "4700000000", "USD", "cspc", "hedged", None, "is eligible for up to $4.7 billion in development, regulatory and commercial milestones"),
    C(NC, "other", "14", None, "cspc", "hedged", None, "is also eligible for tiered royalties of up to 14% on net sales"),
    # equity stake
    C(["novartis"], "investment", "100000000", "USD", "cspc", "planned", None, "Novartis will also buy $100 million of newly issued CSPC shares at HK$9.15 apiece"),
    C(NC, "other", "9.15", "HKD", "cspc", "planned", None, "Novartis will also buy $100 million of newly issued CSPC shares at HK$9.15 apiece"),
    C(NC, "other", "15", None, "cspc", "planned", None, "a 15% premium to Friday's close"),
    # market reaction
    C(["cspc"], "stock_change", "9.4", None, None, "reported", REF, "CSPC shares jumped 9.4% to HK$8.70 on Monday"),
    C(["cspc"], "other", "8.7", "HKD", None, "reported", REF, "CSPC shares jumped 9.4% to HK$8.70 on Monday"),
    C(["cspc"], "valuation", "100000000000", "HKD", None, "reported", REF, "giving the company a market value of about HK$100 billion"),
    C(["novartis"], "stock_change", "0.3", None, None, "reported", None, "Novartis shares edged down 0.3% in Zurich"),
    # other deals
    C(NA, "other", "160000000", "USD", "argo-biopharmaceutical", "reported", "2025-09", "agreed to pay Shanghai-based Argo Biopharmaceutical $160 million upfront"),
    C(NA, "other", "5200000000", "USD", "argo-biopharmaceutical", "hedged", "2025-09", "with up to $5.2 billion more in milestones"),
    C(NV, "other", "72", "USD", "avidity-biosciences", "reported", "2025-10", "In October, Novartis agreed to buy Avidity Biosciences for $72 a share in cash"),
    C(NV, "contract_value", "12000000000", "USD", "avidity-biosciences", "reported", "2025-10", "In October, Novartis agreed to buy Avidity Biosciences for $72 a share in cash, or about $12 billion"),
    C(["novartis", "tourmaline-bio"], "contract_value", "1400000000", "USD", "tourmaline-bio", "reported", None, "A month earlier it completed its $1.4 billion purchase of Tourmaline Bio"),
    # spending
    C(["novartis"], "capital_expenditure", "23000000000", "USD", None, "planned", None, "Novartis has also pledged to invest $23 billion in U.S. manufacturing and research facilities over five years"),
    C(["novartis"], "spending", "10100000000", "USD", None, "reported", "2024", "spent $10.1 billion on research and development in 2024"),
    # analyst
    C(["novartis"], "revenue", "3000000000", "USD", None, "hedged", None, "estimated that SYS6055 could reach peak sales of $3 billion outside China"),
    C(["novartis"], "other", "120", "CHF", None, "forecast", None, "She kept her price target on Novartis at 120 Swiss francs"),
    # CSPC
    C(["cspc"], "revenue", "13270000000", "CNY", None, "reported", "2025-H1", "CSPC's revenue fell 18% to 13.27 billion yuan ($1.9 billion) in the first half of 2025"),
    C(["cspc"], "revenue", "1900000000", "USD", None, "reported", "2025-H1", "CSPC's revenue fell 18% to 13.27 billion yuan ($1.9 billion) in the first half of 2025"),
    C(["cspc"], "growth_rate", "18", None, None, "reported", "2025-H1", "CSPC's revenue fell 18% to 13.27 billion yuan ($1.9 billion) in the first half of 2025"),
    C(["cspc"], "other", "2550000000", "CNY", None, "reported", "2025-H1", "net profit dropped 16% to 2.55 billion yuan"),
    C(["cspc"], "growth_rate", "16", None, None, "reported", "2025-H1", "net profit dropped 16% to 2.55 billion yuan"),
    C(["astrazeneca", "cspc"], "other", "110000000", "USD", "cspc", "reported", "2025-06", "Last June, AstraZeneca paid CSPC $110 million upfront"),
    C(["astrazeneca", "cspc"], "other", "5300000000", "USD", "cspc", "hedged", "2025-06", "with up to $5.3 billion in potential milestones"),
    C(["cspc"], "spending", "6000000000", "CNY", None, "planned", "2026", "it plans to spend about 6 billion yuan on R&D this year"),
    # B7-H3 precedents
    C(["merck", "hansoh-pharma"], "other", "112000000", "USD", "hansoh-pharma", "reported", "2023-10", "Merck & Co. paid Hansoh Pharma $112 million upfront for a B7-H3 ADC in October 2023"),
    C(["gsk", "hansoh-pharma"], "other", "185000000", "USD", "hansoh-pharma", "reported", None, "GSK paid Hansoh $185 million upfront for a similar drug two months later"),
]
write("M2.txt", REF, "Byline date 'Jan 12, 2026 7:40am'; the deal was 'disclosed Monday' and CSPC shares moved 'on Monday' (2026-01-12).", claims)
