from mk import C, write

REF = "2026-02-25"
BY2030 = (REF, "2030-12-31")
claims = [
    # headline and standfirst
    C(["iberdrola"], "capital_expenditure", "68000000000", "EUR", None, "planned", None,
      "Iberdrola lifts five-year investment plan to €68bn"),
    C(["iberdrola"], "growth_rate", "9", None, None, "planned", None,
      "Spanish utility targets 9% annual growth in its regulated asset base"),
    C(["microsoft", "iberdrola"], "capacity", "150", None, "iberdrola", "reported", None,
      "signs 150 MW solar PPA with Microsoft"),
    C(["iberdrola"], "funding_round", "4000000000", "EUR", None, "planned", None,
      "plans €4bn share sale"),
    # lede
    C(["iberdrola"], "capital_expenditure", "68000000000", "EUR", None, "planned", ("2026-01-01", "2030-12-31"),
      "committing €68 billion of gross capital expenditure between 2026 and 2030"),
    C(["iberdrola"], "capital_expenditure", "58000000000", "EUR", None, "planned", ("2025-01-01", "2028-12-31"),
      "the €58 billion programme for 2025-2028"),
    C(["iberdrola"], "capital_expenditure", "12800000000", "EUR", None, "planned", "2026",
      "Iberdrola said it expected to invest about €12.8 billion this year"),
    C(["iberdrola"], "capital_expenditure", "15000000000", "EUR", None, "planned", "2030",
      "rising to around €15 billion in 2030"),
    C(["iberdrola"], "capital_expenditure", "12100000000", "EUR", None, "reported", "2025",
      "after a record €12.1 billion in 2025"),
    # networks share, RAB
    C(["iberdrola"], "other", "65", None, None, "planned", None,
      "Networks will absorb about 65% of the total"),
    C(["iberdrola"], "capital_expenditure", "44000000000", "EUR", None, "planned", None,
      "or roughly €44 billion"),
    C(["iberdrola"], "growth_rate", "9", None, None, "planned", BY2030,
      "The company expects its regulated asset base to grow by about 9% a year to €80 billion by 2030"),
    C(["iberdrola"], "other", "80000000000", "EUR", None, "planned", BY2030,
      "The company expects its regulated asset base to grow by about 9% a year to €80 billion by 2030"),
    # US and UK
    C(["avangrid"], "capital_expenditure", "21000000000", "USD", None, "planned", None,
      "plans to spend $21 billion on its New York and New England networks over the five years"),
    C(["avangrid"], "growth_rate", "11", None, None, "planned", None,
      "expects its rate base to rise by 11% a year"),
    C(["scottishpower"], "other", "19000000000", "GBP", None, "planned", BY2030,
      "ScottishPower's regulated asset base is set to reach about £19 billion by 2030"),
    C(["scottishpower"], "other", "11500000000", "GBP", None, "reported", "2025-12",
      "from £11.5 billion at the end of December"),
    # CFO quote
    C(["iberdrola"], "other", "85", None, None, "planned", None,
      "Around 85% of the capex in this plan goes to countries with an A rating or better"),
    # generation
    C(["iberdrola"], "capacity", "15", None, None, "planned", BY2030,
      "Iberdrola plans to add about 15 GW of renewable capacity"),
    C(["iberdrola"], "capacity", "4", None, None, "planned", BY2030,
      "4 GW of battery storage by 2030"),
    C(["iberdrola"], "capacity", "65", None, None, "planned", BY2030,
      "taking its installed capacity to more than 65 GW"),
    # PPAs
    C(["microsoft", "iberdrola"], "capacity", "150", None, "iberdrola", "reported", None,
      "the US technology group will take 150 MW of output from two new solar plants"),
    C(["microsoft", "iberdrola"], "contract_value", "350000000", "EUR", "iberdrola", "hedged", None,
      "Analysts at Jefferies estimated the contract could be worth around €350 million over its life"),
    C(["amazon", "iberdrola"], "capacity", "476", None, "iberdrola", "reported", ("2022-01-01", REF),
      "Iberdrola has signed PPAs with Amazon for a combined 476 MW in Spain and Portugal since 2022"),
    C(["meta", "iberdrola"], "capacity", "150", None, "iberdrola", "reported", "2025",
      "a 150 MW wind deal with Meta in the US last year"),
    # share sale and financing
    C(["iberdrola"], "funding_round", "4000000000", "EUR", None, "planned", None,
      "Iberdrola will sell about €4 billion of new shares through an accelerated bookbuild"),
    C(["iberdrola"], "funding_round", "5000000000", "EUR", None, "reported", "2025-07",
      "It raised €5 billion in a similar share sale last July"),
    C(["iberdrola"], "other", "10000000000", "EUR", None, "planned", None,
      "The utility also plans about €10 billion of asset rotations over the period"),
    # results
    C(["iberdrola"], "other", "6100000000", "EUR", None, "reported", "2025",
      "Iberdrola reported net profit of €6.1 billion for 2025"),
    C(["iberdrola"], "growth_rate", "9", None, None, "reported", "2025",
      "net profit of €6.1 billion for 2025, up 9% from a year earlier"),
    C(["iberdrola"], "other", "8000000000", "EUR", None, "planned", "2030",
      "targeted net profit of about €8 billion in 2030"),
    C(["iberdrola"], "other", "0.42", "EUR", None, "planned", None,
      "It proposed a final dividend of €0.42 per share"),
    # shares
    C(["iberdrola"], "stock_change", "2.1", None, None, "reported", None,
      "Shares in Iberdrola were up 2.1% at €18.42 by midday in Madrid"),
    C(["iberdrola"], "other", "18.42", "EUR", None, "reported", None,
      "Shares in Iberdrola were up 2.1% at €18.42 by midday in Madrid"),
    C(["iberdrola"], "valuation", "123000000000", "EUR", None, "reported", None,
      "giving it a market value of roughly €123 billion"),
    # peers
    C(["nextera"], "capital_expenditure", "120000000000", "USD", None, "planned", ("2026-01-01", "2029-12-31"),
      "NextEra Energy has said it plans to spend about $120 billion between 2026 and 2029"),
    C(["rwe"], "capital_expenditure", "35000000000", "EUR", None, "planned", BY2030,
      "RWE cut its investment plan to €35 billion through 2030"),
    # analyst quote restating the share sale
    C(["iberdrola"], "funding_round", "4000000000", "EUR", None, "planned", None,
      "a €4 billion share sale shows even it cannot do this on debt alone"),
]

write("R2.txt", REF,
      "Date line '25 February 2026'; 'raised its investment plan on Wednesday' (2026-02-25 is a Wednesday).",
      claims)
