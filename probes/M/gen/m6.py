from mk import C, write

REF = "2025-11-17"
EB = ["emirates", "boeing"]
EA = ["emirates", "airbus"]
FB = ["flydubai", "boeing"]
FA = ["flydubai", "airbus"]
claims = [
    # headline, lede
    C(EB, "contract_value", "38000000000", "USD", "boeing", "reported", None, "Emirates kicks off Dubai Airshow with $38 billion Boeing 777X order"),
    C(EB, "other", "65", None, "boeing", "reported", REF, "Emirates ordered 65 more Boeing 777-9 jets worth $38 billion at list prices on the opening day of the Dubai Airshow on Monday"),
    C(EB, "contract_value", "38000000000", "USD", "boeing", "reported", REF, "Emirates ordered 65 more Boeing 777-9 jets worth $38 billion at list prices on the opening day of the Dubai Airshow on Monday"),
    C(EB, "other", "270", None, "boeing", "reported", None, "takes the Dubai carrier's total order for the 777X family to 270 aircraft"),
    C(EB, "other", "35", None, "boeing", "hedged", None, "the airline also took options on 35 more"),
    C(EA, "other", "8", None, "airbus", "reported", None, "Emirates also firmed up an order for eight more Airbus A350-900s"),
    C(EA, "contract_value", "3400000000", "USD", "airbus", "reported", None, "valued at about $3.4 billion at list prices"),
    C(EA, "other", "73", None, "airbus", "reported", None, "bringing its total A350 order to 73 jets"),
    # engines
    C(["general-electric", "emirates"], "contract_value", "13000000000", "USD", "emirates", "reported", None, "a package it valued at more than $13 billion including spare engines"),
    C(["general-electric"], "stock_change", "1.9", None, None, "reported", None, "GE Aerospace shares rose 1.9% in New York"),
    C(["boeing"], "other", "4900000000", "USD", None, "reported", "2025-Q3", "booking a $4.9 billion charge in the third quarter"),
    # flydubai
    C(FB, "other", "75", None, "boeing", "reported", None, "flydubai firmed an order for 75 Boeing 737 MAX jets"),
    C(FB, "contract_value", "13000000000", "USD", "boeing", "reported", None, "flydubai firmed an order for 75 Boeing 737 MAX jets worth about $13 billion at list prices"),
    C(FB, "other", "75", None, "boeing", "hedged", None, "with purchase rights for 75 more"),
    C(FA, "other", "150", None, "airbus", "planned", None, "flydubai signed a memorandum of understanding with Airbus for 150 A321neo jets"),
    C(FA, "contract_value", "24000000000", "USD", "airbus", "planned", None, "valued at around $24 billion at list prices"),
    C(["flydubai"], "growth_rate", "12", None, None, "planned", "2026", "the airline expected to grow its seat capacity by about 12% in 2026"),
    C(["flydubai"], "growth_rate", "9", None, None, "reported", "2024", "after growing it by 9% in 2024"),
    C(["flydubai"], "other", "18", None, None, "planned", "2026", "it would take delivery of 18 737 MAX jets next year"),
    # Emirates capacity and results
    C(["emirates"], "growth_rate", "4", None, None, "planned", ("2026-04-01", "2027-03-31"), "plans to expand capacity by 4% to 5% in the financial year starting April 2026"),
    C(["emirates-group"], "other", "12200000000", "AED", None, "reported", ("2025-04-01", "2025-09-30"), "reported a record half-year profit of 12.2 billion dirhams ($3.3 billion) for the six months to Sept. 30"),
    C(["emirates-group"], "other", "3300000000", "USD", None, "reported", ("2025-04-01", "2025-09-30"), "reported a record half-year profit of 12.2 billion dirhams ($3.3 billion) for the six months to Sept. 30"),
    C(["emirates-group"], "growth_rate", "5", None, None, "reported", ("2025-04-01", "2025-09-30"), "up 5% from a year earlier"),
    C(["emirates-group"], "revenue", "75900000000", "AED", None, "reported", ("2025-04-01", "2025-09-30"), "on revenue of 75.9 billion dirhams"),
    # other deals
    C(["ethiopian-airlines", "boeing"], "other", "11", None, "boeing", "reported", None, "Ethiopian Airlines ordered 11 more Boeing 737 MAX 8 jets"),
    C(["ethiopian-airlines", "boeing"], "other", "6", None, "boeing", "reported", None, "six 787-9 Dreamliners"),
    C(["ethiopian-airlines", "boeing"], "contract_value", "4300000000", "USD", "boeing", "reported", None, "in a deal Boeing valued at about $4.3 billion at list prices"),
    C(["air-arabia", "airbus"], "other", "15", None, "airbus", "reported", None, "Air Arabia said it had ordered 15 Airbus A320neo jets"),
    C(["air-arabia", "airbus"], "other", "10", None, "airbus", "reported", None, "converted 10 existing A320neo orders into the larger A321neo"),
    C(["cfm-international", "flydubai"], "contract_value", "2600000000", "USD", "flydubai", "reported", None, "said flydubai's 737 MAX order included LEAP-1B engines and a services agreement worth about $2.6 billion"),
    C(["rolls-royce"], "stock_change", "0.9", None, None, "reported", None, "Rolls-Royce shares gained 0.9% in London"),
    # backlogs, production, shares
    C(["boeing"], "backlog", "5900", None, None, "reported", "2025-10", "Boeing had a commercial backlog of more than 5,900 aircraft at the end of October"),
    C(["boeing"], "other", "493", None, None, "reported", ("2025-01-01", REF), "has delivered 493 jets so far this year"),
    C(["boeing"], "capacity", "38", None, None, "reported", None, "Boeing is producing 38 737s a month"),
    C(["boeing"], "capacity", "42", None, None, "planned", None, "plans to raise that to 42"),
    C(["airbus"], "backlog", "8700", None, None, "reported", "2025-10", "which had a backlog of about 8,700 aircraft at the end of October"),
    C(["airbus"], "other", "820", None, None, "planned", "2025", "is targeting around 820 deliveries in 2025"),
    C(["airbus"], "stock_change", "0.8", None, None, "reported", REF, "Airbus shares were up 0.8% in Paris on Monday"),
    C(["boeing"], "stock_change", "1.2", None, None, "reported", REF, "while Boeing rose 1.2% in premarket trading"),
]
write("M6.txt", REF, "Dateline 'DUBAI, Nov 17, 2025' (a Monday); the orders were placed 'on the opening day of the Dubai Airshow on Monday'.", claims)
