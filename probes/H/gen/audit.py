"""Lists every figure that no claim's evidence covers. Usage: python3 gen/audit.py H1"""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for name in sys.argv[1:]:
    g = json.load(open(os.path.join(ROOT, name + ".expected.json"), encoding="utf-8"))
    t = open(os.path.join(ROOT, g["source"]), encoding="utf-8").read()
    cov = [False] * len(t)
    for c in g["claims"]:
        e = c["evidence"]; i = t.find(e)
        while i >= 0:
            for k in range(i, i + len(e)): cov[k] = True
            i = t.find(e, i + 1)
    print("=====", name)
    for m in re.finditer(r"(?:A\$|C\$|US\$|R|[$€£¥₩])?\d[\d,\.]*", t):
        if not any(cov[m.start():m.end()]):
            ls = t.rfind("\n", 0, m.start()) + 1
            s = max(ls, m.start() - 60)
            print("--", repr(t[s:m.end() + 35].split("\n")[0]))
