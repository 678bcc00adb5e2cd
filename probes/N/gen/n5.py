from mk import C, write
H = ["hsbc"]
HW = ["hsbc", "westpac"]
H1 = "2026-H1"
D = "2026-07-28"
claims = [
    # headline and standfirst
    C(H, "other", "17900000000", "USD", None, "reported", None, "HSBC profits slip to $17.9bn"),
    C(H, "other", "3000000000", "USD", None, "planned", None, "as bank launches $3bn buyback"),
    C(H, "job_cuts", "3000", None, None, "planned", None, "Lender to cut a further 3,000 jobs"),
    C(H, "other", "2000000000", "USD", None, "planned", None, "lifts its cost-savings target to $2bn"),
    C(H, "stock_change", "2", None, None, "reported", None, "shares fall 2%"),
    # lede
    C(H, "growth_rate", "6", None, None, "reported", H1, "HSBC's pre-tax profits fell 6% in the first half of the year to $17.9bn (£13.4bn)"),
    C(H, "other", "17900000000", "USD", None, "reported", H1, "HSBC's pre-tax profits fell 6% in the first half of the year to $17.9bn (£13.4bn)"),
    C(H, "other", "13400000000", "GBP", None, "reported", H1, "HSBC's pre-tax profits fell 6% in the first half of the year to $17.9bn (£13.4bn)"),
    C(H, "other", "3000000000", "USD", None, "planned", None, "it would buy back up to $3bn of its shares over the next three months"),
    C(H, "other", "0.1", "USD", None, "reported", None, "declared a second interim dividend of 10 cents a share"),
    C(H, "growth_rate", "3", None, None, "reported", H1, "Revenue in the half fell 3% to $34.2bn"),
    C(H, "revenue", "34200000000", "USD", None, "reported", H1, "Revenue in the half fell 3% to $34.2bn"),
    C(H, "other", "8600000000", "USD", None, "reported", "2026-Q2", "Second-quarter pre-tax profit was $8.6bn"),
    C(H, "other", "8300000000", "USD", None, "forecast", "2026-Q2", "ahead of the $8.3bn average forecast of analysts compiled by the bank"),
    # costs and jobs
    C(H, "other", "2000000000", "USD", None, "planned", ("2026-07-28", "2027-12-31"), "The bank lifted its target for annualised cost savings to $2bn by the end of 2027"),
    C(H, "other", "1500000000", "USD", None, "planned", ("2026-07-28", "2026-12-31"), "up from the $1.5bn it had previously aimed for by the end of 2026"),
    C(H, "job_cuts", "3000", None, None, "planned", "2026", "It also said it would cut a further 3,000 jobs this year"),
    C(H, "job_cuts", "8000", None, None, "reported", ("2024-09-01", "2026-07-28"), "on top of about 8,000 roles removed since September 2024"),
    C(H, "headcount", "208000", None, None, "reported", None, "HSBC employs about 208,000 people worldwide"),
    C(H, "other", "1800000000", "USD", None, "planned", ("2026-01-01", "2027-12-31"), "It expects to incur about $1.8bn of severance and other restructuring costs over 2026 and 2027"),
    C(H, "other", "1100000000", "USD", None, "reported", H1, "of which $1.1bn was booked in the first half"),
    # Australian sale
    C(HW, "contract_value", "1600000000", "AUD", "westpac", "reported", None, "HSBC also agreed to sell its Australian retail banking business to Westpac for A$1.6bn ($1.05bn)"),
    C(HW, "contract_value", "1050000000", "USD", "westpac", "reported", None, "HSBC also agreed to sell its Australian retail banking business to Westpac for A$1.6bn ($1.05bn)"),
    C(H, "other", "250000000", "USD", None, "planned", None, "would result in a pre-tax gain of about $250m, HSBC said"),
    C(["westpac"], "other", "400000", None, None, "planned", None, "Westpac said the deal would add about 400,000 customers"),
    C(["westpac"], "stock_change", "0.8", None, None, "reported", D, "Westpac shares rose 0.8% in Sydney on Tuesday"),
    # capital and credit
    C(H, "other", "2100000000", "USD", None, "reported", H1, "Expected credit losses rose to $2.1bn in the half"),
    C(H, "other", "450000000", "USD", None, "reported", H1, "including $450m linked to Hong Kong commercial real estate"),
    C(H, "other", "14.8", None, None, "reported", "2026-06", "was 14.8% at the end of June"),
    C(H, "other", "15", None, None, "reported", "2026-03", "down from 15% at the end of March"),
    C(H, "other", "14", None, None, "planned", None, "above its target range of 14% to 14.5%"),
    C(H, "other", "43000000000", "USD", None, "planned", "2026", "HSBC said it still expected banking net interest income of about $43bn for 2026"),
    # shares
    C(H, "stock_change", "2.1", None, None, "reported", D, "Shares in HSBC fell 2.1% to 968.4p in London on Tuesday morning"),
    C(H, "other", "9.684", "GBP", None, "reported", D, "Shares in HSBC fell 2.1% to 968.4p in London on Tuesday morning"),
    C(H, "stock_change", "40", None, None, "reported", ("2026-01-01", D), "they are still up by nearly 40% so far this year"),
    C(H, "other", "10.5", "GBP", None, "forecast", None, "RBC Capital Markets, which has a price target of 1,050p on the stock"),
    # rivals
    C(["lloyds"], "other", "3600000000", "GBP", None, "reported", H1, "Lloyds Banking Group last week reported a first-half pre-tax profit of £3.6bn"),
    C(["natwest"], "other", "3300000000", "GBP", None, "reported", H1, "while NatWest posted £3.3bn on Friday"),
    C(["standard-chartered"], "other", "4100000000", "USD", None, "forecast", H1, "analysts expect StanChart to report first-half pre-tax profit of about $4.1bn"),
]
write("N5.txt", "2026-07-28",
      "Date line 'Tue 28 Jul 2026 09.14 BST'; the share move is 'on Tuesday morning'.",
      claims)
