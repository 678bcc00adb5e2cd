from mk import C, write
H = ["hitachi"]
HE = ["hitachi-energy"]
H1 = ("2026-04-01", "2026-09-30")
H1LY = ("2025-04-01", "2025-09-30")
FY = ("2026-04-01", "2027-03-31")
BB = ("2026-10-29", "2027-03-31")
B = 1000000000

def y(x):  # billions of yen -> yen, as a decimal string
    from decimal import Decimal
    v = Decimal(x.replace(",", "")) * B
    s = format(v.normalize(), "f")
    return s

claims = [
    # highlights
    C(H, "growth_rate", "5", None, None, "reported", H1, "First-half revenues increased 5% year over year to ¥5,031.6 billion ($33.5 billion)"),
    C(H, "revenue", y("5,031.6"), "JPY", None, "reported", H1, "First-half revenues increased 5% year over year to ¥5,031.6 billion ($33.5 billion)"),
    C(H, "revenue", "33500000000", "USD", None, "reported", H1, "First-half revenues increased 5% year over year to ¥5,031.6 billion ($33.5 billion)"),
    C(H, "growth_rate", "19", None, None, "reported", H1, "First-half adjusted operating income rose 19% to ¥596.8 billion ($4.0 billion)"),
    C(H, "operating_income", y("596.8"), "JPY", None, "reported", H1, "First-half adjusted operating income rose 19% to ¥596.8 billion ($4.0 billion)"),
    C(H, "operating_income", "4000000000", "USD", None, "reported", H1, "First-half adjusted operating income rose 19% to ¥596.8 billion ($4.0 billion)"),
    C(H, "other", "11.9", None, None, "reported", H1, "the adjusted operating income ratio improved 1.4 points to 11.9%"),
    C(H, "growth_rate", "16", None, None, "reported", H1, "Net income attributable to Hitachi, Ltd. stockholders for the first half rose 16% to ¥489.2 billion ($3.3 billion)"),
    C(H, "other", y("489.2"), "JPY", None, "reported", H1, "Net income attributable to Hitachi, Ltd. stockholders for the first half rose 16% to ¥489.2 billion ($3.3 billion)"),
    C(H, "other", "3300000000", "USD", None, "reported", H1, "Net income attributable to Hitachi, Ltd. stockholders for the first half rose 16% to ¥489.2 billion ($3.3 billion)"),
    C(H, "revenue", y("10,300.0"), "JPY", None, "planned", FY, "Full-year forecast raised: revenues ¥10,300.0 billion"),
    C(H, "operating_income", y("1,280.0"), "JPY", None, "planned", FY, "adjusted operating income ¥1,280.0 billion, net income"),
    C(H, "other", y("1,000.0"), "JPY", None, "planned", FY, "net income attributable to Hitachi, Ltd. stockholders ¥1,000.0 billion"),
    C(H, "other", "25", "JPY", None, "reported", None, "Interim dividend of ¥25 per share"),
    C(H, "other", y("300.0"), "JPY", None, "planned", None, "new share buyback of up to ¥300.0 billion"),
]
# results table: H1 FY2025, H1 FY2026, YoY (H1 FY2026), FY2026 revised, FY2026 previous
rows = [
    ("revenue", "JPY", "4,782.4", "5,031.6", "+5%", "10,300.0", "10,150.0", True),
    ("operating_income", "JPY", "501.2", "596.8", "+19%", "1,280.0", "1,240.0", True),
    ("other", "JPY", "640.9", "688.5", "+7%", "1,350.0", "1,300.0", True),
    ("other", "JPY", "423.4", "489.2", "+16%", "1,000.0", "960.0", True),
    ("eps", "JPY", "92.10", "107.35", "+17%", "219.50", "210.30", False),
]
for pred, cur, ly, ty, ch, fy, prev, billions in rows:
    conv = y if billions else (lambda s: format(__import__("decimal").Decimal(s).normalize(), "f"))
    claims += [
        C(H, pred, conv(ly), cur, None, "reported", H1LY, ly),
        C(H, pred, conv(ty), cur, None, "reported", H1, ty),
        C(H, "growth_rate", ch.strip("+%"), None, None, "reported", H1, ch),
        C(H, pred, conv(fy), cur, None, "planned", FY, fy),
        C(H, pred, conv(prev), cur, None, "planned", FY, prev),
    ]
