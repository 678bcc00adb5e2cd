from mk import C, P, write
A = "anthropic"; X = "xai"; O = "oracle"; CW = "coreweave"; AD = "applied-digital"; S = "salesforce"; CO = "cohere"
cl = [
 # TL;DR
 C(A, "revenue", "14000000000", "USD", "reported", None, "**Anthropic** says its run-rate revenue has passed **$14 billion**"),
 C([X, O], "contract_value", "18000000000", "USD", "reported", None, "**xAI** signs an **$18 billion**, five-year compute deal with **Oracle**", counterparty=O),
 C([CW, AD], "capacity", "250", None, "reported", None, "**CoreWeave** leases **250 MW** from **Applied Digital**", counterparty=AD),
 C(S, "job_cuts", "1200", None, "reported", None, "**Salesforce** cuts ~**1,200** support jobs"),
 C(CO, "funding_round", "600000000", "USD", "reported", None, "**Cohere** raises **US$600 million** at a **US$7.2 billion** valuation"),
 C(CO, "valuation", "7200000000", "USD", "reported", None, "**Cohere** raises **US$600 million** at a **US$7.2 billion** valuation"),
 # 1 Anthropic
 C(A, "revenue", "14000000000", "USD", "reported", None, "Anthropic's run-rate tops $14B"),
 C(A, "revenue", "14000000000", "USD", "reported", None, "Anthropic's annualized revenue run-rate has passed **$14 billion**"),
 C(A, "revenue", "5000000000", "USD", "reported", P("2026-01-01", "2026-01-31"), "up from about **$5 billion** in January"),
 C(A, "revenue", "1500000000", "USD", "reported", None, "Claude Code, its coding agent, is now running at more than **$1.5 billion** a year on its own"),
 C(A, "other", "400000", None, "reported", None, "Business customers: **more than 400,000**"),
 C(A, "other", "300000", None, "reported", P("2026-03-01", "2026-03-31"), "up from roughly 300,000 in March"),
 C(A, "revenue", "20000000000", "USD", "planned", P("2027-01-01", "2027-12-31"), "The company told investors it expects revenue of **$20 billion to $26 billion** in 2027"),
 C("openai", "revenue", "20000000000", "USD", "hedged", None, "Rival **OpenAI** was last said to be at an annualized **$20 billion**, according to people familiar with its finances"),
 # 2 xAI / Oracle
 C([X, O], "contract_value", "18000000000", "USD", "reported", None, "xAI x Oracle: $18B for compute", counterparty=O),
 C([X, O], "contract_value", "18000000000", "USD", "reported", None, "**xAI** has signed a five-year contract worth about **$18 billion** with **Oracle**", counterparty=O),
 C(O, "stock_change", "5.2", None, "reported", P("2026-09-16"), "Oracle shares gained **5.2%** on Wednesday"),
 C(O, "backlog", "470000000000", "USD", "reported", P("2026-08-01", "2026-08-31"), "Oracle said its remaining performance obligations (RPO) stood at **$470 billion** at the end of August"),
 # 3 CoreWeave / Applied Digital
 C(CW, "capacity", "250", None, "reported", None, "CoreWeave takes 250 MW in North Dakota"),
 C([AD, CW], "capacity", "250", None, "reported", None, "**Applied Digital** signed a 15-year lease with **CoreWeave** for **250 MW** of critical IT load", counterparty=CW),
 C([AD, CW], "contract_value", "7000000000", "USD", "planned", None, "Applied Digital expects the lease to bring in roughly **$7 billion** of revenue over its term", counterparty=CW),
 C(AD, "capacity", "100", None, "planned", P("2026-09-18", "2027-12-31"), "Applied Digital says the first 100 MW is due to be energized by the end of 2027"),
 C(AD, "stock_change", "14", None, "reported", P("2026-09-14"), "Applied Digital shares jumped **14%** on Monday"),
 C(CW, "capacity", "3.1", None, "reported", None, "CoreWeave now has about **3.1 GW** of contracted power across its fleet"),
 # 4 Salesforce
 C(S, "job_cuts", "1200", None, "reported", None, "**Salesforce** is cutting about **1,200** jobs in customer support"),
 C(S, "job_cuts", "1.5", None, "reported", None, "roughly **1.5%** of its workforce of some **76,000**"),
 C(S, "headcount", "76000", None, "reported", None, "roughly **1.5%** of its workforce of some **76,000**"),
 C(S, "other", "180000000", "USD", "planned", None, "The company expects restructuring charges of **$180 million to $220 million**"),
 C(S, "stock_change", "1.1", None, "reported", None, "Salesforce shares slipped **1.1%** after the memo leaked"),
 # 5 Cohere
 C(CO, "funding_round", "600000000", "USD", "reported", None, "Cohere's US$600M round"),
 C(CO, "funding_round", "600000000", "USD", "reported", None, "Toronto-based **Cohere** raised **US$600 million** (about **C$830 million**)"),
 C(CO, "funding_round", "830000000", "CAD", "reported", None, "Toronto-based **Cohere** raised **US$600 million** (about **C$830 million**)"),
 C(CO, "valuation", "7200000000", "USD", "reported", None, "valuing the enterprise-AI company at **US$7.2 billion**"),
 C(CO, "valuation", "6800000000", "USD", "reported", P("2025-08-01", "2025-08-31"), "That is up from a **$6.8 billion** valuation in its August 2025 round"),
 C(CO, "revenue", "240000000", "USD", "reported", None, "Cohere says annualized revenue is about **$240 million**"),
]
write("Q3", "Q3.txt", "2026-09-18",
      "Issue line 'Friday, September 18, 2026'; weekday words (Monday, Tuesday, Wednesday) fall in the week of Sept 14-18, 2026.",
      cl)
