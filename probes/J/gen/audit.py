"""Lists every figure in an article with whether some claim's evidence covers it.
Usage: python3 gen/audit.py N1
"""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
name = sys.argv[1]
src = os.path.join(ROOT, name + ".txt")
if not os.path.exists(src): src = os.path.join(ROOT, name + ".html")
text = open(src, encoding="utf-8").read()
gold = json.load(open(os.path.join(ROOT, name + ".expected.json"), encoding="utf-8"))
spans = []
for c in gold["claims"]:
    ev = c["evidence"]
    i = text.find(ev)
    while i >= 0:
        spans.append((i, i + len(ev)))
        i = text.find(ev, i + 1)
for m in re.finditer(r"[$€£¥]?\d[\d,.]*", text):
    s, e = m.span()
    covered = any(a <= s and e <= b for a, b in spans)
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    ctx = text[max(ls, s - 50):min(le if le >= 0 else len(text), e + 40)]
    print(("   " if covered else "-- ") + f"{m.group()!r:14} … {ctx}")
