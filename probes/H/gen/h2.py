from mk import K, write
T = "tilt-renewables"; RIO = "rio-tinto"; TLS = "telstra"; ACC = "acciona-energia"
REF = "2026-03-18"
cl = [
 # headline
 K(T, "funding_round", "850000000", "AUD", "reported", None, "Tilt Renewables lands Rio Tinto and Telstra deals, raises A$850m for Queensland push"),
 # lede
 K([RIO, TLS, T], "capacity", "750", None, "reported", None, "Tilt Renewables has signed power purchase agreements with Rio Tinto and Telstra covering a combined 750 MW of output from its planned Bundarra wind farm", cp=T),
 K(T, "funding_round", "850000000", "AUD", "reported", None, "raised A$850 million (US$561 million) in fresh equity to fund its construction"),
 K(T, "funding_round", "561000000", "USD", "reported", None, "raised A$850 million (US$561 million) in fresh equity to fund its construction"),
 K([T, ACC], "contract_value", "310000000", "AUD", "reported", None, "also agreed to buy a portfolio of early-stage wind and battery projects in New South Wales from Spain's Acciona Energía for A$310 million", cp=ACC),
 # offtakers
 K([RIO, T], "capacity", "600", None, "reported", None, "Rio Tinto has signed a 20-year agreement to buy 600 MW of Bundarra's output", cp=T),
 K([T, RIO], "contract_value", "4100000000", "AUD", "reported", None, "Tilt valued the Rio Tinto contract at about A$4.1 billion over its term", cp=RIO),
 K(RIO, "capacity", "2.8", None, "reported", None, "The deal takes Rio Tinto's contracted renewable supply in Queensland to more than 2.8 GW"),
 K([TLS, T], "capacity", "150", None, "reported", None, "Telstra will buy 150 MW from the same project under a 12-year agreement worth about A$520 million", cp=T),
 K([TLS, T], "contract_value", "520000000", "AUD", "reported", None, "Telstra will buy 150 MW from the same project under a 12-year agreement worth about A$520 million", cp=T),
 K(T, "capacity", "900", None, "planned", None, "Bundarra is planned at about 900 MW"),
 K(T, "capital_expenditure", "2900000000", "AUD", "planned", None, "Tilt expects it to cost about A$2.9 billion, including a battery"),
 # raising
 K(T, "funding_round", "850000000", "AUD", "reported", None, "Of the A$850 million raised, AustralianSuper contributed A$400 million as a new shareholder"),
 K("australiansuper", "investment", "400000000", "AUD", "reported", None, "Of the A$850 million raised, AustralianSuper contributed A$400 million as a new shareholder", cp=T),
 K("australiansuper", "other", "9", None, "reported", None, "giving the industry fund a stake of about 9 per cent", cp=T),
 K(["future-fund", "qic"], "investment", "450000000", "AUD", "reported", None, "Tilt's existing owners, led by the Future Fund and QIC, put in the remaining A$450 million", cp=T),
 K(T, "valuation", "4300000000", "AUD", "hedged", None, "The raising values Tilt at about A$4.3 billion before debt, according to a person familiar with the terms"),
 K(T, "other", "2000000000", "AUD", "planned", None, "Tilt said it would also seek about A$2 billion of project debt for Bundarra"),
 # acquisition and pipeline
 K(T, "capacity", "1.4", None, "planned", None, "The acquisition will add about 1.4 GW to Tilt's development pipeline, lifting it to about 11 GW from 9.6 GW"),
 K(T, "capacity", "11", None, "planned", None, "The acquisition will add about 1.4 GW to Tilt's development pipeline, lifting it to about 11 GW from 9.6 GW"),
 K(T, "capacity", "9.6", None, "reported", None, "The acquisition will add about 1.4 GW to Tilt's development pipeline, lifting it to about 11 GW from 9.6 GW"),
 K(T, "capacity", "1.6", None, "reported", None, "Tilt currently operates about 1.6 GW of wind and solar capacity"),
 K(T, "capacity", "5", None, "planned", (REF, "2030"), "is targeting 5 GW in operation by 2030"),
 K(T, "other", "45000000", "AUD", "reported", None, "has awarded Tilt A$45 million in grant funding towards a 250 MW grid-forming battery that it plans to build at Bundarra"),
 K(T, "capacity", "250", None, "planned", None, "has awarded Tilt A$45 million in grant funding towards a 250 MW grid-forming battery that it plans to build at Bundarra"),
 K(ACC, "capacity", "923", None, "reported", None, "including the 923 MW MacIntyre project in Queensland"),
]
write("H2", "H2.txt", REF,
      "Date line 'Wednesday, 18 March 2026 – 11:42am AEDT'; the company 'said on Wednesday'.",
      cl)
