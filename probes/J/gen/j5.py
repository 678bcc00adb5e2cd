from mk import C, write
def mj(s):
    for ch in ['¥', '—', '’', '–']:
        s = s.replace(ch, ch.encode('utf-8').decode('cp1252'))
    return s
S = ["sony"]
Q2 = ("2026-07-01", "2026-09-30"); Q2LY = ("2025-07-01", "2025-09-30")
FY = ("2026-04-01", "2027-03-31")
B = 1000000000
def yen(x):  # billions of yen as a decimal string
    from decimal import Decimal
    v = Decimal(x) * B
    s = format(v.normalize(), "f")
    return s
claims = [
    C(S, "job_cuts", "4000", None, None, "planned", None, "Sony cuts annual profit forecast, to shed 4,000 jobs in TV overhaul"),
    C(S, "operating_income", "1330000000000", "JPY", None, "planned", None, mj("lowers its operating profit outlook to ¥1.33 trillion")),
    C(S, "operating_income", "1330000000000", "JPY", None, "planned", FY, mj("The company now expects operating income of ¥1.33 trillion (about $8.6 billion) for the fiscal year ending March 31, 2027, down from the ¥1.43 trillion it forecast in August")),
    C(S, "operating_income", "8600000000", "USD", None, "planned", FY, mj("The company now expects operating income of ¥1.33 trillion (about $8.6 billion) for the fiscal year ending March 31, 2027, down from the ¥1.43 trillion it forecast in August")),
    C(S, "operating_income", "1430000000000", "JPY", None, "planned", FY, mj("The company now expects operating income of ¥1.33 trillion (about $8.6 billion) for the fiscal year ending March 31, 2027, down from the ¥1.43 trillion it forecast in August")),
    C(S, "operating_income", "1410000000000", "JPY", None, "forecast", FY, mj("That is below the ¥1.41 trillion analysts had expected for the full year")),
    C(S, "other", "930000000000", "JPY", None, "planned", FY, mj("Full-year net income is now forecast at ¥930 billion, down from ¥1 trillion")),
    C(S, "other", "1000000000000", "JPY", None, "planned", FY, mj("Full-year net income is now forecast at ¥930 billion, down from ¥1 trillion")),
    C(S, "revenue", "12400000000000", "JPY", None, "planned", FY, mj("Sony raised its full-year sales forecast to ¥12.4 trillion from ¥12 trillion")),
    C(S, "revenue", "12000000000000", "JPY", None, "planned", FY, mj("Sony raised its full-year sales forecast to ¥12.4 trillion from ¥12 trillion")),
    # quarter
    C(S, "operating_income", yen("412.6"), "JPY", None, "reported", Q2, mj("In the July–September quarter, operating income rose 6% to ¥412.6 billion and sales increased 4% to ¥3.12 trillion")),
    C(S, "growth_rate", "6", None, None, "reported", Q2, mj("In the July–September quarter, operating income rose 6% to ¥412.6 billion and sales increased 4% to ¥3.12 trillion")),
    C(S, "revenue", "3120000000000", "JPY", None, "reported", Q2, mj("In the July–September quarter, operating income rose 6% to ¥412.6 billion and sales increased 4% to ¥3.12 trillion")),
    C(S, "growth_rate", "4", None, None, "reported", Q2, mj("In the July–September quarter, operating income rose 6% to ¥412.6 billion and sales increased 4% to ¥3.12 trillion")),
    C(S, "other", yen("288.4"), "JPY", None, "reported", Q2, mj("Net income attributable to Sony’s shareholders in the quarter was ¥288.4 billion, compared with ¥301.2 billion a year earlier")),
    C(S, "other", yen("301.2"), "JPY", None, "reported", Q2LY, mj("Net income attributable to Sony’s shareholders in the quarter was ¥288.4 billion, compared with ¥301.2 billion a year earlier")),
    # job cuts
    C(S, "job_cuts", "4000", None, None, "planned", ("2026-11-11", "2028-03-31"), "Sony said it would cut about 4,000 jobs, or roughly 3.5% of its global workforce of about 113,000, by the end of March 2028"),
    C(S, "job_cuts", "3.5", None, None, "planned", ("2026-11-11", "2028-03-31"), "Sony said it would cut about 4,000 jobs, or roughly 3.5% of its global workforce of about 113,000, by the end of March 2028"),
    C(S, "headcount", "113000", None, None, "reported", None, "its global workforce of about 113,000"),
    C(S, "other", yen("95"), "JPY", None, "planned", FY, mj("It expects to book restructuring charges of about ¥95 billion in the current fiscal year")),
    # segments
    C(S, "revenue", "1080000000000", "JPY", None, "reported", Q2, mj("Sales in the Game & Network Services segment rose 6% to ¥1.08 trillion in the quarter")),
    C(S, "growth_rate", "6", None, None, "reported", Q2, mj("Sales in the Game & Network Services segment rose 6% to ¥1.08 trillion in the quarter")),
    C(S, "other", "3600000", None, None, "reported", Q2, "Sony sold 3.6 million PlayStation 5 consoles in the quarter, down from 3.9 million a year earlier"),
    C(S, "other", "3900000", None, None, "reported", Q2LY, "Sony sold 3.6 million PlayStation 5 consoles in the quarter, down from 3.9 million a year earlier"),
    C(S, "other", "14000000", None, None, "planned", FY, "kept its target of 14 million units for the fiscal year"),
    C(S, "other", "124000000", None, None, "reported", "2026-09", "Monthly active users on the PlayStation Network reached 124 million in September"),
    C(S, "revenue", yen("520"), "JPY", None, "reported", None, mj("Imaging & Sensing Solutions sales jumped 12% to ¥520 billion")),
    C(S, "growth_rate", "12", None, None, "reported", None, mj("Imaging & Sensing Solutions sales jumped 12% to ¥520 billion")),
    C(S, "revenue", "2050000000000", "JPY", None, "planned", FY, mj("Sony raised the segment’s full-year sales forecast to ¥2.05 trillion")),
    C(S, "revenue", yen("480"), "JPY", None, "reported", None, mj("Music sales rose 9% to ¥480 billion")),
    C(S, "growth_rate", "9", None, None, "reported", None, mj("Music sales rose 9% to ¥480 billion")),
    C(S, "revenue", yen("360"), "JPY", None, "reported", None, mj("Pictures sales fell 4% to ¥360 billion")),
    C(S, "growth_rate", "4", None, None, "reported", None, mj("Pictures sales fell 4% to ¥360 billion")),
    C(S, "revenue", yen("560"), "JPY", None, "reported", None, mj("fell 8% to ¥560 billion, and the segment’s operating income slid 62% to ¥14 billion")),
    C(S, "growth_rate", "8", None, None, "reported", None, mj("fell 8% to ¥560 billion, and the segment’s operating income slid 62% to ¥14 billion")),
    C(S, "operating_income", yen("14"), "JPY", None, "reported", None, mj("fell 8% to ¥560 billion, and the segment’s operating income slid 62% to ¥14 billion")),
    C(S, "growth_rate", "62", None, None, "reported", None, mj("fell 8% to ¥560 billion, and the segment’s operating income slid 62% to ¥14 billion")),
    # table (Q2 FY2025 | Q2 FY2026 | change)
    C(S, "revenue", yen("3000.4"), "JPY", None, "reported", Q2LY, "3,000.4"),
    C(S, "revenue", yen("3120"), "JPY", None, "reported", Q2, "3,120.0"),
    C(S, "growth_rate", "4", None, None, "reported", Q2, "+4%"),
    C(S, "operating_income", yen("389.2"), "JPY", None, "reported", Q2LY, "389.2"),
    C(S, "operating_income", yen("412.6"), "JPY", None, "reported", Q2, "412.6"),
    C(S, "growth_rate", "6", None, None, "reported", Q2, "+6%"),
    C(S, "revenue", yen("1018.9"), "JPY", None, "reported", Q2LY, "1,018.9"),
    C(S, "revenue", yen("1080"), "JPY", None, "reported", Q2, "1,080.0"),
    C(S, "growth_rate", "6", None, None, "reported", Q2, "+6%"),
    C(S, "revenue", yen("440.4"), "JPY", None, "reported", Q2LY, "440.4"),
    C(S, "revenue", yen("480"), "JPY", None, "reported", Q2, "480.0"),
    C(S, "growth_rate", "9", None, None, "reported", Q2, "+9%"),
    C(S, "revenue", yen("375"), "JPY", None, "reported", Q2LY, "375.0"),
    C(S, "revenue", yen("360"), "JPY", None, "reported", Q2, "360.0"),
    C(S, "growth_rate", "4", None, None, "reported", Q2, "-4%"),
    C(S, "revenue", yen("608.7"), "JPY", None, "reported", Q2LY, "608.7"),
    C(S, "revenue", yen("560"), "JPY", None, "reported", Q2, "560.0"),
    C(S, "growth_rate", "8", None, None, "reported", Q2, "-8%"),
    C(S, "revenue", yen("464.3"), "JPY", None, "reported", Q2LY, "464.3"),
    C(S, "revenue", yen("520"), "JPY", None, "reported", Q2, "520.0"),
    C(S, "growth_rate", "12", None, None, "reported", Q2, "+12%"),
    # shares, buyback, peers
    C(S, "stock_change", "2.1", None, None, "reported", "2026-11-11", mj("Sony shares closed 2.1% higher at ¥4,185 on Wednesday")),
    C(S, "other", "4185", "JPY", None, "reported", "2026-11-11", mj("Sony shares closed 2.1% higher at ¥4,185 on Wednesday")),
    C(S, "stock_change", "18", None, None, "reported", ("2026-01-01", "2026-11-11"), "The stock has gained about 18% so far this year"),
    C(S, "other", yen("150"), "JPY", None, "planned", ("2026-11-11", "2027-05-31"), mj("a share buyback of up to ¥150 billion, running until May 2027")),
    C(S, "other", "15", "JPY", None, "reported", None, mj("It will pay an interim dividend of ¥15 per share")),
    C(["panasonic"], "operating_income", yen("480"), "JPY", None, "planned", FY, mj("kept its forecast for operating profit of ¥480 billion for the year to March 2027")),
    C(["sharp"], "operating_income", yen("18.2"), "JPY", None, "reported", ("2026-04-01", "2026-09-30"), mj("Sharp swung to an operating profit of ¥18.2 billion in the April–September half")),
]
write("J5.html", "2026-11-11", "Byline 'November 11, 2026, 17:05 JST'; Sony cut its forecast 'on Wednesday' (2026-11-11 is a Wednesday).", claims)
