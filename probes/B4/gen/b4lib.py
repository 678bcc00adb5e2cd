"""Helper to write B4 mention-battery articles and their gold.
Each article module defines REF, HEADER and PARAS = [(text, [mentions...]), ...].
Mentions are listed in reading order within a paragraph; the builder finds each
one's position (searching from the previous mention's start, so nested mentions
work) and computes its occurrence index over the whole article."""
import json, os, re, sys

LEX = "/work/main/src/lexicon"
_alias = {}   # alias -> slug (first wins)
_slug = {}    # slug -> (name, parent, ticker)
for line in open(os.path.join(LEX, "companies.tsv"), encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    f = line.rstrip("\n").split("\t")
    while len(f) < 6:
        f.append("")
    slug, name, aliases, parent, tickers = f[:5]
    if slug == "not-a-company":
        continue
    if slug not in _slug:
        _slug[slug] = (name, parent, tickers.split("|")[0] if tickers else "")
    for a in [name] + [x for x in aliases.split("|") if x]:
        a = a.lstrip("~?")
        _alias.setdefault(a, slug)

_chips = {}
for line in open(os.path.join(LEX, "chips.tsv"), encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    f = line.rstrip("\n").split("\t")
    while len(f) < 7:
        f.append("")
    surface, name, family, gen, vendor, cat = f[:6]
    _chips.setdefault(name, (family, gen, vendor, cat))

SUFFIXES = [" Inc.", " Inc", " Corp.", " Corp", " Ltd.", " Ltd", " plc", " PLC", " AG", " SE", " SA", " S.A.", " NV", " N.V.", " Co.", " Co", " LLC", " Group Corp."]

def company_value(slug):
    name, parent, ticker = _slug[slug]
    v = {"id": slug, "name": name}
    if parent:
        v["parent"] = parent
    if ticker:
        v["ticker"] = ticker
    return v

def C(text, slug=None, name=None, ticker=None, parent=None):
    """Company mention. Known: looked up by alias (or slug). Unknown: give name
    (slug derived) and optional ticker/parent."""
    if name is not None:
        sl = slug or re.sub(r"[\s&.]+", "-", name.lower()).strip("-")
        v = {"id": sl, "name": name}
        if parent: v["parent"] = parent
        if ticker: v["ticker"] = ticker
        return ("company", text, v)
    if slug is None:
        t = text
        if t not in _alias:
            for s in SUFFIXES:
                if t.endswith(s) and t[: -len(s)] in _alias:
                    t = t[: -len(s)]; break
        if t not in _alias:
            raise SystemExit(f"unknown company alias {text!r}")
        slug = _alias[t]
    if slug not in _slug:
        raise SystemExit(f"unknown slug {slug}")
    return ("company", text, company_value(slug))

from decimal import Decimal
def _n(x):
    d = Decimal(str(x))
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s

def M(text, amount, cur="USD", q="exact", mx=None, vague=None):
    v = {"amount": _n(amount), "currency": cur, "qualifier": q}
    if mx is not None:
        v["amount_max"] = _n(mx)
    if vague:
        v["vague"] = vague
    return ("money", text, v)

def P(text, value, q="exact", unit=None, vague=None):
    v = {"value": _n(value), "qualifier": q}
    if unit:
        v["unit"] = unit
    if vague:
        v["vague"] = vague
    return ("percent", text, v)

def X(text, value, q="exact"):
    return P(text, value, q, unit="x")

def Q(text, amount, unit, q="exact", mx=None, vague=None):
    v = {"amount": _n(amount), "unit": unit, "qualifier": q}
    if mx is not None:
        v["amount_max"] = _n(mx)
    if vague:
        v["vague"] = vague
    return ("quantity", text, v)

def D(text, start, end, gran, rel=False, resolved=True):
    return ("date", text, {"start": start, "end": end, "granularity": gran,
                           "relative": rel, "resolved": resolved})

def K(text, name=None, gen=None, **over):
    """Chip mention; name defaults to the text (a trailing s dropped)."""
    if name is None:
        name = text
        if name not in _chips and name.endswith("s") and name[:-1] in _chips:
            name = name[:-1]
    if name in _chips:
        family, g, vendor, cat = _chips[name]
    else:
        bases = sorted([b for b in _chips if name.startswith(b) and len(name) > len(b)], key=len, reverse=True)
        if not bases:
            raise SystemExit(f"unknown chip {name!r}")
        family, g0, vendor, cat = _chips[bases[0]]
        g = name[len(bases[0]):].strip()
        if gen is not None and gen != g:
            raise SystemExit(f"gen mismatch {name} {gen} {g}")
    v = {"name": name, "family": family, "vendor": vendor, "category": cat}
    if gen is None and g:
        gen = g
    if gen:
        v["generation"] = gen
    v.update(over)
    return ("chip", text, v)

def occurrences(text, needle):
    out, i = [], text.find(needle)
    while i >= 0 and needle:
        out.append(i)
        i = text.find(needle, i + len(needle))
    return out

def build(modname, outdir):
    mod = __import__(modname)
    paras = [(mod.HEADER, mod.HEADER_MENTIONS)] + list(mod.PARAS)
    text = "\n\n".join(p for p, _ in paras) + "\n"
    offsets, pos = [], 0
    for p, _ in paras:
        offsets.append(pos)
        pos += len(p) + 2
    mentions, used, problems = [], set(), []
    for (p, ms), base in zip(paras, offsets):
        cursor = 0
        for kind, mtext, val in ms:
            i = p.find(mtext, cursor)
            while i >= 0 and (kind, base + i) in used:
                i = p.find(mtext, i + 1)
            if i < 0:
                problems.append(f"NOT FOUND after cursor: {kind} {mtext!r} in: {p[:70]!r}")
                continue
            # word-boundary sanity
            before = p[i - 1] if i > 0 else " "
            after = p[i + len(mtext)] if i + len(mtext) < len(p) else " "
            if before.isalnum() or (after.isalnum() and not mtext.endswith("-")):
                problems.append(f"BOUNDARY? {kind} {mtext!r} ctx {p[max(0,i-10):i+len(mtext)+10]!r}")
            a = base + i
            occ = occurrences(text, mtext)
            if a not in occ:
                problems.append(f"OVERLAPPING SELF-OCCURRENCE {mtext!r}")
                continue
            used.add((kind, a))
            mentions.append((a, {"kind": kind, "text": mtext, "occurrence": occ.index(a), "value": val}))
            cursor = i
    mentions.sort(key=lambda x: x[0])
    name = modname
    gold = {"source": name + ".txt", "reference_date": mod.REF,
            "reference_date_note": mod.REF_NOTE,
            "mentions": [m for _, m in mentions], "claims": []}
    open(os.path.join(outdir, name + ".txt"), "w", encoding="utf-8").write(text)
    json.dump(gold, open(os.path.join(outdir, name + ".expected.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
    from collections import Counter
    cnt = Counter(m["kind"] for _, m in mentions)
    print(name, len(paras) - 1, "paragraphs", len(text.split()), "words", dict(cnt), "total", len(mentions))
    for pr in problems:
        print("  PROBLEM", pr)
    return cnt

if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(__file__))
    for m in sys.argv[1:]:
        build(m, "/work/probes/B4")