claims += [
    # overview
    C(H, "growth_rate", "7", None, None, "reported", H1, "Income before income taxes rose 7% to ¥688.5 billion in the first half"),
    C(H, "other", y("688.5"), "JPY", None, "reported", H1, "Income before income taxes rose 7% to ¥688.5 billion in the first half"),
    C(H, "other", y("41.2"), "JPY", None, "reported", H1, "which included a ¥41.2 billion gain from the sale of shares in listed affiliates"),
    # segments (given to the parent; Hitachi Energy named with its own figures)
    C(H, "growth_rate", "9", None, None, "reported", H1, "first-half revenues rose 9% to ¥1,402.6 billion"),
    C(H, "revenue", y("1,402.6"), "JPY", None, "reported", H1, "first-half revenues rose 9% to ¥1,402.6 billion"),
    C(H, "growth_rate", "21", None, None, "reported", H1, "adjusted operating income increased 21% to ¥198.4 billion"),
    C(H, "operating_income", y("198.4"), "JPY", None, "reported", H1, "adjusted operating income increased 21% to ¥198.4 billion"),
    C(H, "growth_rate", "14", None, None, "reported", H1, "Lumada business revenues rose 14% to ¥1,690.0 billion in the first half"),
    C(H, "revenue", y("1,690.0"), "JPY", None, "reported", H1, "Lumada business revenues rose 14% to ¥1,690.0 billion in the first half"),
    C(H, "other", "34", None, None, "reported", H1, "accounting for 34% of total revenues"),
    C(H, "growth_rate", "11", None, None, "reported", H1, "first-half revenues rose 11% to ¥1,706.3 billion"),
    C(H, "revenue", y("1,706.3"), "JPY", None, "reported", H1, "first-half revenues rose 11% to ¥1,706.3 billion"),
    C(HE, "growth_rate", "24", None, None, "reported", H1, "whose orders received climbed 24% to ¥1,980.0 billion ($13.2 billion)"),
    C(HE, "other", y("1,980.0"), "JPY", None, "reported", H1, "whose orders received climbed 24% to ¥1,980.0 billion ($13.2 billion)"),
    C(HE, "other", "13200000000", "USD", None, "reported", H1, "whose orders received climbed 24% to ¥1,980.0 billion ($13.2 billion)"),
    C(HE, "backlog", "7900000000000", "JPY", None, "reported", "2026-09", "Hitachi Energy's order backlog stood at ¥7.9 trillion at the end of September"),
    C(H, "growth_rate", "2", None, None, "reported", H1, "first-half revenues fell 2% to ¥1,288.9 billion"),
    C(H, "revenue", y("1,288.9"), "JPY", None, "reported", H1, "first-half revenues fell 2% to ¥1,288.9 billion"),
    # forecast
    C(H, "revenue", y("10,300.0"), "JPY", None, "planned", FY, "revenues are now expected to reach ¥10,300.0 billion ($68.7 billion)"),
    C(H, "revenue", "68700000000", "USD", None, "planned", FY, "revenues are now expected to reach ¥10,300.0 billion ($68.7 billion)"),
    C(H, "revenue", y("10,150.0"), "JPY", None, "planned", FY, "up from the previous forecast of ¥10,150.0 billion"),
    C(H, "operating_income", y("1,280.0"), "JPY", None, "planned", FY, "adjusted operating income is forecast at ¥1,280.0 billion ($8.5 billion)"),
    C(H, "operating_income", "8500000000", "USD", None, "planned", FY, "adjusted operating income is forecast at ¥1,280.0 billion ($8.5 billion)"),
    C(H, "operating_income", y("1,240.0"), "JPY", None, "planned", FY, "compared with ¥1,240.0 billion previously"),
    C(H, "other", y("1,000.0"), "JPY", None, "planned", FY, "for the full year is forecast at ¥1,000.0 billion ($6.7 billion)"),
    C(H, "other", "6700000000", "USD", None, "planned", FY, "for the full year is forecast at ¥1,000.0 billion ($6.7 billion)"),
    C(H, "other", y("960.0"), "JPY", None, "planned", FY, "up from ¥960.0 billion"),
    # shareholder returns
    C(H, "other", "25", "JPY", None, "reported", None, "Hitachi will pay an interim dividend of ¥25 per share"),
    C(H, "other", "22", "JPY", None, "reported", None, "up from ¥22 a year earlier"),
    C(H, "other", y("300.0"), "JPY", None, "planned", BB, "or up to ¥300.0 billion ($2.0 billion), between October 29, 2026 and March 31, 2027"),
    C(H, "other", "2000000000", "USD", None, "planned", BB, "or up to ¥300.0 billion ($2.0 billion), between October 29, 2026 and March 31, 2027"),
    C(H, "headcount", "281417", None, None, "reported", "2026-09-30", "As of September 30, 2026, Hitachi had 281,417 employees on a consolidated basis"),
]
write("N4.html", "2026-10-28",
      "Release date 'October 28, 2026' and 'Tokyo, October 28, 2026 --- Hitachi, Ltd. ... today announced'.",
      claims)
