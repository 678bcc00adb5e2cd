from mk import K, write
HS = "hs-battery-america"; HY = "hyundai"; SDI = "samsung-sdi"; PAN = "panasonic"; PC = "powerco"
TOY = "toyota"; SP = "starplus-energy"; HL = "hl-ga-battery"
PAN_FY26 = ("2025-04-01", "2026-03-31")
def row(s): return s
R_TOY = "| Liberty, N.C. | Toyota | 30 | $13.9B | 5,000 | Full output |"
R_PAN = "| De Soto, Kan. | Panasonic | 32 | $4.0B | 4,000 | Ramping |"
R_SP = "| Kokomo, Ind. (plant 1) | StarPlus Energy | 33 | $3.2B | 1,400 | Producing |"
R_HL = "| Ellabell, Ga. | HL-GA Battery | 30 | $4.3B | 3,000 | Delayed |"
R_HS = "| Lafayette, Ind. | HS Battery America | 25 | $3.2B | 1,800 | Announced |"
R_PC = "| St. Thomas, Ont. | PowerCo | 20 | C$7.0B | 2,500 | Delayed |"
B1 = "a new **Hyundai**–**Samsung SDI** JV, will build a 25 GWh cell plant in Indiana: $3.2B, 1,800 jobs"
JV1 = "The JV will spend about **$3.2 billion** on the plant, which is designed for **25 GWh** of annual capacity"
cl = [
 # TL;DR
 K(HS, "capacity", "25", None, "planned", None, B1),
 K(HS, "capital_expenditure", "3200000000", "USD", "planned", None, B1),
 K(HS, "headcount", "1800", None, "planned", None, B1),
 K(PAN, "other", "118000000000", "JPY", "reported", PAN_FY26, "booked ¥118B in US production tax credits last fiscal year"),
 K(TOY, "capacity", "30", None, "reported", None, "North Carolina plant hits its full 30 GWh"),
 K("ultium-cells", "job_cuts", "550", None, "planned", None, "will cut about 550 jobs in Tennessee as it retools for LMR cells"),
 # 1. Hyundai / Samsung SDI
 K(HS, "capital_expenditure", "3200000000", "USD", "planned", None, JV1),
 K(HS, "capacity", "25", None, "planned", None, JV1),
 K(HY, "investment", "900000000", "USD", "planned", None, "Hyundai will contribute $900 million of equity and Samsung SDI $700 million", cp=HS),
 K(SDI, "investment", "700000000", "USD", "planned", None, "Hyundai will contribute $900 million of equity and Samsung SDI $700 million", cp=HS),
 K(HS, "headcount", "1800", None, "planned", None, "the plant is expected to employ about **1,800 people**"),
 K(HS, "other", "120000000", "USD", "reported", None, "Indiana has approved up to $120 million in conditional tax credits and a $45 million workforce training grant for the project"),
 K(HS, "other", "45000000", "USD", "reported", None, "Indiana has approved up to $120 million in conditional tax credits and a $45 million workforce training grant for the project"),
 K(HY, "capacity", "500000", None, "reported", None, "Hyundai's Metaplant America in Georgia, which can now build 500,000 vehicles a year after an expansion"),
 K(SP, "capacity", "33", None, "reported", None, "StarPlus's first 33 GWh plant started production in January"),
 # 2. Panasonic
 K(PAN, "capital_expenditure", "4000000000", "USD", "reported", None, "Panasonic said full production at its $4 billion plant in De Soto, Kansas, will not be reached until the fiscal year ending March 2028"),
 K(PAN, "capacity", "19", None, "reported", None, "The plant currently produces at an annualised rate of about **19 GWh**, against a planned **32 GWh**"),
 K(PAN, "capacity", "32", None, "planned", None, "The plant currently produces at an annualised rate of about **19 GWh**, against a planned **32 GWh**"),
 K(PAN, "headcount", "2600", None, "reported", None, "Panasonic has hired about 2,600 of the 4,000 workers it planned for the site"),
 K(PAN, "headcount", "4000", None, "planned", None, "Panasonic has hired about 2,600 of the 4,000 workers it planned for the site"),
 K(PAN, "other", "829000000", "USD", "reported", None, "Kansas committed up to $829 million in incentives to the project under its APEX megaproject program"),
 K(PAN, "other", "118000000000", "JPY", "reported", PAN_FY26, "The company booked ¥118 billion (about $780 million) of U.S. advanced manufacturing production credits under Section 45X in the fiscal year ended March 31, 2026"),
 K(PAN, "other", "780000000", "USD", "reported", PAN_FY26, "The company booked ¥118 billion (about $780 million) of U.S. advanced manufacturing production credits under Section 45X in the fiscal year ended March 31, 2026"),
 # 3. PowerCo
 K(PC, "capital_expenditure", "7000000000", "CAD", "reported", None, "PowerCo now expects its C$7 billion gigafactory in St. Thomas, Ontario, to start production in 2028"),
 K(PC, "other", "13200000000", "CAD", "reported", None, "Ottawa and Ontario have pledged up to C$13.2 billion in production subsidies to PowerCo over ten years, plus C$700 million toward construction"),
 K(PC, "other", "700000000", "CAD", "reported", None, "Ottawa and Ontario have pledged up to C$13.2 billion in production subsidies to PowerCo over ten years, plus C$700 million toward construction"),
 K(PC, "capacity", "20", None, "planned", None, "Initial capacity will be 20 GWh; the site could eventually expand to 90 GWh"),
 K(PC, "capacity", "90", None, "hedged", None, "Initial capacity will be 20 GWh; the site could eventually expand to 90 GWh"),
 K(PC, "headcount", "2500", None, "planned", None, "PowerCo has cut planned hiring at the site to about 2,500 jobs from 3,000"),
 K(PC, "headcount", "3000", None, "planned", None, "PowerCo has cut planned hiring at the site to about 2,500 jobs from 3,000"),
 # 4. Toyota
 K(TOY, "capacity", "30", None, "reported", "2026-04", "Toyota's battery plant in Liberty, North Carolina, reached its full 30 GWh of annual capacity in April"),
 K(TOY, "capital_expenditure", "13900000000", "USD", "reported", None, "Toyota has committed $13.9 billion to the site and employs about 3,900 people there, on the way to 5,000"),
 K(TOY, "headcount", "3900", None, "reported", None, "Toyota has committed $13.9 billion to the site and employs about 3,900 people there, on the way to 5,000"),
 K(TOY, "headcount", "5000", None, "planned", None, "Toyota has committed $13.9 billion to the site and employs about 3,900 people there, on the way to 5,000"),
 # 5. quick hits
 K("ultium-cells", "job_cuts", "550", None, "planned", None, "will cut about 550 jobs at Spring Hill, Tennessee, as it converts lines to lithium-manganese-rich cells"),
 K(HL, "capital_expenditure", "4300000000", "USD", "reported", None, "now expects its $4.3 billion, 30 GWh plant to start production in the first half of 2027"),
 K(HL, "capacity", "30", None, "planned", None, "now expects its $4.3 billion, 30 GWh plant to start production in the first half of 2027"),
 # table
 K(TOY, "capacity", "30", None, "reported", None, R_TOY),
 K(TOY, "capital_expenditure", "13900000000", "USD", "reported", None, R_TOY),
 K(TOY, "headcount", "5000", None, "planned", None, R_TOY),
 K(PAN, "capacity", "32", None, "planned", None, R_PAN),
 K(PAN, "capital_expenditure", "4000000000", "USD", "reported", None, R_PAN),
 K(PAN, "headcount", "4000", None, "planned", None, R_PAN),
 K(SP, "capacity", "33", None, "reported", None, R_SP),
 K(SP, "capital_expenditure", "3200000000", "USD", "reported", None, R_SP),
 K(SP, "headcount", "1400", None, "planned", None, R_SP),
 K(HL, "capacity", "30", None, "planned", None, R_HL),
 K(HL, "capital_expenditure", "4300000000", "USD", "reported", None, R_HL),
 K(HL, "headcount", "3000", None, "planned", None, R_HL),
 K(HS, "capacity", "25", None, "planned", None, R_HS),
 K(HS, "capital_expenditure", "3200000000", "USD", "planned", None, R_HS),
 K(HS, "headcount", "1800", None, "planned", None, R_HS),
 K(PC, "capacity", "20", None, "planned", None, R_PC),
 K(PC, "capital_expenditure", "7000000000", "CAD", "reported", None, R_PC),
 K(PC, "headcount", "2500", None, "planned", None, R_PC),
]
write("H6", "H6.txt", "2026-05-20",
      "Issue date line '*Wednesday, May 20, 2026*' under the masthead; May 20, 2026 is a Wednesday.",
      cl)
