from mk import C, P, write
U = "unicredit"; CB = "commerzbank"; UC = [U, CB]; DB = ["deutsche-bank", CB]
FRI = P("2026-03-13"); DEC25 = P("2025-12-01", "2025-12-31"); Y25 = P("2025-01-01", "2025-12-31")
BY29 = P("2026-03-16", "2029-12-31"); Y28 = P("2028-01-01", "2028-12-31")
cl = [
 # headline, standfirst
 C(UC, "contract_value", "41500000000", "EUR", "reported", None, "UniCredit agrees €41.5bn takeover of Commerzbank", CB),
 C(U, "other", "1400000000", "EUR", "planned", None, "targets €1.4bn of savings and 5,200 job cuts"),
 C(U, "job_cuts", "5200", None, "planned", None, "targets €1.4bn of savings and 5,200 job cuts"),
 C(UC, "other", "36.5", "EUR", "reported", None, "Italian lender offers €36.50 a share in cash and stock, an 18% premium", CB),
 C(UC, "other", "18", None, "reported", None, "Italian lender offers €36.50 a share in cash and stock, an 18% premium", CB),
 # terms
 C(UC, "contract_value", "41500000000", "EUR", "reported", None, "values Germany's second-largest listed lender at €41.5 billion", CB),
 C(UC, "other", "9", "EUR", "reported", None, "Commerzbank shareholders will receive €9.00 in cash and 0.485 new UniCredit shares for each share they hold, worth €36.50 per share", CB),
 C(UC, "other", "36.5", "EUR", "reported", None, "Commerzbank shareholders will receive €9.00 in cash and 0.485 new UniCredit shares for each share they hold, worth €36.50 per share", CB),
 C(U, "other", "56.7", "EUR", "reported", FRI, "UniCredit's closing price of €56.70 on Friday"),
 C(UC, "other", "18", None, "reported", None, "The offer represents a premium of 18% to Commerzbank's closing price of €30.93 on Friday and of 24% to its three-month volume-weighted average price", CB),
 C(CB, "other", "30.93", "EUR", "reported", FRI, "Commerzbank's closing price of €30.93 on Friday"),
 C(UC, "other", "24", None, "reported", None, "The offer represents a premium of 18% to Commerzbank's closing price of €30.93 on Friday and of 24% to its three-month volume-weighted average price", CB),
 C(U, "other", "29.9", None, "reported", None, "UniCredit already owns about 29.9% of Commerzbank", CB),
 C(UC, "contract_value", "29100000000", "EUR", "reported", None, "the offer is effectively for the shares it does not hold, worth about €29.1 billion", CB),
 # box
 C(UC, "contract_value", "41500000000", "EUR", "reported", None, "Offer value: €41.5bn", CB),
 C(UC, "other", "36.5", "EUR", "reported", None, "Price per share: €36.50 (€9.00 cash plus 0.485 UniCredit shares)", CB),
 C(UC, "other", "9", "EUR", "reported", None, "Price per share: €36.50 (€9.00 cash plus 0.485 UniCredit shares)", CB),
 C(UC, "other", "18", None, "reported", None, "Premium: 18% to the undisturbed price", CB),
 C(U, "other", "1400000000", "EUR", "planned", BY29, "Cost synergies: €1.4bn a year by 2029"),
 C(U, "job_cuts", "5200", None, "planned", None, "Job cuts: about 5,200"),
 # synergies and jobs
 C(U, "other", "1400000000", "EUR", "planned", BY29, "UniCredit expects annual cost synergies of €1.4 billion by 2029 and revenue synergies of €300 million"),
 C(U, "other", "300000000", "EUR", "planned", BY29, "UniCredit expects annual cost synergies of €1.4 billion by 2029 and revenue synergies of €300 million"),
 C(U, "other", "1900000000", "EUR", "planned", P("2026-01-01", "2027-12-31"), "Integration costs are put at €1.9 billion, to be booked mostly in 2026 and 2027"),
 C(U, "job_cuts", "5200", None, "planned", None, "UniCredit plans to cut about 5,200 full-time positions at the combined group"),
 C(CB, "job_cuts", "3900", None, "planned", P("2026-03-16", "2028-12-31"), "the 3,900 jobs Commerzbank had already pledged to eliminate by 2028"),
 C(CB, "headcount", "42000", None, "reported", None, "Commerzbank employs about 42,000 people and UniCredit about 69,000"),
 C(U, "headcount", "69000", None, "reported", None, "Commerzbank employs about 42,000 people and UniCredit about 69,000"),
 C(U, "other", "12", None, "planned", Y28, "UniCredit expects the deal to add about 12% to its earnings per share in 2028"),
 C(U, "other", "18", None, "planned", BY29, "to lift its return on tangible equity to more than 18% by 2029"),
 # capital
 C(U, "other", "15.9", None, "reported", DEC25, "(CET1) ratio stood at 15.9% at the end of December"),
 C(U, "other", "14.3", None, "planned", None, "the pro forma CET1 ratio of the combined group to be about 14.3% on completion"),
 C(U, "other", "12.5", None, "planned", None, "comfortably above its 12.5% to 13% target range"),
 C(CB, "other", "15.1", None, "reported", DEC25, "Commerzbank reported a CET1 ratio of 15.1% at the end of December"),
 C(U, "other", "30000000000", "EUR", "planned", P("2025-01-01", "2027-12-31"), "its plan to distribute at least €30 billion to shareholders for 2025 to 2027"),
 C(U, "other", "10900000000", "EUR", "reported", Y25, "UniCredit reported a record net profit of €10.9 billion for 2025, while Commerzbank earned €2.9 billion"),
 C(CB, "other", "2900000000", "EUR", "reported", Y25, "UniCredit reported a record net profit of €10.9 billion for 2025, while Commerzbank earned €2.9 billion"),
 # denial, BPM
 C(DB, "other", "40", "EUR", "denied", None, "Deutsche Bank on Monday denied a Handelsblatt report that it had been preparing a rival offer of about €40 a share, or roughly €45 billion, for Commerzbank", CB),
 C(DB, "contract_value", "45000000000", "EUR", "denied", None, "Deutsche Bank on Monday denied a Handelsblatt report that it had been preparing a rival offer of about €40 a share, or roughly €45 billion, for Commerzbank", CB),
 C([U, "banco-bpm"], "contract_value", "10000000000", "EUR", "reported", Y25, "UniCredit itself withdrew its roughly €10 billion offer for Banco BPM last year", "banco-bpm"),
 # market
 C(CB, "stock_change", "9.8", None, "reported", None, "Commerzbank shares rose 9.8% to €33.96 by midday in Frankfurt"),
 C(CB, "other", "33.96", "EUR", "reported", None, "Commerzbank shares rose 9.8% to €33.96 by midday in Frankfurt"),
 C(U, "stock_change", "3.1", None, "reported", None, "while UniCredit fell 3.1% in Milan"),
 C(U, "other", "1400000000", "EUR", "planned", None, "Analysts at KBW said the €1.4 billion synergy target looked achievable"),
 C(U, "other", "14", None, "forecast", Y28, "estimated that the deal would lift UniCredit's 2028 earnings per share by 14%"),
 C(CB, "other", "37", "EUR", "forecast", None, "Jefferies raised its price target on Commerzbank to €37 from €31"),
 C(CB, "other", "31", "EUR", "forecast", None, "Jefferies raised its price target on Commerzbank to €37 from €31"),
]
write("G4", "G4.txt", "2026-03-16",
      "Byline date '16 March 2026'; the terms were 'announced on Monday' and Deutsche Bank denied the report 'on Monday' (March 16, 2026 is a Monday); 'Friday' closes are March 13.",
      cl)
