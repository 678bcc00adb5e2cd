import json, re, sys, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for name in sys.argv[1:]:
    g = json.load(open(os.path.join(ROOT, name + ".expected.json")))
    t = open(os.path.join(ROOT, g["source"]), encoding="utf-8").read()
    covered = [False]*len(t)
    for c in g["claims"]:
        e = c["evidence"]; i = t.find(e)
        while i >= 0:
            for k in range(i, i+len(e)): covered[k] = True
            i = t.find(e, i+1)
    print("=====", name)
    for m in re.finditer(r"(?:[$€£¥₹]|Rs\.? ?|C\$|A\$|R\$|CHF ?|DKK ?|â‚¬)?\d[\d,\.]*\s?(%|bn|bln|mln|trln|billion|million|trillion|crore|lakh|GW|MW|B|M|p\b|pence|cents|rupees)?", t):
        if not any(covered[m.start():m.end()]):
            s = max(0, m.start()-50); print(repr(t[s:m.end()+30].replace("\n"," ")))
