from mk import C, write
DH = ["delivery-hero"]
DG = ["delivery-hero", "grab"]
Q2 = "2026-Q2"; Q2LY = "2025-Q2"; H1 = "2026-H1"; H1LY = "2025-H1"; Y = "2026"
claims = [
    # bullets
    C(DH, "other", "12400000000", "EUR", None, "reported", Q2, "Q2 GTV up 9% to 12.4 bln euros, orders up 6%"),
    C(DH, "growth_rate", "9", None, None, "reported", Q2, "Q2 GTV up 9% to 12.4 bln euros, orders up 6%"),
    C(DH, "growth_rate", "6", None, None, "reported", Q2, "Q2 GTV up 9% to 12.4 bln euros, orders up 6%"),
    C(DH, "other", "262000000", "EUR", None, "reported", Q2, "Q2 adjusted EBITDA 262 mln euros vs 231 mln consensus"),
    C(DH, "other", "231000000", "EUR", None, "forecast", Q2, "Q2 adjusted EBITDA 262 mln euros vs 231 mln consensus"),
    C(DH, "other", "1050000000", "EUR", None, "planned", Y, "Raises 2026 adjusted EBITDA outlook to 1.05-1.15 bln euros"),
    C(DG, "contract_value", "870000000", "EUR", "grab", "reported", None, "Sells foodpanda Singapore and Malaysia to Grab for about 870 mln euros"),
    C(DH, "stock_change", "8.1", None, None, "reported", None, "Shares up as much as 8.1%"),
    # lede
    C(DG, "contract_value", "870000000", "EUR", "grab", "reported", None, "agreed to sell its businesses in Singapore and Malaysia to Grab Holdings for about 870 million euros ($1.01 billion)"),
    C(DG, "contract_value", "1010000000", "USD", "grab", "reported", None, "agreed to sell its businesses in Singapore and Malaysia to Grab Holdings for about 870 million euros ($1.01 billion)"),
    # GTV, orders, revenue
    C(DH, "other", "12400000000", "EUR", None, "reported", Q2, "rose 9% to 12.4 billion euros in the April-June quarter, or 11% when adjusted for currency swings"),
    C(DH, "growth_rate", "9", None, None, "reported", Q2, "rose 9% to 12.4 billion euros in the April-June quarter, or 11% when adjusted for currency swings"),
    C(DH, "growth_rate", "11", None, None, "reported", Q2, "rose 9% to 12.4 billion euros in the April-June quarter, or 11% when adjusted for currency swings"),
    C(DH, "other", "749000000", None, None, "reported", Q2, "The number of orders climbed 6% to 749 million in the quarter"),
    C(DH, "growth_rate", "6", None, None, "reported", Q2, "The number of orders climbed 6% to 749 million in the quarter"),
    C(DH, "revenue", "3610000000", "EUR", None, "reported", None, "Total segment revenue increased 15% to 3.61 billion euros"),
    C(DH, "growth_rate", "15", None, None, "reported", None, "Total segment revenue increased 15% to 3.61 billion euros"),
    C(DH, "revenue", "3550000000", "EUR", None, "forecast", None, "the 3.55 billion euros analysts had expected on average"),
    # EBITDA, FCF
    C(DH, "other", "262000000", "EUR", None, "reported", Q2, "Second-quarter adjusted earnings before interest, tax, depreciation and amortisation (EBITDA) rose to 262 million euros from 118 million euros a year earlier"),
    C(DH, "other", "118000000", "EUR", None, "reported", Q2LY, "Second-quarter adjusted earnings before interest, tax, depreciation and amortisation (EBITDA) rose to 262 million euros from 118 million euros a year earlier"),
    C(DH, "other", "231000000", "EUR", None, "forecast", Q2, "beating the consensus of 231 million euros"),
    C(DH, "other", "468000000", "EUR", None, "reported", H1, "That took first-half adjusted EBITDA to 468 million euros"),
    C(DH, "other", "84000000", "EUR", None, "reported", H1, "Free cash flow was positive at 84 million euros in the six months to June 30, compared with an outflow of 160 million euros a year earlier"),
    C(DH, "other", "160000000", "EUR", None, "reported", H1LY, "Free cash flow was positive at 84 million euros in the six months to June 30, compared with an outflow of 160 million euros a year earlier"),
    # guidance
    C(DH, "other", "1050000000", "EUR", None, "planned", Y, "now expects adjusted EBITDA of 1.05 billion to 1.15 billion euros for 2026"),
    C(DH, "other", "950000000", "EUR", None, "planned", Y, "up from 0.95 billion to 1.05 billion euros previously"),
    C(DH, "growth_rate", "8", None, None, "planned", Y, "GTV growth of 8% to 10% this year"),
    C(DH, "other", "300000000", "EUR", None, "planned", Y, "it expects free cash flow of more than 300 million euros in 2026"),
    # analyst, shares
    C(DH, "other", "38", "EUR", None, "forecast", None, "raised his price target to 38 euros from 35 euros"),
    C(DH, "other", "35", "EUR", None, "forecast", None, "raised his price target to 38 euros from 35 euros"),
    C(DH, "stock_change", "7.2", None, None, "reported", None, "Delivery Hero shares were up 7.2% at 29.64 euros by 1010 GMT, after rising as much as 8.1% earlier in the session"),
    C(DH, "other", "29.64", "EUR", None, "reported", None, "Delivery Hero shares were up 7.2% at 29.64 euros by 1010 GMT, after rising as much as 8.1% earlier in the session"),
    C(DH, "stock_change", "8.1", None, None, "reported", None, "Delivery Hero shares were up 7.2% at 29.64 euros by 1010 GMT, after rising as much as 8.1% earlier in the session"),
    C(DH, "stock_change", "12", None, None, "reported", ("2026-01-01", "2026-08-26"), "the stock is down about 12% so far this year"),
    # Grab deal
    C(DG, "contract_value", "870000000", "EUR", "delivery-hero", "reported", None, "Grab will pay about 870 million euros in cash for foodpanda's operations in the two countries"),
    C(DH, "other", "1400000000", "EUR", None, "reported", "2025", "Delivery Hero's businesses in Singapore and Malaysia generated GTV of about 1.4 billion euros in 2025"),
    C(DH, "other", "310000000", "EUR", None, "planned", None, "Delivery Hero expects to book a gain of about 310 million euros on the sale"),
    C(DH, "other", "250000000", "EUR", None, "planned", None, "buy back up to 250 million euros of its own shares"),
    C(["grab"], "other", "6300000000", "USD", None, "reported", "2026-06", "It had $6.3 billion in cash and equivalents at the end of June"),
    C(["delivery-hero", "uber"], "contract_value", "950000000", "USD", "uber", "reported", "2024", "Delivery Hero had agreed in 2024 to sell its foodpanda business in Taiwan to Uber for $950 million"),
    C(DH, "headcount", "46000", None, None, "reported", None, "The company, which employs around 46,000 people worldwide"),
    C(DH, "job_cuts", "1300", None, None, "reported", "2025", "after eliminating about 1,300 roles, mostly in Berlin and in its technology teams, in 2025"),
    # Talabat, peers
    C(["talabat"], "other", "2700000000", "USD", None, "reported", Q2, "its second-quarter GTV rose 24% to $2.7 billion"),
    C(["talabat"], "growth_rate", "24", None, None, "reported", Q2, "its second-quarter GTV rose 24% to $2.7 billion"),
    C(["doordash", "deliveroo"], "contract_value", "2900000000", "GBP", "deliveroo", "reported", "2025-10", "DoorDash completed its roughly 2.9 billion pound ($3.9 billion) takeover of formerly London-listed Deliveroo in October"),
    C(["doordash", "deliveroo"], "contract_value", "3900000000", "USD", "deliveroo", "reported", "2025-10", "DoorDash completed its roughly 2.9 billion pound ($3.9 billion) takeover of formerly London-listed Deliveroo in October"),
    C(["prosus", "just-eat-takeaway"], "contract_value", "4100000000", "EUR", "just-eat-takeaway", "reported", "2025", "Prosus bought Just Eat Takeaway.com for 4.1 billion euros last year"),
    C(["deliveroo"], "other", "2050000000", "GBP", None, "reported", Q2, "Deliveroo's gross transaction value rose 5% to 2.05 billion pounds in the second quarter, with orders in the UK and Ireland up 3%"),
    C(["deliveroo"], "growth_rate", "5", None, None, "reported", Q2, "Deliveroo's gross transaction value rose 5% to 2.05 billion pounds in the second quarter, with orders in the UK and Ireland up 3%"),
    C(["deliveroo"], "growth_rate", "3", None, None, "reported", Q2, "Deliveroo's gross transaction value rose 5% to 2.05 billion pounds in the second quarter, with orders in the UK and Ireland up 3%"),
    C(["just-eat-takeaway"], "growth_rate", "2", None, None, "reported", H1, "Just Eat Takeaway's UK orders fell 2% in the first half, while its UK GTV held at about 3.3 billion pounds"),
    C(["just-eat-takeaway"], "other", "3300000000", "GBP", None, "reported", H1, "Just Eat Takeaway's UK orders fell 2% in the first half, while its UK GTV held at about 3.3 billion pounds"),
    C(DH, "other", "1020000000", "EUR", None, "forecast", Y, "who had forecast 2026 adjusted EBITDA of 1.02 billion euros before the results"),
]
write("J1.txt", "2026-08-26", "Dateline 'BERLIN, Aug 26 (Reuters)'; the results came 'on Wednesday' (2026-08-26 is a Wednesday).", claims)
