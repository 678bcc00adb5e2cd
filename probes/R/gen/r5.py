from mk import C, write

REF = "2026-06-10"
DEAL = ["telefonica", "dazn", "laliga"]
claims = [
    # headline
    C(DEAL, "contract_value", "5250000000", "EUR", "laliga", "reported", None,
      "LaLiga seals €5.25bn domestic TV deal with Telefónica and DAZN"),
    # lede
    C(DEAL, "contract_value", "5250000000", "EUR", "laliga", "reported", None,
      "LaLiga has sold its domestic broadcast rights to Telefónica and DAZN for a combined €5.25 billion"),
    C(DEAL, "contract_value", "1050000000", "EUR", "laliga", "reported", None,
      "or about €1.05 billion a season"),
    # split between the two broadcasters
    C(["telefonica", "laliga"], "contract_value", "620000000", "EUR", "laliga", "reported", None,
      "Telefónica, through its Movistar Plus+ pay-TV platform, will pay about €620 million a season"),
    C(["dazn", "laliga"], "contract_value", "430000000", "EUR", "laliga", "reported", None,
      "DAZN will pay around €430 million a season"),
    # growth on the current cycle, current deal, international rights
    C(["laliga"], "growth_rate", "6", None, None, "planned", None,
      "LaLiga's domestic rights income will rise about 6% from the current cycle"),
    C(DEAL, "contract_value", "4950000000", "EUR", "laliga", "reported", None,
      "in which Telefónica and DAZN pay a combined €4.95 billion over five seasons"),
    C(["laliga"], "revenue", "900000000", "EUR", None, "reported", None,
      "The league also earns about €900 million a season from international rights"),
    # Premier League comparison
    C(["sky", "tnt-sports", "premier-league"], "contract_value", "6700000000", "GBP", "premier-league", "reported", None,
      "whose current UK deals with Sky and TNT Sports are worth £6.7 billion over four seasons"),
    C(["sky", "tnt-sports", "premier-league"], "contract_value", "1680000000", "GBP", "premier-league", "reported", None,
      "or roughly £1.68 billion a season"),
    # Telefonica shares and Barclays estimate
    C(["telefonica"], "stock_change", "1.4", None, None, "reported", "2026-06-09",
      "Telefónica shares rose 1.4% in Madrid on Tuesday"),
    C(["telefonica", "laliga"], "contract_value", "650000000", "EUR", "laliga", "forecast", None,
      "below the €650 million a season they had pencilled in"),
    # DAZN
    C(["dazn"], "other", "22000000", None, None, "reported", None,
      "DAZN, which has about 22 million paying subscribers worldwide"),
    C(["dazn"], "other", "2900000", None, None, "reported", "2026-05",
      "said it had 2.9 million subscribers in Spain at the end of May"),
    C(["dazn"], "other", "12", None, None, "planned", None,
      "will raise the price of its standalone LaLiga package in Spain by 12% to €44.99 a month"),
    C(["dazn"], "other", "44.99", "EUR", None, "planned", None,
      "will raise the price of its standalone LaLiga package in Spain by 12% to €44.99 a month"),
    C(["dazn"], "other", "1040000000", "USD", None, "reported", "2025",
      "narrowed its pre-tax loss to $1.04 billion in 2025"),
    C(["dazn"], "other", "1370000000", "USD", None, "reported", "2024",
      "from $1.37 billion a year earlier"),
    # Sevilla sale
    C(["sixth-street", "sevilla"], "contract_value", "210000000", "EUR", "sevilla", "reported", None,
      "Sixth Street agreed to buy a 70% stake in Sevilla for about €210 million"),
    C(["sevilla"], "valuation", "450000000", "EUR", None, "reported", None,
      "values the Andalusian club at around €450 million including roughly €150 million of debt"),
    C(["sevilla"], "other", "150000000", "EUR", None, "reported", None,
      "including roughly €150 million of debt"),
    C(["sixth-street"], "investment", "80000000", "EUR", "sevilla", "planned", None,
      "will also commit €80 million of new capital to rebuild the squad"),
    C(["sevilla"], "revenue", "152000000", "EUR", None, "reported", ("2024-07-01", "2025-06-30"),
      "reported revenue of €152 million for the year to June 30, 2025"),
    # Chelsea
    C(["chelsea"], "valuation", "3100000000", "GBP", None, "reported", ("2026-01-01", REF),
      "Chelsea was valued at about £3.1 billion in a stake sale earlier this year"),
    # sponsorship
    C(["spotify", "barcelona"], "contract_value", "70000000", "EUR", "barcelona", "reported", (REF, "2034-12-31"),
      "Barcelona extended its shirt sponsorship with Spotify until 2034 in a deal worth about €70 million a year"),
    C(["spotify", "barcelona"], "contract_value", "57500000", "EUR", "barcelona", "reported", None,
      "the roughly €57.5 million a year the music-streaming company pays under its current contract"),
    C(["adidas", "real-madrid"], "contract_value", "150000000", "EUR", "real-madrid", "hedged", None,
      "close to agreeing a new kit deal with Adidas worth more than €150 million a year"),
]

write("R5.txt", REF,
      "Date line 'Wednesday 10 June 2026'; the league announced the deal 'on Tuesday' (June 9).",
      claims)
