from mk import K, write
H = "harmony-gold"; T = "torex-gold-resources"; D = [H, T]
REF = "2026-11-10"; TUE = REF
FY26 = ("2025-07-01", "2026-06-30")   # Harmony: the year to June 30, 2026
LEDE = "has agreed to buy Canada's Torex Gold Resources Inc. for C$58.50 a share in cash, the companies said on Tuesday, in a deal that values the Mexico-focused producer at about C$5.0 billion (US$3.6 billion), or roughly R63 billion"
cl = [
 # headline and bullets
 K(D, "contract_value", "5000000000", "CAD", "reported", None, "Harmony Gold agrees C$5 billion takeover of Torex after first bid rebuffed", cp=T),
 K(D, "other", "58.5", "CAD", "reported", None, "Harmony to pay C$58.50 a share in cash, a 29% premium", cp=T),
 K(D, "other", "29", None, "reported", None, "Harmony to pay C$58.50 a share in cash, a 29% premium", cp=T),
 K(D, "contract_value", "5000000000", "CAD", "reported", None, "Harmony deal values Torex at about C$5.0 billion (US$3.6 billion)", cp=T),
 K(D, "contract_value", "3600000000", "USD", "reported", None, "Harmony deal values Torex at about C$5.0 billion (US$3.6 billion)", cp=T),
 K(D, "other", "52", "CAD", "reported", "2026-10", "Torex rejected Harmony's C$52-a-share approach in October", cp=T),
 K(H, "stock_change", "4.8", None, "reported", None, "Harmony shares fall 4.8% in Johannesburg; Torex jumps 24%"),
 K(T, "stock_change", "24", None, "reported", None, "Harmony shares fall 4.8% in Johannesburg; Torex jumps 24%"),
 # lede
 K(D, "other", "58.5", "CAD", "reported", None, LEDE, cp=T),
 K(D, "contract_value", "5000000000", "CAD", "reported", None, LEDE, cp=T),
 K(D, "contract_value", "3600000000", "USD", "reported", None, LEDE, cp=T),
 K(D, "contract_value", "63000000000", "ZAR", "reported", None, LEDE, cp=T),
 K(D, "other", "29", None, "reported", None, "The offer is a 29% premium to Torex's closing price on Monday and a 34% premium to its 20-day volume-weighted average price", cp=T),
 K(D, "other", "34", None, "reported", None, "The offer is a 29% premium to Torex's closing price on Monday and a 34% premium to its 20-day volume-weighted average price", cp=T),
 K(T, "other", "400000000", "CAD", "reported", None, "Including Torex's net cash of about C$400 million, the transaction has an enterprise value of about C$4.6 billion"),
 K(D, "contract_value", "4600000000", "CAD", "reported", None, "Including Torex's net cash of about C$400 million, the transaction has an enterprise value of about C$4.6 billion", cp=T),
 K(D, "other", "52", "CAD", "reported", "2026-10", "Torex's board in October rejected an unsolicited C$52-a-share proposal from Harmony", cp=T),
 # terms
 K(D, "other", "175000000", "CAD", "hedged", None, "Torex has agreed to pay Harmony a break fee of C$175 million if it accepts a superior offer", cp=H),
 K(D, "other", "260000000", "CAD", "hedged", None, "Harmony would pay Torex a reverse break fee of C$260 million if the deal fails to win regulatory approval", cp=T),
 K(H, "other", "2500000000", "USD", "reported", None, "Harmony has secured a fully underwritten US$2.5 billion bridge loan from JPMorgan", cp="jpmorgan"),
 K("vaneck", "other", "9", None, "reported", None, "VanEck, Torex's largest shareholder with about 9% of its shares", cp=T),
 # ounces and costs
 K(T, "other", "452000", None, "reported", "2025", "Torex produced 452,000 ounces of gold in 2025 and expects output of 420,000 to 460,000 ounces this year"),
 K(T, "other", "420000", None, "planned", "2026", "Torex produced 452,000 ounces of gold in 2025 and expects output of 420,000 to 460,000 ounces this year"),
 K(T, "capacity", "18000", None, "planned", None, "Media Luna is also expected to produce about 18,000 tonnes of copper a year once fully ramped up"),
 K(T, "other", "1340", "USD", "reported", "2026-Q3", "Torex reported all-in sustaining costs of US$1,340 an ounce in the third quarter"),
 K(H, "other", "1430000", None, "reported", FY26, "Harmony produced 1.43 million ounces of gold in the year to June 30, 2026"),
 K(H, "other", "1045000", "ZAR", "reported", FY26, "Its all-in sustaining cost for the year to June was R1,045,000 a kilogram, or about US$1,870 an ounce"),
 K(H, "other", "1870", "USD", "reported", FY26, "Its all-in sustaining cost for the year to June was R1,045,000 a kilogram, or about US$1,870 an ounce"),
 K(H, "other", "19200000000", "ZAR", "reported", FY26, "The company reported record headline earnings of R19.2 billion for the year to June"),
 K(H, "other", "1900000", None, "planned", None, "Harmony said the acquisition would lift its annual gold output to about 1.9 million ounces and cut its group cost per ounce by roughly 10%"),
 K(H, "other", "10", None, "planned", None, "Harmony said the acquisition would lift its annual gold output to about 1.9 million ounces and cut its group cost per ounce by roughly 10%"),
 K(T, "headcount", "3500", None, "reported", None, "Torex, which employs about 3,500 people"),
 K(T, "capital_expenditure", "1300000000", "USD", "reported", ("2022", REF), "has spent about US$1.3 billion building Media Luna since construction began in 2022"),
 # diversification
 K([H, "mac-copper"], "contract_value", "1030000000", "USD", "reported", "2025", "It bought MAC Copper, owner of the CSA copper mine in Australia, for about US$1.03 billion in 2025", cp="mac-copper"),
 K(["gold-fields", "osisko-mining"], "contract_value", "2160000000", "CAD", "reported", "2024", "Gold Fields bought Osisko Mining for C$2.16 billion in 2024", cp="osisko-mining"),
 # shares and analysts
 K(H, "stock_change", "4.8", None, "reported", TUE, "Harmony's shares fell 4.8% to R286.40 in Johannesburg on Tuesday, while its New York-listed American depositary receipts slid 5.1%"),
 K(H, "other", "286.4", "ZAR", "reported", TUE, "Harmony's shares fell 4.8% to R286.40 in Johannesburg on Tuesday, while its New York-listed American depositary receipts slid 5.1%"),
 K(H, "stock_change", "5.1", None, "reported", TUE, "Harmony's shares fell 4.8% to R286.40 in Johannesburg on Tuesday, while its New York-listed American depositary receipts slid 5.1%"),
 K(T, "stock_change", "24", None, "reported", TUE, "Torex shares jumped 24% to C$56.05 in Toronto on Tuesday"),
 K(T, "other", "56.05", "CAD", "reported", TUE, "Torex shares jumped 24% to C$56.05 in Toronto on Tuesday"),
 K(T, "other", "60", "CAD", "forecast", None, "raised his target on Torex to C$60 from C$54"),
 K(T, "other", "54", "CAD", "forecast", None, "raised his target on Torex to C$60 from C$54"),
]
write("H5", "H5.txt", REF,
      "Dateline 'JOHANNESBURG/TORONTO, Nov 10'; the companies 'said on Tuesday' and shares moved 'on Tuesday'; Nov. 10, 2026 is a Tuesday.",
      cl)
