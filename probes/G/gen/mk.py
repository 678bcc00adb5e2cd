import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CUR = {"USD","EUR","GBP","INR","BRL","MXN","NGN","DKK","CHF","JPY","CAD","VND"}
PREDS = {"capital_expenditure","investment","revenue","operating_income","profit_share","backlog",
         "contract_value","funding_round","spending","job_cuts","headcount","stock_change",
         "growth_rate","capacity","chip_revenue","chip_launch","market_share","valuation","eps","other"}

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

def write(name, source, ref, note, claims):
    text = open(os.path.join(ROOT, source), encoding="utf-8").read()
    bad = 0
    for c in claims:
        e = c["evidence"]
        if e not in text:
            print("MISSING EVIDENCE:", e); bad += 1
        if "\n" in e:
            print("NEWLINE IN EVIDENCE:", e); bad += 1
        if c["predicate"] not in PREDS:
            print("BAD PRED", c); bad += 1
        if c["predicate"] != "chip_launch":
            a = c["amount"]
            if not re.fullmatch(r"(0|[1-9]\d*)(\.\d*[1-9])?", a):
                print("BAD AMOUNT", a, e); bad += 1
            if c["currency"] is not None and c["currency"] not in CUR:
                print("BAD CUR", c); bad += 1
        if c["modality"] not in ("reported", "planned", "forecast", "hedged", "denied"):
            print("BAD MODALITY", c); bad += 1
        p = c["period"]
        if p and p["start"] > p["end"]:
            print("BAD PERIOD", c); bad += 1
        if c["counterparty"] is not None and not re.fullmatch(r"[a-z0-9-]+", c["counterparty"]):
            print("BAD CP", c); bad += 1
        for s in c["subjects"]:
            if not re.fullmatch(r"[a-z0-9-]+", s):
                print("BAD SLUG", s); bad += 1
    gold = {"source": source, "reference_date": ref, "reference_date_note": note,
            "mentions": [], "claims": claims}
    with open(os.path.join(ROOT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(name, len(claims), "claims,", bad, "problems")
