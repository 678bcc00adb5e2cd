"""Helpers to write a gold file by hand: each claim is listed explicitly.

C(subjects, predicate, amount, currency, cp, modality, period, evidence)
L(subjects, chip, modality, period, evidence)   # chip_launch
period: None, "YYYY", "YYYY-Qn", "YYYY-Hn", "YYYY-MM", "YYYY-MM-DD", or (start, end).
"""
import json, os, re, sys, calendar

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PREDS = {"capital_expenditure", "investment", "revenue", "operating_income", "profit_share",
         "backlog", "contract_value", "funding_round", "spending", "job_cuts", "headcount",
         "stock_change", "growth_rate", "capacity", "chip_revenue", "chip_launch",
         "market_share", "valuation", "eps", "other"}
NOCUR = {"job_cuts", "headcount", "stock_change", "growth_rate", "capacity", "market_share", "profit_share"}


def per(p):
    if p is None:
        return None
    if isinstance(p, tuple):
        return {"start": p[0], "end": p[1]}
    if re.fullmatch(r"\d{4}", p):
        return {"start": f"{p}-01-01", "end": f"{p}-12-31"}
    m = re.fullmatch(r"(\d{4})-Q([1-4])", p)
    if m:
        y, q = int(m.group(1)), int(m.group(2))
        sm, em = 3 * q - 2, 3 * q
        return {"start": f"{y}-{sm:02d}-01", "end": f"{y}-{em:02d}-{calendar.monthrange(y, em)[1]:02d}"}
    m = re.fullmatch(r"(\d{4})-H([12])", p)
    if m:
        y, h = int(m.group(1)), int(m.group(2))
        return {"start": f"{y}-01-01", "end": f"{y}-06-30"} if h == 1 else {"start": f"{y}-07-01", "end": f"{y}-12-31"}
    m = re.fullmatch(r"(\d{4})-(\d{2})", p)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        return {"start": f"{y}-{mo:02d}-01", "end": f"{y}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"}
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", p):
        return {"start": p, "end": p}
    raise ValueError(p)


def C(subjects, predicate, amount, currency, cp, modality, period, evidence):
    assert predicate in PREDS and predicate != "chip_launch", predicate
    assert modality in {"reported", "planned", "forecast", "hedged", "denied"}, modality
    assert isinstance(amount, str) and re.fullmatch(r"\d+(\.\d*[1-9])?", amount), amount
    if predicate in NOCUR:
        assert currency is None, (predicate, evidence)
    if currency is not None:
        assert re.fullmatch(r"[A-Z]{3}", currency)
    if predicate in {"revenue", "capital_expenditure", "contract_value", "funding_round", "valuation",
                     "investment", "spending", "chip_revenue", "operating_income", "eps"}:
        assert currency is not None, (predicate, evidence)
    return {
        "subjects": list(subjects),
        "predicate": predicate,
        "amount": amount,
        "currency": currency,
        "counterparty": cp,
        "modality": modality,
        "period": per(period),
        "evidence": evidence,
    }


def L(subjects, chip, modality, period, evidence):
    return {
        "subjects": list(subjects),
        "predicate": "chip_launch",
        "chip": chip,
        "counterparty": None,
        "modality": modality,
        "period": per(period),
        "evidence": evidence,
    }


def write(name, ref, note, claims):
    src = os.path.join(ROOT, name)
    text = open(src, encoding="utf-8").read()
    lines = text.split("\n")
    bad = 0
    for c in claims:
        ev = c["evidence"]
        if ev not in text:
            print("EVIDENCE NOT FOUND:", ev); bad += 1
        elif not any(ev in ln for ln in lines):
            print("EVIDENCE SPANS LINES:", ev); bad += 1
        p = c["period"]
        if p and p["start"] > p["end"]:
            print("BAD PERIOD", c); bad += 1
    gold = {
        "source": name,
        "reference_date": ref,
        "reference_date_note": note,
        "mentions": [],
        "claims": claims,
    }
    out = os.path.join(ROOT, name.rsplit(".", 1)[0] + ".expected.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{out}: {len(claims)} claims, {bad} problems")
    if bad:
        sys.exit(1)
