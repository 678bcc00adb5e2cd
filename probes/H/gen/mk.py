import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

def P(s, e=None):
    return {"start": s, "end": e or s}

def C(subjects, predicate, amount, currency, modality, period, evidence, counterparty=None, chip=None):
    if isinstance(subjects, str):
        subjects = [subjects]
    c = {"subjects": subjects, "predicate": predicate}
    if predicate == "chip_launch":
        c["chip"] = chip
    else:
        c["amount"] = amount
        c["currency"] = currency
    c["counterparty"] = counterparty
    c["modality"] = modality
    c["period"] = period
    c["evidence"] = evidence
    return c

PREDS = {"capital_expenditure","investment","revenue","operating_income","profit_share","backlog",
 "contract_value","funding_round","spending","job_cuts","headcount","stock_change","growth_rate",
 "capacity","chip_revenue","chip_launch","market_share","valuation","eps","other"}
CURS = {"USD","EUR","GBP","KRW","JPY","CHF","CNY","INR","CAD","SEK","NOK","SAR","AUD","ZAR"}

def write(name, source, ref, note, claims):
    text = open(os.path.join(ROOT, source), encoding="utf-8").read()
    bad = 0
    for c in claims:
        ev = c["evidence"]
        if ev not in text:
            print("MISSING EVIDENCE:", ev); bad += 1
        if "\n" in ev:
            print("NEWLINE IN EVIDENCE:", ev); bad += 1
        if c["predicate"] not in PREDS:
            print("BAD PRED", c); bad += 1
        if c["predicate"] != "chip_launch":
            a = c["amount"]
            if not re.fullmatch(r"(0|[1-9]\d*)(\.\d*[1-9])?", a):
                print("BAD AMOUNT", a, ev); bad += 1
            if c["currency"] is not None and c["currency"] not in CURS:
                print("BAD CUR", c); bad += 1
        if c["modality"] not in ("reported", "planned", "forecast", "hedged", "denied"):
            print("BAD MODALITY", c); bad += 1
        p = c["period"]
        if p and p["start"] > p["end"]:
            print("BAD PERIOD", c); bad += 1
        for s in c["subjects"] + ([c["counterparty"]] if c["counterparty"] else []):
            if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", s):
                print("BAD SLUG", s); bad += 1
    gold = {"source": source, "reference_date": ref, "reference_date_note": note,
            "mentions": [], "claims": claims}
    with open(os.path.join(ROOT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(name, len(claims), "claims,", bad, "problems")

import calendar
def per(x):
    """'2026' | '2026-Q2' | '2026-H1' | '2026-07' | '2026-08-05' | (start, end) -> period dict."""
    if x is None:
        return None
    if isinstance(x, tuple):
        return {"start": per(x[0])["start"], "end": per(x[1])["end"]}
    if re.fullmatch(r"\d{4}", x):
        return {"start": x + "-01-01", "end": x + "-12-31"}
    m = re.fullmatch(r"(\d{4})-Q([1-4])", x)
    if m:
        y, q = int(m.group(1)), int(m.group(2))
        sm, em = 3 * q - 2, 3 * q
        return {"start": f"{y}-{sm:02d}-01", "end": f"{y}-{em:02d}-{calendar.monthrange(y, em)[1]}"}
    m = re.fullmatch(r"(\d{4})-H([12])", x)
    if m:
        y = m.group(1)
        return {"start": f"{y}-01-01", "end": f"{y}-06-30"} if m.group(2) == "1" else {"start": f"{y}-07-01", "end": f"{y}-12-31"}
    m = re.fullmatch(r"(\d{4})-(\d{2})", x)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        return {"start": f"{y}-{mo:02d}-01", "end": f"{y}-{mo:02d}-{calendar.monthrange(y, mo)[1]}"}
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", x):
        return {"start": x, "end": x}
    raise ValueError(x)

def K(subjects, predicate, amount, currency, modality, period, evidence, cp=None):
    return C(subjects, predicate, amount, currency, modality, per(period), evidence, counterparty=cp)
