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

PREDS = {"capital_expenditure", "investment", "revenue", "operating_income", "profit_share", "backlog",
         "contract_value", "funding_round", "spending", "job_cuts", "headcount", "stock_change",
         "growth_rate", "capacity", "chip_revenue", "chip_launch", "market_share", "valuation", "eps", "other"}
MONEYISH = {"capital_expenditure", "investment", "revenue", "operating_income", "contract_value",
            "funding_round", "spending", "chip_revenue", "valuation", "eps"}
NOCUR = {"growth_rate", "stock_change", "market_share", "job_cuts", "headcount", "capacity"}

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
            cur = c["currency"]
            if cur is not None and cur not in ("USD","EUR","GBP","JPY","CAD","CHF"):
                print("BAD CUR", c); bad += 1
            if c["predicate"] in MONEYISH and cur is None:
                print("MONEY PRED WITHOUT CURRENCY", c); bad += 1
            if c["predicate"] in NOCUR and cur is not None:
                print("CURRENCY ON NON-MONEY PRED", c); bad += 1
        if c["modality"] not in ("reported", "planned", "forecast", "hedged", "denied"):
            print("BAD MODALITY", c); bad += 1
        p = c["period"]
        if p and p["start"] > p["end"]:
            print("BAD PERIOD", c); bad += 1
        if p:
            for k in ("start", "end"):
                if not re.fullmatch(r"\d{4}-\d\d-\d\d", p[k]):
                    print("BAD DATE", c); bad += 1
    gold = {"source": source, "reference_date": ref, "reference_date_note": note,
            "mentions": [], "claims": claims}
    with open(os.path.join(ROOT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(name, len(claims), "claims,", bad, "problems")
