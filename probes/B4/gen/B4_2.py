from b4lib import *
REF = "2025-09-18"
REF_NOTE = "Dateline 'EUROPEAN DEALS DESK — LONDON, Thursday 18 September 2025'."
HEADER = "EUROPEAN DEALS DESK — LONDON, Thursday 18 September 2025"
HEADER_MENTIONS = [D("Thursday 18 September 2025", "2025-09-18", "2025-09-18", "day")]
Y = "2025-09-18"
Q3 = ("2025-07-01", "2025-09-30")
H1 = ("2025-01-01", "2025-06-30")
PARAS = [
("Zurich Insurance Group agreed to buy Beazley plc for £8bn in cash, or 1,310p a share, a 56% premium to Beazley's closing price on Friday.",
 [C("Zurich Insurance Group"), C("Beazley plc"), M("£8bn", 8000000000, "GBP"), M("1,310p", "13.10", "GBP"), P("56%", 56),
  C("Beazley"), D("Friday", "2025-09-12", "2025-09-12", "day", True)]),

("Novartis will pay 2.5 billion Swiss francs upfront for 19.9% of Basel-based biotech Idorsia Ltd, with up to CHF 1.1 billion more tied to milestones.",
 [C("Novartis"), M("2.5 billion Swiss francs", 2500000000, "CHF"), P("19.9%", "19.9"), C("Idorsia Ltd", name="Idorsia"),
  M("CHF 1.1 billion", 1100000000, "CHF", "at_most")]),

("Unilever plc said it would sell its spreads and dressings unit to a consortium led by KKR for €4.2bn including debt, and return about £1.5bn to shareholders through a buyback by the end of 2026.",
 [C("Unilever plc"), C("KKR"), M("€4.2bn", 4200000000, "EUR"), M("£1.5bn", 1500000000, "GBP", "approximately"),
  D("the end of 2026", Y, "2026-12-31", "year", True)]),

("Reckitt agreed to sell its home-care brands to Advent International for up to $4.8 billion, including $3.6 billion upfront, and will pay a special dividend of 140 pence per share.",
 [C("Reckitt"), C("Advent International"), M("$4.8 billion", 4800000000, q="at_most"), M("$3.6 billion", 3600000000),
  M("140 pence", "1.40", "GBP")]),

("BBVA's hostile offer values Banco Sabadell at about €17bn, or €3.39 a share; it needs acceptances from more than 50% of Sabadell's shares before the offer period ends on Oct. 10.",
 [C("BBVA"), C("Banco Sabadell"), M("€17bn", 17000000000, "EUR", "approximately"), M("€3.39", "3.39", "EUR"),
  P("50%", 50, "more_than"), C("Sabadell"), D("Oct. 10", "2025-10-10", "2025-10-10", "day", True)]),

("UniCredit lifted its stake in Commerzbank to 29.9% last week and said it would consider a full bid next year.",
 [C("UniCredit"), C("Commerzbank"), P("29.9%", "29.9"), D("last week", "2025-09-08", "2025-09-14", "week", True),
  D("next year", "2026-01-01", "2026-12-31", "year", True)]),

("Ericsson said it would book a capital gain of SEK 6.5bn in the third quarter from selling its stake in a US software unit for about $1 billion.",
 [C("Ericsson"), M("SEK 6.5bn", 6500000000, "SEK"), D("the third quarter", *Q3, "quarter", True),
  M("$1 billion", 1000000000, q="approximately")]),

("Volvo Cars is cutting 3,000 jobs, mostly white-collar roles in Sweden, as part of a plan to save 18 billion Swedish kronor.",
 [C("Volvo Cars"), Q("3,000 jobs", 3000, "jobs"), M("18 billion Swedish kronor", 18000000000, "SEK")]),

("H&M, which reports on Sept. 25, is expected to post operating profit of about SEK 4.5 billion for the June-August quarter, according to an LSEG poll.",
 [C("H&M"), D("Sept. 25", "2025-09-25", "2025-09-25", "day", True), M("SEK 4.5 billion", 4500000000, "SEK", "approximately"),
  D("the June-August quarter", "2025-06-01", "2025-08-31", "quarter", True), C("LSEG")]),

("Carlsberg Group said the £3.3bn takeover of Britvic would deliver cost savings of DKK 1.2 billion a year by 2027.",
 [C("Carlsberg Group"), M("£3.3bn", 3300000000, "GBP"), C("Britvic", name="Britvic"), M("DKK 1.2 billion", 1200000000, "DKK"),
  D("2027", Y, "2027-12-31", "year", True)]),

("Orsted A/S priced a 60 billion Danish kroner rights issue, and the Danish state, which owns 50.1% of the wind-farm developer, will take up its share.",
 [C("Orsted A/S"), M("60 billion Danish kroner", 60000000000, "DKK"), P("50.1%", "50.1")]),

("Polish refiner Orlen SA will invest 2.3 billion zlotys in a 745 MW gas-fired power plant in Gdansk.",
 [C("Orlen SA", name="Orlen"), M("2.3 billion zlotys", 2300000000, "PLN"), Q("745 MW", 745, "MW")]),

("Deutsche Bank raised its 2025 revenue target to about €32bn and plans to return more than €8 billion to shareholders over 2025-2028.",
 [C("Deutsche Bank"), D("2025", "2025-01-01", "2025-12-31", "year"), M("€32bn", 32000000000, "EUR", "approximately"),
  M("€8 billion", 8000000000, "EUR", "more_than"), D("2025-2028", "2025-01-01", "2028-12-31", "year")]),

("Rheinmetall AG agreed to buy naval shipbuilder NVL from its family owners for a sum that people familiar with the deal put at roughly €1bn.",
 [C("Rheinmetall AG"), C("NVL", name="NVL"), M("€1bn", 1000000000, "EUR", "approximately")]),

("Siemens AG plans to spin off 30% of Siemens Healthineers directly to its own shareholders, keeping a stake of about 41%.",
 [C("Siemens AG"), P("30%", 30), C("Siemens Healthineers"), P("41%", 41, "approximately")]),

("Mediobanca shareholders rejected its €6.3 billion bid for Banca Generali; Monte dei Paschi now holds 86.3% of Mediobanca.",
 [C("Mediobanca"), M("€6.3 billion", 6300000000, "EUR"), C("Banca Generali", name="Banca Generali"), C("Monte dei Paschi"),
  P("86.3%", "86.3"), C("Mediobanca")]),

("Aviva completed its £3.7bn acquisition of Direct Line in July and said the deal would deliver £125m of annual cost savings by the end of 2026.",
 [C("Aviva"), M("£3.7bn", 3700000000, "GBP"), C("Direct Line"), D("July", "2025-07-01", "2025-07-31", "month", True),
  M("£125m", 125000000, "GBP"), D("the end of 2026", Y, "2026-12-31", "year", True)]),

("Wise plc shareholders approved a move of its primary listing to New York; the shares rose 2.4p to 1,086p in London.",
 [C("Wise plc"), M("2.4p", "0.024", "GBP"), M("1,086p", "10.86", "GBP")]),

("DoorDash completed its £2.9bn takeover of Deliveroo, paying 180p a share in cash, a 44% premium to the undisturbed price.",
 [C("DoorDash"), M("£2.9bn", 2900000000, "GBP"), C("Deliveroo", name="Deliveroo"), M("180p", "1.80", "GBP"), P("44%", 44)]),

("Spectris plc backed KKR's raised offer of £41.75 a share, valuing the precision-instruments maker at about £4.8bn, over a rival bid of 4,063p from Advent International.",
 [C("Spectris plc", name="Spectris"), C("KKR"), M("£41.75", "41.75", "GBP"), M("£4.8bn", 4800000000, "GBP", "approximately"),
  M("4,063p", "40.63", "GBP"), C("Advent International")]),

("Holcim AG completed the spin-off of its North American business, Amrize, in June; Amrize started trading with a market value of roughly $30 billion (CHF 24 billion).",
 [C("Holcim AG"), C("Amrize", name="Amrize"), D("June", "2025-06-01", "2025-06-30", "month", True), C("Amrize", name="Amrize"),
  M("$30 billion", 30000000000, q="approximately"), M("CHF 24 billion", 24000000000, "CHF")]),

("Richemont reported sales of €5.41 billion for the three months to June, up 6% at constant exchange rates.",
 [C("Richemont"), M("€5.41 billion", 5410000000, "EUR"), D("the three months to June", "2025-04-01", "2025-06-30", "quarter", True),
  P("6%", 6)]),

("Swatch Group shares fell 3.2% after the watchmaker reported a first-half operating profit of just CHF 14 million, down from CHF 197 million.",
 [C("Swatch Group"), P("3.2%", "3.2"), D("first-half", *H1, "half", True), M("CHF 14 million", 14000000, "CHF"),
  M("CHF 197 million", 197000000, "CHF")]),

("Vodafone Group reaffirmed guidance for adjusted EBITDAaL of €11bn-€11.3bn for the 2025/26 financial year.",
 [C("Vodafone Group"), M("€11bn-€11.3bn", 11000000000, "EUR", "range", mx=11300000000),
  D("the 2025/26 financial year", "2025-04-01", "2026-03-31", "fiscal_year")]),

("Ryanair Holdings said first-quarter profit after tax more than doubled to €820 million as average fares rose 21%.",
 [C("Ryanair Holdings"), D("first-quarter", "2025-04-01", "2025-06-30", "quarter", True), X("doubled", 2, "more_than"),
  M("€820 million", 820000000, "EUR"), P("21%", 21)]),

("easyJet plc expects headline pretax profit of about £700m for the year to Sept. 30 and plans a dividend of 12.1p.",
 [C("easyJet plc"), M("£700m", 700000000, "GBP", "approximately"),
  D("the year to Sept. 30", "2024-10-01", "2025-09-30", "fiscal_year", True), M("12.1p", "0.121", "GBP")]),

("Rolls-Royce Holdings lifted its 2025 underlying operating profit guidance to £3.1bn-£3.2bn and announced a £1bn share buyback.",
 [C("Rolls-Royce Holdings"), D("2025", "2025-01-01", "2025-12-31", "year"),
  M("£3.1bn-£3.2bn", 3100000000, "GBP", "range", mx=3200000000), M("£1bn", 1000000000, "GBP")]),

("Anglo American plc agreed on Sept. 9 an all-share merger with Teck Resources that values the combined group at more than $53 billion; Anglo American shareholders will own 62.4%.",
 [C("Anglo American plc"), D("Sept. 9", "2025-09-09", "2025-09-09", "day", True), C("Teck Resources"),
  M("$53 billion", 53000000000, q="more_than"), C("Anglo American"), P("62.4%", "62.4")]),

("Airbus SE delivered 434 aircraft in the first eight months of the year and still targets around 820 deliveries in 2025.",
 [C("Airbus SE"), Q("434 aircraft", 434, "aircraft"),
  D("the first eight months of the year", "2025-01-01", "2025-08-31", "month", True),
  Q("820 deliveries", 820, "deliveries", "approximately"), D("2025", "2025-01-01", "2025-12-31", "year")]),

("Roche agreed to buy 89bio for up to $3.5 billion, or $14.50 a share in cash plus a contingent value right of up to $6 a share.",
 [C("Roche"), C("89bio", name="89bio"), M("$3.5 billion", 3500000000, q="at_most"), M("$14.50", "14.50"),
  M("$6", 6, q="at_most")]),

("Lloyds Banking Group agreed to buy Curve, a London-based digital-wallet start-up, for about £120m.",
 [C("Lloyds Banking Group"), C("Curve", name="Curve"), M("£120m", 120000000, "GBP", "approximately")]),

("Tencent completed its €1.16bn investment in Vantage Studios, a Ubisoft subsidiary valued at about €4bn, taking a 25% stake.",
 [C("Tencent"), M("€1.16bn", 1160000000, "EUR"), C("Vantage Studios", name="Vantage Studios"), C("Ubisoft"),
  M("€4bn", 4000000000, "EUR", "approximately"), P("25%", 25)]),

("JD Sports Fashion will buy back up to £350m of shares over the next 12 months.",
 [C("JD Sports Fashion"), M("£350m", 350000000, "GBP", "at_most"), D("the next 12 months", Y, "2026-09-18", "month", True)]),

("Worldline SA will sell its mobility and e-transactional services unit to Magellan Partners for about €400mn.",
 [C("Worldline SA", name="Worldline"), C("Magellan Partners", name="Magellan Partners"),
  M("€400mn", 400000000, "EUR", "approximately")]),

("The pound slipped 0.3% to $1.3620 and the euro bought 86.9p, while the yield on benchmark gilts rose 4 basis points to 4.66%.",
 [P("0.3%", "0.3"), M("$1.3620", "1.3620"), M("86.9p", "0.869", "GBP"), P("4 basis points", 4, unit="bp"), P("4.66%", "4.66")]),

("Bank of England policymakers are expected to hold Bank Rate at 4% today, after cutting it by 25 bps in August.",
 [P("4%", 4), D("today", Y, Y, "day", True), P("25 bps", 25, unit="bp"), D("August", "2025-08-01", "2025-08-31", "month", True)]),
]
