from mk import C, write

REF = "2026-10-29"
JS = ("2026-07-01", "2026-09-30")    # calendar Q3 2026 = L&T's fiscal Q2 (April-March year)
JS25 = ("2025-07-01", "2025-09-30")
NAS = ("2026-04-01", "2026-09-30")
LT = ["larsen-toubro"]
AC = ["acwa-power", "saudi-power-procurement"]
WP = ["wipro", "phoenix-group"]
claims = [
    # Larsen & Toubro (fiscal year April-March: Q2 = July-September)
    C(LT, "other", "41200000000", "INR", None, "reported", JS,
      "Larsen & Toubro Says Q2 Consol Net Profit 41.2 Bln Rupees"),
    C(LT, "other", "41200000000", "INR", None, "reported", JS,
      "Q2 CONSOL NET PROFIT 41.2 BILLION RUPEES"),
    C(LT, "other", "37950000000", "INR", None, "reported", JS25,
      "VERSUS 37.95 BILLION RUPEES YEAR AGO"),
    C(LT, "revenue", "694600000000", "INR", None, "reported", JS,
      "Q2 CONSOL REVENUE FROM OPERATIONS 694.6 BILLION RUPEES"),
    # ACWA Power
    C(AC, "capacity", "2000", None, "saudi-power-procurement", "reported", None,
      "ACWA Power Unit Signs PPA With Saudi Power Procurement Co For 2,000 MW Solar Plant"),
    C(AC, "capacity", "2000", None, "saudi-power-procurement", "reported", None,
      "UNIT SIGNS 25-YEAR POWER PURCHASE AGREEMENT WITH SAUDI POWER PROCUREMENT CO FOR 2,000 MW SOLAR PV PLANT"),
    C(["acwa-power"], "capital_expenditure", "4900000000", "SAR", None, "planned", None,
      "TOTAL PROJECT COST ESTIMATED AT 4.9 BILLION RIYALS"),
    # MTN
    C(["mtn"], "growth_rate", "14.2", None, None, "reported", JS,
      "MTN Group Says Q3 Service Revenue Rose 14.2%"),
    C(["mtn"], "growth_rate", "14.2", None, None, "reported", JS,
      "SERVICE REVENUE FOR QUARTER ENDED SEPT 30 ROSE 14.2% TO 52.3 BILLION RAND"),
    C(["mtn"], "revenue", "52300000000", "ZAR", None, "reported", JS,
      "SERVICE REVENUE FOR QUARTER ENDED SEPT 30 ROSE 14.2% TO 52.3 BILLION RAND"),
    C(["mtn"], "other", "301400000", None, None, "reported", None,
      "MOBILE SUBSCRIBERS AT 301.4 MILLION"),
    # Naspers trading statement
    C(["naspers"], "growth_rate", "20", None, None, "planned", NAS,
      "Naspers Sees Core Headline EPS Up 20%-30% For Six Months To Sept 30"),
    C(["naspers"], "growth_rate", "20", None, None, "planned", NAS,
      "EXPECTS CORE HEADLINE EARNINGS PER SHARE FOR SIX MONTHS ENDED SEPT 30, 2026 TO BE BETWEEN 20% AND 30% HIGHER THAN IN PRIOR PERIOD"),
    # Orlen
    C(["orlen"], "other", "3100000000", "PLN", None, "reported", JS,
      "Orlen Q3 Net Profit 3.1 Bln Zlotys, Above Forecast"),
    C(["orlen"], "other", "3120000000", "PLN", None, "reported", JS,
      "Q3 NET PROFIT 3.12 BILLION ZLOTYS"),
    C(["orlen"], "other", "2460000000", "PLN", None, "forecast", JS,
      "VERSUS 2.46 BILLION ZLOTYS IN A REUTERS POLL"),
    C(["orlen"], "other", "8900000000", "PLN", None, "reported", JS,
      "Q3 LIFO-BASED EBITDA 8.9 BILLION ZLOTYS"),
    # Al Rajhi Bank
    C(["al-rajhi-bank"], "growth_rate", "17", None, None, "reported", JS,
      "Al Rajhi Bank Q3 Net Profit Rises 17% To 6.21 Bln Riyals"),
    C(["al-rajhi-bank"], "other", "6210000000", "SAR", None, "reported", JS,
      "Al Rajhi Bank Q3 Net Profit Rises 17% To 6.21 Bln Riyals"),
    C(["al-rajhi-bank"], "other", "6210000000", "SAR", None, "reported", JS,
      "Q3 NET PROFIT 6.21 BILLION RIYALS"),
    C(["al-rajhi-bank"], "other", "5310000000", "SAR", None, "reported", JS25,
      "VERSUS 5.31 BILLION RIYALS A YEAR AGO"),
    # Adani Green Energy
    C(["adani-green-energy"], "capacity", "1250", None, None, "reported", None,
      "Adani Green Energy Unit Commissions 1,250 MW Solar Plant In Khavda"),
    C(["adani-green-energy"], "capacity", "1250", None, None, "reported", None,
      "UNIT COMMISSIONS 1,250 MW SOLAR POWER PROJECT AT KHAVDA, GUJARAT"),
    C(["adani-green-energy"], "capacity", "19480", None, None, "reported", None,
      "OPERATIONAL RENEWABLE CAPACITY NOW AT 19,480 MW"),
    # Wipro - Phoenix Group
    C(WP, "contract_value", "300000000", "USD", "phoenix-group", "reported", None,
      "Wipro Unit Signs $300 Mln Contract With Phoenix Group"),
    C(WP, "contract_value", "300000000", "USD", "phoenix-group", "reported", None,
      "UNIT SIGNS FIVE-YEAR CONTRACT WORTH ABOUT $300 MILLION WITH PHOENIX GROUP"),
    # Deere
    C(["deere"], "job_cuts", "600", None, None, "planned", None,
      "Deere To Lay Off About 600 Workers At Iowa Plants"),
    C(["deere"], "job_cuts", "600", None, None, "planned", "2027-01",
      "DEERE & CO SAYS WILL LAY OFF ABOUT 600 PRODUCTION EMPLOYEES AT WATERLOO AND DAVENPORT, IOWA FACILITIES STARTING IN JANUARY"),
    # PepsiCo
    C(["pepsico"], "other", "1.4225", "USD", None, "reported", None,
      "PepsiCo Declares Quarterly Dividend Of $1.4225 Per Share"),
    C(["pepsico"], "other", "1.4225", "USD", None, "reported", None,
      "DECLARES QUARTERLY DIVIDEND OF $1.4225 PER SHARE"),
    # Dino Polska
    C(["dino-polska"], "growth_rate", "14.8", None, None, "reported", JS,
      "Dino Polska Q3 Revenue Up 14.8% Y/Y"),
    C(["dino-polska"], "revenue", "9870000000", "PLN", None, "reported", JS,
      "Q3 REVENUE 9.87 BILLION ZLOTYS"),
    C(["dino-polska"], "other", "87", None, None, "reported", JS,
      "OPENED 87 NEW STORES IN Q3"),
    # Ma'aden
    C(["maaden"], "other", "1500000000", "SAR", None, "planned", None,
      "Ma'aden Board Approves Issuance Of 1.5 Bln Riyals Sukuk"),
    C(["maaden"], "other", "1500000000", "SAR", None, "planned", None,
      "BOARD APPROVES ISSUANCE OF RIYAL-DENOMINATED SUKUK OF UP TO 1.5 BILLION RIYALS"),
    # Gold Fields
    C(["gold-fields"], "other", "512000", None, None, "reported", JS,
      "Gold Fields Q3 Attributable Gold-Equivalent Output 512,000 Ounces"),
    C(["gold-fields"], "other", "512000", None, None, "reported", JS,
      "ATTRIBUTABLE GOLD-EQUIVALENT PRODUCTION OF 512,000 OUNCES IN QUARTER ENDED SEPT 30"),
    C(["gold-fields"], "other", "1690", "USD", None, "reported", None,
      "ALL-IN SUSTAINING COSTS OF $1,690 PER OUNCE"),
    # Shoprite
    C(["shoprite"], "capital_expenditure", "2100000000", "ZAR", None, "planned", None,
      "Shoprite To Invest 2.1 Bln Rand In New Distribution Centre"),
    C(["shoprite"], "capital_expenditure", "2100000000", "ZAR", None, "planned", None,
      "TO INVEST 2.1 BILLION RAND IN NEW DISTRIBUTION CENTRE IN CENTURION"),
    C(["shoprite"], "headcount", "900", None, None, "planned", None,
      "TO CREATE ABOUT 900 JOBS"),
    # Palantir
    C(["palantir"], "contract_value", "480000000", "USD", None, "reported", None,
      "Palantir Unit Awarded $480 Mln U.S. Army Contract"),
    C(["palantir"], "contract_value", "480000000", "USD", None, "reported", None,
      "PALANTIR USG INC AWARDED $480 MILLION U.S. ARMY CONTRACT FOR MAVEN SMART SYSTEM"),
    # Infosys buyback
    C(["infosys"], "other", "180000000000", "INR", None, "planned", None,
      "Infosys Board Approves Buyback Of Up To 180 Bln Rupees At 1,950 Rupees/Shr"),
    C(["infosys"], "other", "1950", "INR", None, "planned", None,
      "Infosys Board Approves Buyback Of Up To 180 Bln Rupees At 1,950 Rupees/Shr"),
    C(["infosys"], "other", "1950", "INR", None, "planned", None,
      "AT 1,950 RUPEES PER SHARE, AGGREGATING 180 BILLION RUPEES"),
    C(["infosys"], "other", "180000000000", "INR", None, "planned", None,
      "AT 1,950 RUPEES PER SHARE, AGGREGATING 180 BILLION RUPEES"),
]

write("P5.txt", REF,
      "Feed date line 'Thursday, October 29, 2026'; items are dated Oct 27-29 (Reuters).",
      claims)
