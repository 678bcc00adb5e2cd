from mk import C, write
B = ["barrick"]
R = ["rio-tinto"]
BA = ["barrick", "antofagasta"]
Q3, Q2 = "2026-Q3", "2026-Q2"
claims = [
    # headline and standfirst
    C(BA, "contract_value", "560000000", "USD", "antofagasta", "reported", None, "sells Zaldívar interest to Antofagasta for $560m"),
    C(R, "other", "84100000", None, None, "reported", None, "Rio Tinto ships 84.1Mt from the Pilbara"),
    C(B, "other", "1655", "USD", None, "reported", None, "AISC eases to $1,655/oz"),
    C(R, "other", "323000000", None, None, "planned", None, "Rio keeps Pilbara shipments guidance at 323-338Mt"),
    # Barrick gold
    C(B, "other", "842000", None, None, "reported", Q3, "Barrick Mining Corp produced 842,000 ounces of gold in the third quarter"),
    C(B, "growth_rate", "6", None, None, "reported", Q3, "up 6% from 797,000 oz in the second quarter"),
    C(B, "other", "797000", None, None, "reported", Q2, "up 6% from 797,000 oz in the second quarter"),
    # copper
    C(B, "growth_rate", "12", None, None, "reported", Q3, "Copper production in the quarter rose 12% to 58,000 tonnes"),
    C(B, "other", "58000", None, None, "reported", Q3, "Copper production in the quarter rose 12% to 58,000 tonnes"),
    C(B, "other", "52000", None, None, "reported", Q2, "from 52,000 t in the previous quarter"),
    # costs and prices
    C(B, "other", "1655", "USD", None, "reported", Q3, "All-in sustaining costs (AISC) for gold fell to $1,655 an ounce in the third quarter"),
    C(B, "other", "1684", "USD", None, "reported", Q2, "from $1,684/oz in the second"),
    C(B, "other", "1190", "USD", None, "reported", Q3, "while total cash costs were $1,190/oz"),
    C(B, "other", "3912", "USD", None, "reported", Q3, "Barrick's realised gold price averaged $3,912 an ounce in the quarter"),
    C(B, "other", "4.71", "USD", None, "reported", Q3, "its realised copper price was $4.71 a pound"),
    # guidance
    C(B, "other", "3150000", None, None, "planned", "2026", "The company kept its 2026 guidance of 3.15 million to 3.5 million ounces of gold"),
    C(B, "other", "200000", None, None, "planned", "2026", "200,000-230,000 t of copper"),
    C(B, "other", "1460", "USD", None, "planned", "2026", "its AISC guidance of $1,460-$1,560/oz"),
    C(B, "capital_expenditure", "3300000000", "USD", None, "planned", "2026", "Barrick raised its 2026 attributable capital expenditure guidance to $3.3 billion-$3.7 billion"),
    C(B, "capital_expenditure", "3100000000", "USD", None, "planned", "2026", "from $3.1 billion-$3.5 billion"),
    C(B, "capital_expenditure", "6600000000", "USD", None, "planned", None, "Reko Diq's first phase is budgeted at about $6.6 billion"),
    # Zaldivar sale
    C(BA, "contract_value", "560000000", "USD", "antofagasta", "reported", None, "Barrick said it had agreed to sell its interest in the Zaldívar copper mine in northern Chile to Antofagasta, its joint-venture partner and the mine's operator, for $560 million in cash"),
    C(["antofagasta", "barrick"], "other", "90000000", "USD", "barrick", "hedged", None, "Antofagasta will also pay up to $90 million in contingent payments"),
    C(B, "other", "21400", None, None, "reported", "2025", "Barrick's share of Zaldívar output was 21,400 tonnes of copper in 2025"),
    C(B, "other", "140000000", "USD", None, "planned", None, "The company expects to book an after-tax gain of about $140 million on the sale"),
    C(B, "other", "1200000000", "USD", None, "reported", ("2026-01-01", "2026-10-15"), "Barrick has bought back $1.2 billion of its shares so far this year"),
    C(["antofagasta"], "growth_rate", "4", None, None, "forecast", "2027", "would lift Antofagasta's copper output by about 4% in 2027"),
    # shares
    C(B, "stock_change", "2.4", None, None, "reported", "2026-10-14", "Barrick shares rose 2.4% to C$58.12 in Toronto on Wednesday"),
    C(B, "other", "58.12", "CAD", None, "reported", "2026-10-14", "Barrick shares rose 2.4% to C$58.12 in Toronto on Wednesday"),
    C(["antofagasta"], "stock_change", "1.1", None, None, "reported", "2026-10-15", "Antofagasta shares were up 1.1% in London on Thursday morning"),
    C(B, "other", "1400000000", "USD", None, "forecast", Q3, "estimate Barrick will generate about $1.4 billion of free cash flow in the third quarter"),
    # Rio Tinto
    C(R, "other", "84100000", None, None, "reported", Q3, "Rio Tinto shipped 84.1 million tonnes of iron ore from its Pilbara operations in Western Australia in the third quarter"),
    C(R, "growth_rate", "2", None, None, "reported", Q3, "up 2% from a year earlier"),
    C(R, "growth_rate", "1", None, None, "reported", Q3, "while Pilbara production rose 1% to 85.6 Mt"),
    C(R, "other", "85600000", None, None, "reported", Q3, "while Pilbara production rose 1% to 85.6 Mt"),
    C(R, "other", "323000000", None, None, "planned", "2026", "The miner kept its 2026 Pilbara shipments guidance of 323 million to 338 million tonnes"),
    C(R, "other", "88.4", "USD", None, "reported", Q3, "Its realised price for Pilbara fines averaged $88.40 per dry metric tonne on a free-on-board basis in the quarter"),
    C(R, "other", "92.1", "USD", None, "reported", Q2, "down from $92.10 in the second quarter"),
    C(R, "other", "4200000", None, None, "reported", Q3, "Rio's SimFer operation shipped 4.2 Mt in the quarter"),
    C(R, "capacity", "60000000", None, None, "planned", "2028", "remains on track to reach its 60 million-tonne-a-year capacity in 2028"),
    C(R, "growth_rate", "11", None, None, "reported", Q3, "Rio Tinto's mined copper production rose 11% to 221,000 tonnes in the quarter"),
    C(R, "other", "221000", None, None, "reported", Q3, "Rio Tinto's mined copper production rose 11% to 221,000 tonnes in the quarter"),
    C(R, "other", "860000", None, None, "planned", "2026", "it narrowed its 2026 copper guidance to 860,000-890,000 t"),
    C(R, "other", "800000", None, None, "planned", "2026", "from 800,000-890,000 t"),
    C(R, "capital_expenditure", "11000000000", "USD", None, "planned", "2026", "it expects capital expenditure of about $11 billion in 2026"),
    C(R, "stock_change", "0.6", None, None, "reported", "2026-10-15", "Rio Tinto shares slipped 0.6% in London on Thursday"),
    # Newmont
    C(["newmont"], "other", "1410000", None, None, "forecast", Q3, "third-quarter attributable gold production of about 1.41 million ounces"),
    C(["newmont"], "other", "1580", "USD", None, "forecast", Q3, "AISC of $1,580/oz"),
]
write("N2.txt", "2026-10-15",
      "Byline date '15 October 2026'; Barrick's figures were 'released on Wednesday' (2026-10-14) and the London moves are 'on Thursday' (the publication day).",
      claims)
