from mk import C, P, write
PIF = "pif"; AM = "amprion"; AL = "allianz"; CPP = "cpp-investments"; RWE = "rwe"
REF = "2026-09-14"; MON = P(REF)
Y25 = P("2025-01-01", "2025-12-31"); SEP25 = P("2025-09-01", "2025-09-30"); DEC24 = P("2024-12-01", "2024-12-31")
cl = [
 # headline, bullets
 C([PIF, AM], "contract_value", "3900000000", "EUR", "reported", None, "Saudi PIF leads 3.9 bln euro deal for RWE's stake in German grid operator Amprion", counterparty=AM),
 C(PIF, "other", "15", None, "reported", None, "PIF to take 15%, Allianz 6%, CPP Investments 4.1%", counterparty=AM),
 C(AL, "other", "6", None, "reported", None, "PIF to take 15%, Allianz 6%, CPP Investments 4.1%", counterparty=AM),
 C(CPP, "other", "4.1", None, "reported", None, "PIF to take 15%, Allianz 6%, CPP Investments 4.1%", counterparty=AM),
 C(AM, "valuation", "15500000000", "EUR", "reported", None, "Price values Amprion at 15.5 bln euros, 27.4 bln euros with debt"),
 C(AM, "valuation", "27400000000", "EUR", "reported", None, "Price values Amprion at 15.5 bln euros, 27.4 bln euros with debt"),
 C(RWE, "other", "1600000000", "EUR", "planned", None, "RWE to book gain of about 1.6 bln euros"),
 C(RWE, "stock_change", "3.1", None, "reported", None, "RWE shares up 3.1%"),
 # lede
 C([PIF, AM], "contract_value", "3900000000", "EUR", "reported", None, "will lead a consortium buying a 25.1% stake in German power grid operator Amprion from RWE for about 3.9 billion euros ($4.6 billion)", counterparty=AM),
 C([PIF, AM], "contract_value", "4600000000", "USD", "reported", None, "will lead a consortium buying a 25.1% stake in German power grid operator Amprion from RWE for about 3.9 billion euros ($4.6 billion)", counterparty=AM),
 C(PIF, "other", "25.1", None, "reported", None, "will lead a consortium buying a 25.1% stake in German power grid operator Amprion", counterparty=AM),
 # split
 C([PIF, AM], "contract_value", "2300000000", "EUR", "reported", None, "PIF will take 15% of Amprion for about 2.3 billion euros", counterparty=AM),
 C(PIF, "other", "15", None, "reported", None, "PIF will take 15% of Amprion for about 2.3 billion euros", counterparty=AM),
 C([AL, AM], "contract_value", "930000000", "EUR", "reported", None, "German insurer Allianz buying 6% for about 930 million euros", counterparty=AM),
 C(AL, "other", "6", None, "reported", None, "German insurer Allianz buying 6% for about 930 million euros", counterparty=AM),
 C([CPP, AM], "contract_value", "640000000", "EUR", "reported", None, "Canada's CPP Investments taking 4.1% for about 640 million euros", counterparty=AM),
 C(CPP, "other", "4.1", None, "reported", None, "Canada's CPP Investments taking 4.1% for about 640 million euros", counterparty=AM),
 # valuation, debt
 C(AM, "valuation", "15500000000", "EUR", "reported", None, "The price values Amprion's equity at about 15.5 billion euros"),
 C(AM, "other", "11900000000", "EUR", "reported", None, "Including net debt of roughly 11.9 billion euros"),
 C(AM, "valuation", "27400000000", "EUR", "reported", None, "the deal gives the grid operator an enterprise value of about 27.4 billion euros"),
 C([PIF, AL, CPP], "other", "3000000000", "EUR", "hedged", None, "PIF, Allianz and CPP Investments will also indirectly assume their share of that debt, about 3 billion euros, a person familiar with the matter said", counterparty=AM),
 C("m31", "other", "74.9", None, "reported", None, "The remaining 74.9% of Amprion stays with M31", counterparty=AM),
 # funds
 C(PIF, "other", "925000000000", "USD", "reported", None, "PIF, which manages assets of about $925 billion"),
 C(PIF, "other", "2000000000000", "USD", "planned", P(REF, "2030-12-31"), "The fund aims to manage more than $2 trillion by 2030"),
 C(CPP, "other", "714000000000", "CAD", "reported", P("2026-06-01", "2026-06-30"), "had net assets of C$714 billion at the end of June"),
 # Amprion
 C(AM, "capital_expenditure", "36400000000", "EUR", "planned", P(REF, "2029-12-31"), "plans to invest 36.4 billion euros in its grid through 2029"),
 C(AM, "other", "30000000000", "EUR", "planned", P(REF, "2030-12-31"), "Its regulated asset base is expected to more than double to about 30 billion euros by 2030"),
 C(AM, "other", "14000000000", "EUR", "reported", Y25, "from 14 billion euros last year"),
 C(AM, "growth_rate", "18", None, "reported", Y25, "Amprion's operating profit (EBIT) rose 18% to 1.21 billion euros in 2025"),
 C(AM, "operating_income", "1210000000", "EUR", "reported", Y25, "Amprion's operating profit (EBIT) rose 18% to 1.21 billion euros in 2025"),
 # RWE
 C(RWE, "other", "1600000000", "EUR", "planned", None, "said it expects to book a gain of about 1.6 billion euros on the sale"),
 C(RWE, "other", "1500000000", "EUR", "planned", None, "a share buyback of up to 1.5 billion euros"),
 C(RWE, "capital_expenditure", "35000000000", "EUR", "planned", P("2026-01-01", "2030-12-31"), "The German utility plans to invest about 35 billion euros in renewables, batteries and flexible generation between 2026 and 2030"),
 C(RWE, "stock_change", "3.1", None, "reported", MON, "RWE shares rose 3.1% to 41.86 euros by 1015 GMT on Monday"),
 C(RWE, "other", "41.86", "EUR", "reported", MON, "RWE shares rose 3.1% to 41.86 euros by 1015 GMT on Monday"),
 C(RWE, "other", "46", "EUR", "forecast", None, "raised his price target on RWE to 46 euros from 43 euros"),
 C(RWE, "other", "43", "EUR", "forecast", None, "raised his price target on RWE to 46 euros from 43 euros"),
 # comparables
 C(["apg", "gic", "norges", "tennet"], "contract_value", "9500000000", "EUR", "reported", SEP25, "agreed to pay 9.5 billion euros for a 46% stake in TenneT's German grid business", counterparty="tennet"),
 C(["apg", "gic", "norges"], "other", "46", None, "reported", SEP25, "agreed to pay 9.5 billion euros for a 46% stake in TenneT's German grid business", counterparty="tennet"),
 C("tennet", "valuation", "20700000000", "EUR", "reported", SEP25, "a deal that valued the unit at about 20.7 billion euros"),
 C(PIF, "other", "15", None, "reported", DEC24, "PIF itself bought 15% of Heathrow Airport Holdings", counterparty="heathrow"),
 C("ardian", "other", "22.6", None, "reported", DEC24, "French investment firm Ardian, which took 22.6%", counterparty="heathrow"),
 C([PIF, "ardian", "heathrow"], "contract_value", "3260000000", "GBP", "reported", DEC24, "in a 3.26 billion pound deal that closed in December 2024", counterparty="heathrow"),
]
write("L4", "L4.txt", REF,
      "Dateline 'FRANKFURT/RIYADH, Sept 14 (Reuters)' and 'the companies said on Monday'; Sept. 14, 2026 is a Monday (the text refers to 2025 as 'last year' and to a close in the first quarter of 2027).",
      cl)
