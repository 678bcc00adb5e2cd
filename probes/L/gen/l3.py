from mk import C as C0, P, write
def mj(s):
    return "".join(ch.encode("utf-8").decode("cp1252") if ord(ch) > 127 else ch for ch in s)
def C(*a, **k):
    a = list(a); a[6] = mj(a[6])
    return C0(*a, **k)
REF = "2026-06-12"
Y26 = P("2026-01-01", "2026-12-31")
cl = [
 # Intel
 C("intel", "job_cuts", "4000", None, "planned", None, "Intel said on Monday it would eliminate about 4,000 jobs, or roughly 4.5% of its workforce"),
 C("intel", "job_cuts", "4.5", None, "planned", None, "Intel said on Monday it would eliminate about 4,000 jobs, or roughly 4.5% of its workforce"),
 C("intel", "headcount", "88400", None, "reported", P("2026-03-01", "2026-03-31"), "The chipmaker had about 88,400 employees at the end of March"),
 C("intel", "headcount", "102600", None, "reported", P("2025-03-01", "2025-03-31"), "down from roughly 102,600 a year earlier"),
 C("intel", "other", "1100000000", "USD", "planned", P("2026-04-01", "2026-09-30"), "Intel expects to record restructuring charges of $1.1 billion to $1.3 billion, most of it severance, in the second and third quarters"),
 C("intel", "stock_change", "1.2", None, "reported", P("2026-06-08"), "Intel shares rose 1.2% on Monday"),
 # Microsoft
 C("microsoft", "job_cuts", "3000", None, "reported", P("2026-06-09"), "Microsoft notified about 3,000 employees on Tuesday that their roles were being eliminated"),
 C("microsoft", "job_cuts", "1.3", None, "reported", P("2026-06-09"), "roughly 1.3% of its 228,000-person workforce"),
 C("microsoft", "headcount", "228000", None, "reported", None, "roughly 1.3% of its 228,000-person workforce"),
 C("microsoft", "job_cuts", "6000", None, "reported", P("2026-01-01", "2026-01-31"), "it laid off about 6,000 people in January"),
 C("microsoft", "other", "900000000", "USD", "planned", P("2026-04-01", "2026-06-30"), "Microsoft expects to book about $900 million in severance and related costs in its fiscal fourth quarter, which ends June 30"),
 # Paramount Skydance
 C("paramount", "job_cuts", "1600", None, "reported", None, "Paramount Skydance is cutting about 1,600 jobs"),
 C("paramount", "job_cuts", "8", None, "reported", None, "roughly 8% of its US staff"),
 C(["skydance-media", "paramount"], "contract_value", "8000000000", "USD", "reported", P("2025-08-01", "2025-08-31"), "David Ellison’s Skydance Media closed its $8 billion takeover of Paramount last August", counterparty="paramount"),
 C("paramount", "job_cuts", "2000", None, "reported", P("2025-11-01", "2025-11-30"), "In November, the company eliminated about 2,000 US positions"),
 C("paramount", "other", "450000000", "USD", "planned", Y26, "it expects $450 million to $550 million in restructuring charges this year"),
 C("paramount", "other", "3000000000", "USD", "planned", P(REF, "2027-12-31"), "it raised its target for annual cost savings to $3 billion by 2027, from $2 billion previously"),
 C("paramount", "other", "2000000000", "USD", "planned", P(REF, "2027-12-31"), "it raised its target for annual cost savings to $3 billion by 2027, from $2 billion previously"),
 # CNN
 C("cnn", "job_cuts", "200", None, "reported", None, "CNN, owned by Warner Bros. Discovery, is laying off about 200 people"),
 C("cnn", "job_cuts", "6", None, "reported", None, "or about 6% of its workforce of roughly 3,400"),
 C("cnn", "headcount", "3400", None, "reported", None, "or about 6% of its workforce of roughly 3,400"),
 C("cnn", "spending", "70000000", "USD", "planned", Y26, "The network plans to spend $70 million on its digital products this year"),
 # ITV
 C("itv", "job_cuts", "220", None, "planned", None, "ITV plans to cut up to 220 roles"),
 C("itv", "job_cuts", "4", None, "planned", None, "about 4% of its roughly 5,600 staff"),
 C("itv", "headcount", "5600", None, "reported", None, "about 4% of its roughly 5,600 staff"),
 C("itv", "other", "50000000", "GBP", "planned", None, "as part of a £50 million cost-saving programme"),
 C("itv", "other", "18000000", "GBP", "planned", Y26, "The broadcaster expects one-off restructuring costs of about £18 million this year"),
 C("itv", "growth_rate", "3", None, "planned", P("2026-01-01", "2026-06-30"), "expects total advertising revenue to fall about 3% in the first half"),
 # Reach
 C("reach", "job_cuts", "321", None, "planned", None, "is proposing to cut 321 editorial roles"),
 C("reach", "job_cuts", "133", None, "planned", None, "a net reduction of 133 jobs"),
 C("reach", "headcount", "3700", None, "reported", P("2025-12-01", "2025-12-31"), "The UK publisher, which had about 3,700 employees at the end of December"),
 C("reach", "other", "8000000", "GBP", "planned", None, "expects a restructuring charge of about £8 million"),
 # ProSiebenSat.1
 C("prosiebensat1", "job_cuts", "430", None, "planned", None, "will cut around 430 jobs, or about 7% of group staff"),
 C("prosiebensat1", "job_cuts", "7", None, "planned", None, "will cut around 430 jobs, or about 7% of group staff"),
 C("prosiebensat1", "other", "60000000", "EUR", "planned", P("2026-07-01", "2026-12-31"), "It expects to book restructuring expenses of €60 million to €70 million in the second half of 2026"),
 C("prosiebensat1", "other", "100000000", "EUR", "planned", P(REF, "2027-12-31"), "aims to save €100 million a year by 2027"),
 # Ubisoft
 C("ubisoft", "job_cuts", "185", None, "planned", None, "Ubisoft said on Thursday it would cut about 185 jobs at its Stockholm and Helsinki studios"),
 C("ubisoft", "headcount", "17300", None, "reported", None, "The French video game publisher, which has about 17,300 employees"),
 C("ubisoft", "other", "12000000", "EUR", "reported", P("2025-04-01", "2026-03-31"), "also booked a €12 million impairment on the Stockholm studio in its fiscal year ended March 31"),
 # Vox Media
 C("vox-media", "job_cuts", "60", None, "reported", None, "is laying off about 60 employees, or roughly 7% of its staff"),
 C("vox-media", "job_cuts", "7", None, "reported", None, "is laying off about 60 employees, or roughly 7% of its staff"),
]
write("L3", "L3.txt", REF,
      "Byline 'June 12, 2026' (a Friday); the roundup covers the week of Monday 2026-06-08 to Friday 2026-06-12, so 'on Monday' = 2026-06-08, 'on Tuesday' = 2026-06-09.",
      cl)
