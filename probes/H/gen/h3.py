from mk import K, write
QC = "qualcomm"; LS = "lattice"; KH = "kraft-heinz"; MU = "micron"; ACN = "accenture"; KMX = "carmax"
JJA = ("2026-06-01", "2026-08-31")        # three months ended Aug. 31 (Nike FQ1, Accenture FQ4, CarMax FQ2)
MU_Q4 = ("2026-05-29", "2026-09-03")      # Micron: three months ended Sept. 3
MU_Q1 = ("2026-09-04", "2026-12-03")      # Micron fiscal first quarter, which ends Dec. 3
ACN_FY27 = ("2026-09", "2027-08")
cl = [
 # key moments
 K([QC, LS], "other", "82", "USD", "reported", None, "Qualcomm to buy Lattice Semiconductor for $82 a share; Lattice soars 24%", cp=LS),
 K(LS, "stock_change", "24", None, "reported", None, "Qualcomm to buy Lattice Semiconductor for $82 a share; Lattice soars 24%"),
 K(KH, "stock_change", "7.2", None, "reported", None, "Kraft Heinz cuts 2026 profit forecast, shares drop 7.2%"),
 K(KMX, "stock_change", "13", None, "reported", None, "CarMax misses badly, stock down 13%"),
 # Nike preview
 K("nike", "eps", "0.31", "USD", "forecast", JJA, "Analysts polled by LSEG expect earnings of 31 cents a share on revenue of $11.7 billion for the three months ended Aug. 31"),
 K("nike", "revenue", "11700000000", "USD", "forecast", JJA, "Analysts polled by LSEG expect earnings of 31 cents a share on revenue of $11.7 billion for the three months ended Aug. 31"),
 # Kraft Heinz warning
 K(KH, "stock_change", "7.2", None, "reported", None, "Kraft Heinz shares fell 7.2% after the packaged-food maker warned on profit"),
 K(KH, "eps", "2.35", "USD", "planned", "2026", "The company now expects 2026 adjusted earnings per share of $2.35 to $2.45, down from its previous forecast of $2.51 to $2.60"),
 K(KH, "eps", "2.51", "USD", "planned", "2026", "The company now expects 2026 adjusted earnings per share of $2.35 to $2.45, down from its previous forecast of $2.51 to $2.60"),
 K(KH, "growth_rate", "3", None, "planned", "2026", "It also said organic net sales would decline 3% to 4% this year, compared with an earlier forecast of a 1.5% to 3.5% drop"),
 K(KH, "growth_rate", "1.5", None, "planned", "2026", "It also said organic net sales would decline 3% to 4% this year, compared with an earlier forecast of a 1.5% to 3.5% drop"),
 K(KH, "other", "1100000000", "USD", "planned", "2026-Q3", "Kraft Heinz said it expects to book a non-cash impairment charge of about $1.1 billion in the third quarter"),
 K("general-mills", "stock_change", "2.6", None, "reported", None, "General Mills fell 2.6% and Conagra Brands lost 3.1% in sympathy"),
 K("conagra-brands", "stock_change", "3.1", None, "reported", None, "General Mills fell 2.6% and Conagra Brands lost 3.1% in sympathy"),
 # Qualcomm-Lattice
 K([QC, LS], "other", "82", "USD", "reported", None, "Qualcomm has agreed to buy Lattice Semiconductor for $82 a share in cash, a deal valuing the programmable chipmaker at about $11.5 billion", cp=LS),
 K([QC, LS], "contract_value", "11500000000", "USD", "reported", None, "Qualcomm has agreed to buy Lattice Semiconductor for $82 a share in cash, a deal valuing the programmable chipmaker at about $11.5 billion", cp=LS),
 K([QC, LS], "other", "29", None, "reported", None, "The price represents a 29% premium to Lattice's closing price on Wednesday", cp=LS),
 K(LS, "stock_change", "24", None, "reported", None, "Lattice shares jumped 24% to $78.90"),
 K(LS, "other", "78.9", "USD", "reported", None, "Lattice shares jumped 24% to $78.90"),
 K(QC, "stock_change", "1.8", None, "reported", None, "Qualcomm shares dipped 1.8%"),
 K(QC, "other", "6000000000", "USD", "planned", None, "Qualcomm said it would fund the purchase with cash on hand and about $6 billion of new debt"),
 K([QC, LS], "other", "400000000", "USD", "hedged", None, "Lattice would owe Qualcomm a termination fee of $400 million if it accepts a rival offer", cp=QC),
 # CarMax midday
 K(KMX, "stock_change", "13.4", None, "reported", None, "CarMax was down 13.4% at midday"),
 K(KMX, "stock_change", "11", None, "reported", None, "had already slumped 11% in premarket trading"),
 # Micron
 K(MU, "stock_change", "9.1", None, "reported", None, "Micron was up 9.1% in morning trade"),
 K(MU, "revenue", "15800000000", "USD", "planned", MU_Q1, "forecast revenue of $15.8 billion, plus or minus $300 million, for its fiscal first quarter, which ends Dec. 3"),
 K(MU, "revenue", "14900000000", "USD", "forecast", None, "Analysts had expected $14.9 billion."),
 K(MU, "eps", "3.42", "USD", "reported", MU_Q4, "Adjusted earnings for the three months ended Sept. 3 came to $3.42 a share, ahead of the $3.21 consensus"),
 K(MU, "eps", "3.21", "USD", "forecast", MU_Q4, "Adjusted earnings for the three months ended Sept. 3 came to $3.42 a share, ahead of the $3.21 consensus"),
 # Accenture
 K(ACN, "stock_change", "3.5", None, "reported", None, "Accenture shares rose 3.5% in premarket trading"),
 K(ACN, "eps", "3.19", "USD", "reported", JJA, "reported fiscal fourth-quarter earnings per share of $3.19, excluding items, ahead of the $3.11 analysts had expected"),
 K(ACN, "eps", "3.11", "USD", "forecast", JJA, "reported fiscal fourth-quarter earnings per share of $3.19, excluding items, ahead of the $3.11 analysts had expected"),
 K(ACN, "growth_rate", "6", None, "reported", JJA, "Revenue for the three months ended Aug. 31 rose 6% to $18.6 billion, versus the $18.4 billion consensus estimate"),
 K(ACN, "revenue", "18600000000", "USD", "reported", JJA, "Revenue for the three months ended Aug. 31 rose 6% to $18.6 billion, versus the $18.4 billion consensus estimate"),
 K(ACN, "revenue", "18400000000", "USD", "forecast", JJA, "Revenue for the three months ended Aug. 31 rose 6% to $18.6 billion, versus the $18.4 billion consensus estimate"),
 K(ACN, "other", "21300000000", "USD", "reported", JJA, "New bookings totaled $21.3 billion in the quarter, including $1.9 billion of generative AI work"),
 K(ACN, "other", "1900000000", "USD", "reported", JJA, "New bookings totaled $21.3 billion in the quarter, including $1.9 billion of generative AI work"),
 K(ACN, "growth_rate", "2", None, "planned", ACN_FY27, "For fiscal 2027, which runs through August 2027, Accenture forecast revenue growth of 2% to 5% in local currency"),
 # CarMax results
 K(KMX, "eps", "0.64", "USD", "reported", JJA, "CarMax reported fiscal second-quarter earnings of 64 cents a share, well short of the 98 cents Wall Street had expected"),
 K(KMX, "eps", "0.98", "USD", "forecast", JJA, "CarMax reported fiscal second-quarter earnings of 64 cents a share, well short of the 98 cents Wall Street had expected"),
 K(KMX, "growth_rate", "4.5", None, "reported", JJA, "Net sales for the three months ended Aug. 31 fell 4.5% to $6.9 billion, and comparable-store used unit sales dropped 5.8%"),
 K(KMX, "revenue", "6900000000", "USD", "reported", JJA, "Net sales for the three months ended Aug. 31 fell 4.5% to $6.9 billion, and comparable-store used unit sales dropped 5.8%"),
 K(KMX, "growth_rate", "5.8", None, "reported", JJA, "Net sales for the three months ended Aug. 31 fell 4.5% to $6.9 billion, and comparable-store used unit sales dropped 5.8%"),
 K(KMX, "job_cuts", "1000", None, "planned", None, "The company said it would cut about 1,000 corporate and store roles as part of a plan to reduce costs by $150 million a year"),
 K(KMX, "other", "150000000", "USD", "planned", None, "The company said it would cut about 1,000 corporate and store roles as part of a plan to reduce costs by $150 million a year"),
]
write("H3", "H3.txt", "2026-09-24",
      "'Last updated: Thursday, Sept. 24, 2026, 4:12 p.m. ET'; every entry is from that trading day.",
      cl)
