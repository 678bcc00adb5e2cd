from mk import C, L, write
N, A, NX = ["nvidia"], ["amd"], ["nvidia", "xai"]
WEEK = ("2026-03-16", "2026-03-22")
FOUR = ["amazon", "alphabet", "meta", "microsoft"]
claims = [
    # TL;DR
    C(N, "backlog", "700000000000", "USD", None, "reported", None, "Nvidia's order book for Blackwell + Rubin tops $700B"),
    C(NX, "capacity", "300000", None, "xai", "reported", None, "Nvidia x xAI: ~300,000 GB300s for Colossus 3"),
    C(N, "other", "8000000000", "USD", None, "planned", None, "Nvidia sees an ~$8B revenue hit"),
    # Nvidia
    C(N, "backlog", "700000000000", "USD", None, "reported", ("2026-03-20", "2027-12-31"), "Nvidia says orders for Blackwell and Rubin systems now exceed $700 billion through the end of 2027"),
    C(N, "backlog", "500000000000", "USD", None, "reported", None, "up from the $500 billion figure it gave last October"),
    L(N, "GB300", "reported", None, "GB300 (aka Blackwell Ultra) is now shipping in volume to all four big US clouds"),
    L(N, "Vera Rubin", "planned", "2026-H2", "Vera Rubin is on track to ship in the second half of 2026"),
    L(N, "Rubin Ultra", "planned", "2027", "with Rubin Ultra following in 2027"),
    # deal
    C(NX, "capacity", "300000", None, "xai", "reported", None, "Nvidia confirmed it will supply xAI with roughly 300,000 GB300 GPUs for its Colossus 3 cluster in Memphis"),
    C(NX, "contract_value", "18000000000", "USD", "xai", "hedged", None, "People familiar with the matter put the deal at about $18 billion"),
    # AMD
    L(A, "MI355X", "reported", None, "AMDâ€™s MI355X is now shipping in volume"),
    C(["oracle"], "capacity", "131072", None, None, "planned", None, "Oracle plans to deploy 131,072 of them in a single OCI cluster"),
    C(A, "chip_revenue", "1000000000", "USD", None, "reported", "2025-Q4", "AMD said MI355X revenue topped $1 billion in the December quarter"),
    L(A, "MI450", "planned", ("2026-03-20", "2026-12-31"), "The MI450 and the Helios rack are still pencilled in for later this year"),
    # Google
    L(["google"], "Ironwood", "reported", WEEK, "Ironwood, Google's seventh-generation TPU, hit general availability this week"),
    C(["google-cloud"], "capacity", "2", None, None, "planned", ("2026-03-20", "2026-12-31"), "Google Cloud says its TPU fleet will pass 2 GW of capacity by the end of the year"),
    # capex
    C(["amazon"], "capital_expenditure", "200000000000", "USD", None, "planned", "2026", "Amazon: about $200B of capex in 2026"),
    C(["alphabet"], "capital_expenditure", "175000000000", "USD", None, "planned", "2026", "Alphabet: $175B–$185B for 2026"),
    C(["meta"], "capital_expenditure", "115000000000", "USD", None, "planned", "2026", "Meta: $115B–$135B for 2026"),
    C(["microsoft"], "capital_expenditure", "37500000000", "USD", None, "reported", ("2025-10-01", "2025-12-31"), "Microsoft: $37.5B in its fiscal Q2 (Octâ€“Dec) alone"),
    C(["oracle"], "capital_expenditure", "50000000000", "USD", None, "planned", ("2025-06-01", "2026-05-31"), "Oracle: raised its fiscal 2026 capex plan to about $50B (its fiscal year ends May 31, 2026)"),
    C(FOUR, "capital_expenditure", "650000000000", "USD", None, "planned", "2026", "Amazon, Alphabet, Meta and Microsoft are on track to spend more than $650 billion in 2026"),
    C(FOUR, "growth_rate", "70", None, None, "planned", "2026", "in 2026 â€” roughly 70% more than last year"),
    # power
    C(["meta"], "capacity", "5", None, None, "planned", ("2026-03-20", "2030-12-31"), "Metaâ€™s Hyperion campus in Louisiana is now slated to scale to 5 GW by 2030"),
    C(["crusoe"], "capacity", "1.2", None, None, "reported", None, "has reached 1.2 GW of energized capacity"),
    # export controls
    C(N, "other", "8000000000", "USD", None, "planned", ("2026-01-26", "2026-04-26"), "will cut about $8 billion from revenue in its fiscal first quarter, which ends April 26"),
    C(A, "other", "1500000000", "USD", None, "planned", "2026", "AMD flagged a $1.5 billion hit to its 2026 revenue from the same rules"),
    C(A, "other", "800000000", "USD", None, "reported", None, "took an $800 million inventory charge"),
    # Europe
    C(["mistral"], "capital_expenditure", "8500000000", "EUR", None, "planned", None, "Mistral AI will spend â‚¬8.5 billion on a 1.4 GW data-center campus near Paris"),
    C(["mistral"], "capacity", "1.4", None, None, "planned", None, "Mistral AI will spend â‚¬8.5 billion on a 1.4 GW data-center campus near Paris"),
    # market pulse
    C(N, "stock_change", "4.1", None, None, "reported", WEEK, "This week: Nvidia +4.1%"),
    C(A, "stock_change", "6.8", None, None, "reported", WEEK, "AMD +6.8%"),
    C(["broadcom"], "stock_change", "1.3", None, None, "reported", WEEK, "Broadcom −1.3%"),
]
write("N6.txt", "2026-03-20",
      "Date line 'Friday, March 20, 2026 · Week of Mar 16–20'.",
      claims)
