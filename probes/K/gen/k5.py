from mk import C, write

REF = "2026-05-12"
V, V3 = ["vodafone"], ["vodafonethree"]
FY26 = ("2025-04-01", "2026-03-31")
FY27 = ("2026-04-01", "2027-03-31")
FY28 = ("2027-04-01", "2028-03-31")
JM, OD = "2026-Q1", "2025-Q4"   # fiscal Q4 FY26 = Jan-Mar 2026; fiscal Q3 = Oct-Dec 2025
claims = [
    # header
    C(V, "other", "0.95", "GBP", None, "forecast", None, "Price target: 95p (from 88p)"),
    C(V, "other", "0.88", "GBP", None, "forecast", None, "Price target: 95p (from 88p)"),
    C(V, "other", "0.764", "GBP", None, "reported", "2026-05-11", "Share price: 76.4p (close 11 May 2026)"),
    C(V, "valuation", "19100000000", "GBP", None, "reported", None, "Market cap: £19.1bn"),
    # key takeaways
    C(V, "other", "0.95", "GBP", None, "forecast", None, "We raise estimates and move our price target to 95p (from 88p)"),
    C(V, "other", "0.88", "GBP", None, "forecast", None, "We raise estimates and move our price target to 95p (from 88p)"),
    # table (EUR m; columns FY26 actual / Berenberg est. / consensus)
    C(V, "revenue", "38620000000", "EUR", None, "reported", FY26, "38,620"),
    C(V, "revenue", "38310000000", "EUR", None, "forecast", FY26, "38,310"),
    C(V, "revenue", "38450000000", "EUR", None, "forecast", FY26, "38,450"),
    C(V, "revenue", "31870000000", "EUR", None, "reported", FY26, "31,870"),
    C(V, "revenue", "31700000000", "EUR", None, "forecast", FY26, "31,700"),
    C(V, "revenue", "31760000000", "EUR", None, "forecast", FY26, "31,760"),
    C(V, "other", "11520000000", "EUR", None, "reported", FY26, "11,520"),
    C(V, "other", "11420000000", "EUR", None, "forecast", FY26, "11,420"),
    C(V, "other", "11450000000", "EUR", None, "forecast", FY26, "11,450"),
    C(V, "other", "2610000000", "EUR", None, "reported", FY26, "2,610"),
    C(V, "other", "2540000000", "EUR", None, "forecast", FY26, "2,540"),
    C(V, "other", "2560000000", "EUR", None, "forecast", FY26, "2,560"),
    # results
    C(V, "revenue", "38600000000", "EUR", None, "reported", FY26, "Group revenue for FY26 was €38.6bn, up 3.3% year on year"),
    C(V, "growth_rate", "3.3", None, None, "reported", FY26, "Group revenue for FY26 was €38.6bn, up 3.3% year on year"),
    C(V, "revenue", "38300000000", "EUR", None, "forecast", FY26, "slightly ahead of our €38.3bn and consensus of €38.45bn"),
    C(V, "revenue", "38450000000", "EUR", None, "forecast", FY26, "slightly ahead of our €38.3bn and consensus of €38.45bn"),
    C(V, "growth_rate", "5", None, None, "reported", FY26, "Organic service revenue growth for FY26 was 5.0%"),
    C(V, "other", "11520000000", "EUR", None, "reported", FY26, "Adjusted EBITDAaL for FY26 came in at €11.52bn, up 4.1% organically"),
    C(V, "growth_rate", "4.1", None, None, "reported", FY26, "Adjusted EBITDAaL for FY26 came in at €11.52bn, up 4.1% organically"),
    C(V, "other", "11420000000", "EUR", None, "forecast", FY26, "against our €11.42bn and consensus of €11.45bn"),
    C(V, "other", "11450000000", "EUR", None, "forecast", FY26, "against our €11.42bn and consensus of €11.45bn"),
    C(V, "other", "2610000000", "EUR", None, "reported", FY26, "Adjusted free cash flow for FY26 was €2.61bn"),
    C(V, "other", "2400000000", "EUR", None, "planned", FY26, "at the top of the €2.4bn-2.6bn guidance range"),
    C(V, "other", "25900000000", "EUR", None, "reported", "2026-03-31", "Net debt was €25.9bn at 31 March 2026"),
    # Germany
    C(V, "growth_rate", "0.8", None, None, "reported", JM, "Service revenue in Germany rose 0.8% in the fiscal fourth quarter (January-March 2026)"),
    C(V, "other", "9000", None, None, "reported", JM, "In the January-March quarter, fixed broadband losses in Germany narrowed to 9,000"),
    C(V, "other", "28000", None, None, "reported", OD, "from 28,000 in the October-December quarter"),
    C(V, "other", "41000", None, None, "reported", JM, "mobile contract net adds were 41,000"),
    # UK
    C(V3, "other", "62000", None, None, "reported", JM, "VodafoneThree added 62,000 contract mobile customers in the January-March quarter"),
    C(V3, "other", "1060000000", "GBP", None, "reported", ("2025-10-01", "2026-03-31"), "generated adjusted EBITDAaL of £1.06bn in the six months to 31 March 2026"),
    C(V3, "other", "700000000", "GBP", None, "planned", (REF, "2030-03-31"), "VodafoneThree reiterated its target of £700m of annual cost and capex synergies by FY30"),
    C(V3, "capital_expenditure", "11000000000", "GBP", None, "planned", None, "its £11bn ten-year network investment plan"),
    # spectrum
    C(V, "spending", "870000000", "EUR", None, "reported", "2025-10", "Vodafone paid the equivalent of €870m for 5G spectrum in Turkey's auction in October 2025"),
    C(V, "spending", "1100000000", "EUR", None, "forecast", FY28, "we now include €1.1bn for the renewal of Vodafone's German low- and mid-band licences in FY28 (April 2027-March 2028)"),
    # guidance
    C(V, "other", "11800000000", "EUR", None, "planned", FY27, "Vodafone guides adjusted EBITDAaL of €11.8bn-12.1bn"),
    C(V, "other", "11700000000", "EUR", None, "forecast", FY27, "above the €11.7bn we had previously assumed"),
    C(V, "other", "11850000000", "EUR", None, "forecast", FY27, "the €11.85bn consensus"),
    C(V, "other", "2700000000", "EUR", None, "planned", FY27, "It guides FY27 adjusted free cash flow of €2.7bn-2.9bn"),
    C(V, "other", "2750000000", "EUR", None, "forecast", FY27, "against consensus of €2.75bn"),
    C(V, "capital_expenditure", "7600000000", "EUR", None, "planned", FY27, "Capex for FY27 is guided at about €7.6bn excluding VodafoneThree"),
    C(V, "other", "15", None, None, "planned", FY27, "a capital intensity of around 15%"),
    C(V, "other", "0.045", "EUR", None, "reported", FY26, "Vodafone declared a total FY26 dividend of 4.5 euro cents per share"),
    C(V, "other", "0.046", "EUR", None, "forecast", FY27, "we forecast 4.6 cents for FY27"),
    C(V, "other", "2000000000", "EUR", None, "planned", (REF, "2027-03-31"), "A new buyback of up to €2.0bn will run through FY27"),
    # estimate changes
    C(V, "other", "11950000000", "EUR", None, "forecast", FY27, "We raise our FY27 adjusted EBITDAaL estimate to €11.95bn (from €11.7bn)"),
    C(V, "other", "11700000000", "EUR", None, "forecast", FY27, "We raise our FY27 adjusted EBITDAaL estimate to €11.95bn (from €11.7bn)"),
    C(V, "other", "12400000000", "EUR", None, "forecast", FY28, "introduce an FY28 forecast of €12.4bn"),
    C(V, "other", "2850000000", "EUR", None, "forecast", FY27, "Our FY27 adjusted free cash flow estimate rises to €2.85bn"),
    C(V, "other", "0.95", "GBP", None, "forecast", None, "Our price target rises to 95p (from 88p)"),
    C(V, "other", "0.88", "GBP", None, "forecast", None, "Our price target rises to 95p (from 88p)"),
    C(V, "stock_change", "3.8", None, None, "reported", REF, "The shares were up 3.8% at 79.3p by 09:30 BST this morning"),
    C(V, "other", "0.793", "GBP", None, "reported", REF, "The shares were up 3.8% at 79.3p by 09:30 BST this morning"),
    # read-across
    C(["bt-group"], "other", "8250000000", "GBP", None, "forecast", FY26, "we forecast BT adjusted EBITDA of £8.25bn for that year"),
    C(["bt-group"], "other", "1.75", "GBP", None, "forecast", None, "175p price target on BT"),
    C(["deutsche-telekom"], "other", "11200000000", "EUR", None, "forecast", "2026-Q1", "Deutsche Telekom reports first-quarter 2026 results on 13 May, where consensus expects adjusted EBITDA AL of €11.2bn"),
]

write("K5.txt", REF,
      "Note dated '12 May 2026' (header) with 'close 11 May 2026' and 'this morning'. Vodafone's FY26 is the year to 31 March 2026 (stated); FY27 the year to 31 March 2027 (stated); FY28 April 2027-March 2028 (stated); the fiscal fourth quarter is January-March 2026 (stated).",
      claims)
