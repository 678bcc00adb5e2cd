# lists figure-like tokens whose position is not covered by any evidence string
import json, re, sys, os
g = json.load(open(sys.argv[1])); t = open(os.path.join(os.path.dirname(sys.argv[1]), g["source"])).read()
cov = [False]*len(t)
for c in g["claims"]:
    e = c["evidence"]; i = t.find(e)
    while i >= 0:
        for k in range(i, i+len(e)): cov[k] = True
        i = t.find(e, i+1)
for m in re.finditer(r"[$€£]?\d[\d,.]*\s?(%|bn|mln|m\b|billion|million|cents|francs|euros)?", t):
    if not cov[m.start()]:
        ls = t.rfind("\n", 0, m.start())+1; le = t.find("\n", m.end())
        print(repr(m.group()), "|", t[max(ls, m.start()-60):min(le if le>0 else len(t), m.end()+40)])
