from mk import C, P, write
S = "siemens"; T = "triton-partners"; SH = "siemens-healthineers"
FY26 = P("2025-10-01", "2026-09-30")   # Siemens fiscal 2026 (the release states October 1, 2025 - September 30, 2026)
FY25 = P("2024-10-01", "2025-09-30")
FY27 = P("2026-10-01", "2027-09-30")
Q4 = P("2026-07-01", "2026-09-30")     # fourth quarter of fiscal 2026
END26 = P("2026-09-30"); END25 = P("2025-09-30")
cl = [
 # headline
 C(S, "backlog", "125000000000", "EUR", "reported", None, "Siemens achieves record order backlog of €125 billion"),
 C(S, "other", "5.7", "EUR", "planned", None, "proposes dividend of €5.70"),
 # summary bullets
 C(S, "growth_rate", "6", None, "reported", None, "Orders rose 6% on a comparable basis(1) to €89.4 billion"),
 C(S, "other", "89400000000", "EUR", "reported", None, "Orders rose 6% on a comparable basis(1) to €89.4 billion"),
 C(S, "growth_rate", "4", None, "reported", None, "Revenue climbed 4% on a comparable basis(1) to €81.3 billion"),
 C(S, "revenue", "81300000000", "EUR", "reported", None, "Revenue climbed 4% on a comparable basis(1) to €81.3 billion"),
 C(S, "growth_rate", "2", None, "reported", None, "to €81.3 billion; nominal increase of"),
 C(S, "other", "9800000000", "EUR", "reported", None, "Net income of €9.8 billion; basic earnings per share (EPS)"),
 C(S, "eps", "11.92", "EUR", "reported", None, "allocation (EPS pre PPA)(2) of €11.92"),
 C(S, "other", "10600000000", "EUR", "reported", None, "Free cash ﬂow (all-in) of €10.6 billion"),
 C(S, "other", "5.7", "EUR", "planned", None, "Dividend proposal of €5.70 per share, up from €5.35 for fiscal 2025"),
 C(S, "other", "5.35", "EUR", "reported", FY25, "Dividend proposal of €5.70 per share, up from €5.35 for fiscal 2025"),
 C(S, "growth_rate", "5", None, "planned", FY27, "Outlook for fiscal 2027: comparable revenue growth of 5% to 8%"),
 C(S, "eps", "12.2", "EUR", "planned", FY27, "€12.20 to €12.80"),
 # orders and revenue
 C(S, "growth_rate", "6", None, "reported", FY26, "In fiscal 2026, orders increased by 6% on a comparable basis(1) to €89.4 billion"),
 C(S, "other", "89400000000", "EUR", "reported", FY26, "In fiscal 2026, orders increased by 6% on a comparable basis(1) to €89.4 billion"),
 C(S, "backlog", "125000000000", "EUR", "reported", END26, "The order backlog reached a record €125 billion at the end of"),
 C(S, "backlog", "117000000000", "EUR", "reported", END25, "compared with €117 billion a year earlier"),
 C(S, "growth_rate", "4", None, "reported", None, "Revenue rose 4% on a compa-"),
 C(S, "revenue", "81300000000", "EUR", "reported", None, "rable basis(1) to €81.3 billion; on a nominal basis, revenue was up 2%"),
 C(S, "growth_rate", "2", None, "reported", None, "rable basis(1) to €81.3 billion; on a nominal basis, revenue was up 2%"),
 C(S, "growth_rate", "9", None, "reported", Q4, "In the fourth quarter of fiscal 2026, orders rose 9% on a comparable basis(1) to €24.1"),
 C(S, "other", "24100000000", "EUR", "reported", Q4, "In the fourth quarter of fiscal 2026, orders rose 9% on a comparable basis(1) to €24.1"),
 # profitability
 C(S, "operating_income", "12500000000", "EUR", "reported", None, "Profit of the Industrial Business rose to €12.5 billion"),
 C(S, "other", "15.4", None, "reported", None, "profit margin reached 15.4%"),
 C(S, "other", "9800000000", "EUR", "reported", None, "Net income was €9.8 billion, down from"),
 C(S, "other", "10300000000", "EUR", "reported", FY25, "€10.3 billion in fiscal 2025"),
 C(S, "eps", "11.92", "EUR", "reported", None, "EPS pre PPA(2) increased to €11.92 from €11.40"),
 C(S, "eps", "11.4", "EUR", "reported", None, "EPS pre PPA(2) increased to €11.92 from €11.40"),
 C(S, "other", "10600000000", "EUR", "reported", None, "(all-in)(3) was €10.6 billion, a new record"),
 # segments
 C(S, "other", "19800000000", "EUR", "reported", None, "Digital Industries recorded orders of €19.8 billion, up 7% on a comparable basis(1)"),
 C(S, "growth_rate", "7", None, "reported", None, "Digital Industries recorded orders of €19.8 billion, up 7% on a comparable basis(1)"),
 C(S, "revenue", "18600000000", "EUR", "reported", None, "Revenue was €18.6 billion, up 1%"),
 C(S, "growth_rate", "1", None, "reported", None, "Revenue was €18.6 billion, up 1%"),
 C(S, "other", "18.1", None, "reported", None, "the profit margin improved to 18.1% from"),
 C(S, "other", "17.6", None, "reported", None, "17.6%."),
 C(S, "revenue", "23400000000", "EUR", "reported", None, "Smart Infrastructure achieved record revenue of €23.4 billion, an increase of 9% on a"),
 C(S, "growth_rate", "9", None, "reported", None, "Smart Infrastructure achieved record revenue of €23.4 billion, an increase of 9% on a"),
 C(S, "other", "18.6", None, "reported", None, "comparable basis(1), with a profit margin of 18.6%"),
 C(S, "other", "15200000000", "EUR", "reported", None, "Mobility booked orders of €15.2 billion"),
 C(S, "contract_value", "3100000000", "EUR", "reported", None, "including a €3.1 bil-"),
 C(S, "revenue", "12600000000", "EUR", "reported", None, "Revenue was €12.6 billion, with a profit"),
 C(S, "other", "8.7", None, "reported", None, "margin of 8.7%"),
 C(S, "backlog", "52000000000", "EUR", "reported", END26, "the Mobility order backlog stood at €52 billion at the end of the"),
 # portfolio
 C([S, T], "contract_value", "450000000", "EUR", "reported", P("2026-11-10"), "funds advised by Triton Partners for an enterprise value of €450 million", counterparty=T),
 C(S, "revenue", "700000000", "EUR", "reported", FY26, "€700 million in fiscal 2026 and employs about 1,900 people"),
 C(S, "headcount", "1900", None, "reported", None, "€700 million in fiscal 2026 and employs about 1,900 people"),
 C(S, "other", "150000000", "EUR", "planned", None, "loss on disposal of about €150 million"),
 # capital allocation
 C(S, "other", "5.7", "EUR", "planned", None, "will propose a dividend of €5.70 per"),
 C(S, "other", "5.35", "EUR", "reported", FY25, "compared with €5.35"),
 C(S, "other", "1900000000", "EUR", "reported", FY26, "Siemens repurchased shares worth €1.9 billion"),
 C(S, "other", "6000000000", "EUR", "planned", P("2026-11-12", "2028-12-31"), "up to €6 billion, which runs until 2028."),
 C(S, "headcount", "318000", None, "reported", END26, "As of September 30, 2026, Siemens had around 318,000 employees worldwide."),
 # outlook
 C(S, "growth_rate", "5", None, "planned", FY27, "For fiscal 2027, Siemens expects comparable revenue growth(1) of 5% to 8%"),
 C(S, "eps", "12.2", "EUR", "planned", None, "Basic EPS pre PPA(2) is expected to be in a range of €12.20 to"),
]
write("O6", "O6.txt", "2026-11-12",
      "Release dated 'Munich, November 12, 2026' (repeated in each page header); Siemens' fiscal 2026 runs October 1, 2025 - September 30, 2026, as the release states.",
      cl)
