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

MONEY_PRED = None

def write(name, source, ref, note, claims):
    text = open(os.path.join(ROOT, source), encoding="utf-8").read()
    bad = 0
    for c in claims:
        if c["evidence"] not in text:
            print("MISSING EVIDENCE:", c["evidence"]); bad += 1
        if "\n" in c["evidence"]:
            print("NEWLINE IN EVIDENCE:", c["evidence"]); bad += 1
        if c["predicate"] != "chip_launch":
            a = c["amount"]
            if not re.fullmatch(r"(0|[1-9]\d*)(\.\d*[1-9])?", a):
                print("BAD AMOUNT", a, c["evidence"]); bad += 1
            if c["currency"] is not None and c["currency"] not in ("USD","EUR","GBP","KRW","JPY","CHF","CNY","INR","CAD"):
                print("BAD CUR", c); bad += 1
        if c["modality"] not in ("reported", "planned", "forecast", "hedged", "denied"):
            print("BAD MODALITY", c); bad += 1
        p = c["period"]
        if p and p["start"] > p["end"]:
            print("BAD PERIOD", c); bad += 1
        if c["counterparty"] is not None and c["counterparty"] not in c["subjects"] and c["predicate"] not in ("investment","contract_value","profit_share","other","capacity","stock_change","valuation"):
            pass
    gold = {"source": source, "reference_date": ref, "reference_date_note": note,
            "mentions": [], "claims": claims}
    with open(os.path.join(ROOT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(name, len(claims), "claims,", bad, "problems")
