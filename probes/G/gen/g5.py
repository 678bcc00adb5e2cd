from mk import C, P, write
H = "heineken"
Q3 = P("2026-07-01", "2026-09-30"); Y26 = P("2026-01-01", "2026-12-31"); Y27 = P("2027-01-01", "2027-12-31")
TODAY = P("2026-10-28")
cl = [
 # header and title
 C(H, "other", "98", "EUR", "forecast", None, "Target price: €98.00 (prior: €95.00)"),
 C(H, "other", "95", "EUR", "forecast", None, "Target price: €98.00 (prior: €95.00)"),
 C(H, "other", "78.4", "EUR", "reported", P("2026-10-27"), "Price (27 Oct 2026 close): €78.40"),
 C(H, "valuation", "44600000000", "EUR", "reported", None, "Market cap: €44.6bn"),
 C(H, "other", "98", "EUR", "forecast", None, "FY26 profit guide nudged up; TP to €98"),
 # what happened
 C(H, "growth_rate", "4.6", None, "reported", Q3, "Heineken's third-quarter organic net revenue (beia) growth of 4.6% beat the company-compiled consensus of 3.1% and our own 3.4%"),
 C(H, "growth_rate", "3.1", None, "forecast", Q3, "Heineken's third-quarter organic net revenue (beia) growth of 4.6% beat the company-compiled consensus of 3.1% and our own 3.4%"),
 C(H, "growth_rate", "3.4", None, "forecast", Q3, "Heineken's third-quarter organic net revenue (beia) growth of 4.6% beat the company-compiled consensus of 3.1% and our own 3.4%"),
 C(H, "growth_rate", "1.2", None, "reported", Q3, "Total beer volume rose 1.2% organically in Q3, against consensus of +0.4%"),
 C(H, "growth_rate", "0.4", None, "forecast", Q3, "Total beer volume rose 1.2% organically in Q3, against consensus of +0.4%"),
 C(H, "growth_rate", "3.4", None, "reported", Q3, "while price/mix on a constant geographic basis added 3.4%"),
 C(H, "growth_rate", "1.8", None, "reported", None, "Reported net revenue (beia) fell 1.8% to €9.12bn"),
 C(H, "revenue", "9120000000", "EUR", "reported", None, "Reported net revenue (beia) fell 1.8% to €9.12bn"),
 C(H, "other", "5.9", None, "reported", None, "with currency translation knocking 5.9% off"),
 C(H, "growth_rate", "6", None, "planned", Y26, "Management now expects FY26 operating profit (beia) to grow organically by 6% to 8%, up from 4% to 8% previously"),
 C(H, "growth_rate", "4", None, "planned", Y26, "Management now expects FY26 operating profit (beia) to grow organically by 6% to 8%, up from 4% to 8% previously"),
 # our view
 C(H, "other", "98", "EUR", "forecast", None, "move our target price to €98 from €95"),
 C(H, "other", "95", "EUR", "forecast", None, "move our target price to €98 from €95"),
 C(H, "stock_change", "5.2", None, "reported", TODAY, "The shares were up 5.2% at €82.48 in early trading this morning"),
 C(H, "other", "82.48", "EUR", "reported", TODAY, "The shares were up 5.2% at €82.48 in early trading this morning"),
 # regions
 C(H, "growth_rate", "6.8", None, "reported", Q3, "Organic net revenue rose 6.8% in the third quarter, with volume up 2.1%"),
 C(H, "growth_rate", "2.1", None, "reported", Q3, "Organic net revenue rose 6.8% in the third quarter, with volume up 2.1%"),
 C(H, "growth_rate", "11", None, "reported", None, "In Brazil, net revenue grew 11% in local currency to R$6.3bn (about €1.0bn)"),
 C(H, "revenue", "6300000000", "BRL", "reported", None, "In Brazil, net revenue grew 11% in local currency to R$6.3bn (about €1.0bn)"),
 C(H, "revenue", "1000000000", "EUR", "reported", None, "In Brazil, net revenue grew 11% in local currency to R$6.3bn (about €1.0bn)"),
 C(H, "growth_rate", "5", None, "reported", None, "Mexico revenue rose 5% to MXN 21.8bn"),
 C(H, "revenue", "21800000000", "MXN", "reported", None, "Mexico revenue rose 5% to MXN 21.8bn"),
 C(H, "growth_rate", "3", None, "reported", None, "US revenue slipped 3% to $1.08bn"),
 C(H, "revenue", "1080000000", "USD", "reported", None, "US revenue slipped 3% to $1.08bn"),
 C(H, "growth_rate", "38", None, "reported", None, "In Nigeria, net revenue rose 38% in naira terms to ₦412bn"),
 C(H, "revenue", "412000000000", "NGN", "reported", None, "In Nigeria, net revenue rose 38% in naira terms to ₦412bn"),
 C(H, "growth_rate", "9", None, "reported", None, "but volume fell 9%"),
 C(H, "growth_rate", "12", None, "reported", None, "the region's reported revenue in euros was down 12%"),
 C(H, "growth_rate", "1.5", None, "reported", None, "Beer volume declined 1.5% after a wet summer, but price/mix of +3.6% took organic revenue growth to 1.9%"),
 C(H, "growth_rate", "3.6", None, "reported", None, "Beer volume declined 1.5% after a wet summer, but price/mix of +3.6% took organic revenue growth to 1.9%"),
 C(H, "growth_rate", "1.9", None, "reported", None, "Beer volume declined 1.5% after a wet summer, but price/mix of +3.6% took organic revenue growth to 1.9%"),
 C(H, "growth_rate", "7.2", None, "reported", None, "Asia Pacific. Organic revenue grew 7.2%"),
 C(H, "growth_rate", "4", None, "reported", None, "Vietnam volume rose 4% and India volume 14%"),
 C(H, "growth_rate", "14", None, "reported", None, "Vietnam volume rose 4% and India volume 14%"),
 C(H, "growth_rate", "6.1", None, "reported", Q3, "The Heineken brand itself grew volume 6.1% in the quarter"),
 # guidance, capital returns
 C(H, "growth_rate", "6", None, "planned", Y26, "Heineken now guides to organic operating profit (beia) growth of 6% to 8% for 2026"),
 C(H, "other", "400000000", "EUR", "planned", None, "reiterated its target of €400m to €500m of gross cost savings a year"),
 C(H, "capital_expenditure", "2300000000", "EUR", "planned", Y26, "Capex for the year is still expected at about €2.3bn"),
 C(H, "other", "1500000000", "EUR", "planned", None, "The €1.5bn two-year share buyback remains on track"),
 C(H, "other", "840000000", "EUR", "reported", P("2026-09-30"), "with €840m completed as of 30 September"),
 # estimates
 C(H, "operating_income", "4720000000", "EUR", "forecast", Y26, "We now forecast FY26 operating profit (beia) of €4.72bn, up from €4.63bn and 2% above the Visible Alpha consensus of €4.62bn"),
 C(H, "operating_income", "4630000000", "EUR", "forecast", Y26, "We now forecast FY26 operating profit (beia) of €4.72bn, up from €4.63bn and 2% above the Visible Alpha consensus of €4.62bn"),
 C(H, "operating_income", "4620000000", "EUR", "forecast", Y26, "We now forecast FY26 operating profit (beia) of €4.72bn, up from €4.63bn and 2% above the Visible Alpha consensus of €4.62bn"),
 C(H, "other", "15.4", None, "forecast", Y26, "That implies an operating margin (beia) of 15.4% for the year"),
 C(H, "eps", "5.21", "EUR", "forecast", Y26, "Our FY26 EPS (beia) estimate rises to €5.21 from €5.09, against consensus of €5.06"),
 C(H, "eps", "5.09", "EUR", "forecast", Y26, "Our FY26 EPS (beia) estimate rises to €5.21 from €5.09, against consensus of €5.06"),
 C(H, "eps", "5.06", "EUR", "forecast", Y26, "Our FY26 EPS (beia) estimate rises to €5.21 from €5.09, against consensus of €5.06"),
 C(H, "eps", "5.68", "EUR", "forecast", Y27, "For FY27 we now forecast EPS (beia) of €5.68"),
 C(H, "growth_rate", "5", None, "forecast", Y27, "We forecast FY27 organic revenue growth of 5.0%, against the 4.3% consensus"),
 C(H, "growth_rate", "4.3", None, "forecast", Y27, "We forecast FY27 organic revenue growth of 5.0%, against the 4.3% consensus"),
 # read-across
 C("ab-inbev", "revenue", "15800000000", "USD", "forecast", Q3, "Consensus expects Q3 revenue of $15.8bn and organic revenue growth of 3.5%"),
 C("ab-inbev", "growth_rate", "3.5", None, "forecast", Q3, "Consensus expects Q3 revenue of $15.8bn and organic revenue growth of 3.5%"),
 C("ambev", "revenue", "22900000000", "BRL", "reported", Q3, "Ambev reported yesterday, with Q3 net revenue of R$22.9bn, up 6.5% organically, although its Brazil beer volume fell 2.1%"),
 C("ambev", "growth_rate", "6.5", None, "reported", Q3, "Ambev reported yesterday, with Q3 net revenue of R$22.9bn, up 6.5% organically, although its Brazil beer volume fell 2.1%"),
 C("ambev", "growth_rate", "2.1", None, "reported", Q3, "Ambev reported yesterday, with Q3 net revenue of R$22.9bn, up 6.5% organically, although its Brazil beer volume fell 2.1%"),
 C("carlsberg", "revenue", "24100000000", "DKK", "forecast", Q3, "consensus sits at DKK 24.1bn of Q3 revenue"),
 # valuation
 C(H, "other", "98", "EUR", "forecast", None, "Our €98 target price is based on 18x our 2027 EPS (beia)"),
]
write("G5", "G5.txt", "2026-10-28",
      "Note header 'Quick Take | 28 October 2026 | 08:15 CET', written on the morning of Heineken's Q3 trading update (share move 'this morning'; price line is the 27 Oct close).",
      cl)
