import json, os, calendar, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

def Y(y): return {"start": f"{y}-01-01", "end": f"{y}-12-31"}
def Q(y, q):
    sm = 3*(q-1)+1; em = sm+2
    return {"start": f"{y}-{sm:02d}-01", "end": f"{y}-{em:02d}-{calendar.monthrange(y,em)[1]:02d}"}
def H(y, h):
    return {"start": f"{y}-01-01", "end": f"{y}-06-30"} if h == 1 else {"start": f"{y}-07-01", "end": f"{y}-12-31"}
def M(y, m): return {"start": f"{y}-{m:02d}-01", "end": f"{y}-{m:02d}-{calendar.monthrange(y,m)[1]:02d}"}
def D(s): return {"start": s, "end": s}
def R(a, b): return {"start": a, "end": b}

class Gold:
    def __init__(self, source, ref, note):
        self.source, self.ref, self.note = source, ref, note
        self.text = open(os.path.join(ROOT, source), encoding="utf-8").read()
        self.claims = []
    def c(self, subjects, predicate, amount, currency, modality, period, evidence, counterparty=None):
        assert evidence in self.text, ("EVIDENCE", evidence)
        assert modality in {"reported","planned","forecast","hedged","denied"}
        if isinstance(subjects, str): subjects = [subjects]
        self.claims.append({"subjects": subjects, "predicate": predicate, "amount": amount,
            "currency": currency, "counterparty": counterparty, "modality": modality,
            "period": period, "evidence": evidence})
    def chip(self, subjects, chip, modality, period, evidence, counterparty=None):
        assert evidence in self.text, ("EVIDENCE", evidence)
        if isinstance(subjects, str): subjects = [subjects]
        self.claims.append({"subjects": subjects, "predicate": "chip_launch", "chip": chip,
            "counterparty": counterparty, "modality": modality, "period": period, "evidence": evidence})
    def write(self):
        name = os.path.splitext(self.source)[0]
        out = {"source": self.source, "reference_date": self.ref, "reference_date_note": self.note,
               "mentions": [], "claims": self.claims}
        with open(os.path.join(ROOT, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, indent=1, ensure_ascii=False); f.write("\n")
        print(name, len(self.claims), "claims")
