from mk import C, write
WED = "2026-06-17"
claims = [
    C(["michelin", "continental"], "other", "499000000", "EUR", None, "reported", None, "EU fines Michelin and Continental €499mn over tyre cartel"),
    C(["michelin"], "other", "312000000", "EUR", None, "reported", WED, "The European Commission on Wednesday fined Michelin €312mn and Continental €187mn"),
    C(["continental"], "other", "187000000", "EUR", None, "reported", WED, "The European Commission on Wednesday fined Michelin €312mn and Continental €187mn"),
    C(["continental"], "other", "190000000", "EUR", None, "reported", "2025", "had already set aside €190mn in provisions for the penalty last year"),
    C(["michelin"], "stock_change", "1.8", None, None, "reported", WED, "Michelin shares fell 1.8 per cent in Paris on Wednesday, while Continental edged up 0.4 per cent in Frankfurt"),
    C(["continental"], "stock_change", "0.4", None, None, "reported", WED, "Michelin shares fell 1.8 per cent in Paris on Wednesday, while Continental edged up 0.4 per cent in Frankfurt"),
    C(["michelin"], "revenue", "27100000000", "EUR", None, "reported", "2025", "The French group, which reported sales of €27.1bn in 2025"),
    # chips aid
    C(["infineon"], "other", "920000000", "EUR", None, "reported", None, "The Commission also approved €920mn of German state aid for Infineon's new Smart Power Fab in Dresden"),
    C(["infineon"], "capital_expenditure", "5000000000", "EUR", None, "planned", None, "Infineon plans to invest about €5bn in the site"),
    C(["infineon"], "headcount", "1000", None, None, "planned", None, "is expected to create about 1,000 jobs"),
    C(["esmc"], "other", "5000000000", "EUR", None, "reported", "2024", "The aid follows the €5bn that Brussels cleared in 2024 for ESMC"),
    C(["silicon-box"], "other", "1300000000", "EUR", None, "reported", ("2026-06-15", "2026-06-21"), "the government this week confirmed a €1.3bn grant for Silicon Box's chip-packaging plant in Novara"),
    C(["silicon-box"], "capital_expenditure", "3200000000", "EUR", None, "planned", None, "The Singapore-based start-up plans to spend €3.2bn on the facility"),
    C(["silicon-box"], "headcount", "1600", None, None, "planned", None, "is expected to employ about 1,600 people once it is fully running"),
    C(["infineon"], "stock_change", "0.9", None, None, "reported", None, "Infineon shares rose 0.9 per cent"),
    C(["infineon"], "headcount", "58000", None, None, "reported", None, "The company, which employs about 58,000 people"),
    C(["infineon"], "revenue", "15000000000", "EUR", None, "planned", ("2025-10-01", "2026-09-30"), "has said it expects revenue of about €15bn in its fiscal year ending in September"),
    C(["intel"], "other", "10000000000", "EUR", None, "reported", None, "a planned €10bn grant for Intel's Magdeburg project"),
    # Google / Idealo
    C(["google", "idealo"], "other", "520000000", "EUR", "idealo", "reported", None, "Alphabet's Google agreed to pay Idealo €520mn to settle a long-running damages dispute"),
    C(["google", "idealo"], "other", "465000000", "EUR", "idealo", "reported", "2025-11", "A Berlin court in November had ordered Google to pay €465mn in damages to Idealo"),
    C(["google"], "other", "2420000000", "EUR", None, "reported", "2017", "Google, which was fined €2.42bn by the Commission over the same practice in 2017"),
]
write("J6.txt", "2026-06-17", "Date line 'Published 17 June 2026'; the fines came 'on Wednesday' (2026-06-17 is a Wednesday).", claims)
