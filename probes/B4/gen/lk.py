import sys
sys.argv.pop(0)
rows=[r for r in [l.rstrip("\n").split("\t") for l in open("/work/main/src/lexicon/companies.tsv") if not l.startswith("#") and l.strip()] if r[0]!="not-a-company"]
for q in sys.argv:
    hits=[r for r in rows if any(q.lower() in a.lower().lstrip("~?") for a in [r[1]]+(r[2].split("|") if len(r)>2 else []))]
    print(q, "->", [(r[0], r[1], r[2] if len(r)>2 else "", r[3] if len(r)>3 else "", r[4] if len(r)>4 else "") for r in hits[:6]] or "NONE")
