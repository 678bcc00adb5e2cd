# Builds O6.txt (a PDF-to-text extraction look) from o6_src.txt: hard wraps at ~86
# characters, a few hand-made hyphenated line-end splits, and page footers/headers
# inserted after chosen lines (two of them mid-sentence), with form feeds.
import textwrap, os
HERE = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(HERE, "o6_src.txt"), encoding="utf-8").read().split("\n")
out = []
for line in src:
    if line.startswith("@@"):
        out.append(line[2:])
    elif line.startswith("• "):
        out.extend(textwrap.wrap(line, width=84, subsequent_indent="  "))
    elif line.strip() == "":
        continue
    else:
        out.extend(textwrap.wrap(line, width=86))
t = "\n".join(out)
EDITS = [
 ("Revenue rose 4% on a\ncomparable basis(1) to €81.3 billion; on a nominal basis, revenue was up 2%, held back\nby negative",
  "Revenue rose 4% on a compa-\nrable basis(1) to €81.3 billion; on a nominal basis, revenue was up 2%, held\nback by negative"),
 ("the corresponding profit\nmargin reached 15.4%. Net income was €9.8 billion, down from €10.3 billion in fiscal\n2025, which had included a large gain from the sale of shares in Siemens Healthineers\nAG. EPS pre PPA(2) increased to €11.92 from €11.40. Free cash flow (all-in)(3) was\n€10.6 billion, a new record.",
  "the correspond-\ning profit margin reached 15.4%. Net income was €9.8 billion, down from\n€10.3 billion in fiscal 2025, which had included a large gain from the sale of shares in\nSiemens Healthineers AG. EPS pre PPA(2) increased to €11.92 from €11.40. Free cash flow\n(all-in)(3) was €10.6 billion, a new record."),
 ("ended a two-year period of destocking. Revenue\nwas €18.6 billion, up 1%, and the profit margin improved to 18.1% from 17.6%.",
  "ended a two-year period of destock-\ning. Revenue was €18.6 billion, up 1%, and the profit margin improved to 18.1% from\n17.6%."),
 ("Closing is expected in the\nsecond half of fiscal 2027,", "Closing is expected in the sec-\nond half of fiscal 2027,"),
 ("including a €3.1 billion contract for high-\nspeed trains in India. Revenue was €12.6 billion, with a profit margin of 8.7%, and\nthe Mobility order backlog stood at €52 billion at the end of the fiscal year.",
  "including a €3.1 bil-\nlion contract for high-speed trains in India. Revenue was €12.6 billion, with a profit\nmargin of 8.7%, and the Mobility order backlog stood at €52 billion at the end of the\nfiscal year."),
]
for a, b in EDITS:
    assert a in t, a[:60]
    t = t.replace(a, b)
lines = t.split("\n")
BREAK_AFTER = ["Smart Infrastructure. The order backlog reached a record €125 billion at the end of",
               "share to the Annual Shareholders' Meeting on February 11, 2027, compared with €5.35",
               "deviate from our expectations, or should underlying expectations not occur or"]
pages, cur = [], []
for l in lines:
    cur.append(l)
    if l in BREAK_AFTER:
        pages.append(cur); cur = []
pages.append(cur)
assert len(pages) == len(BREAK_AFTER) + 1
n = len(pages)
res = []
for k, p in enumerate(pages, 1):
    if k > 1:
        res.append("\fSiemens AG          Press Release          November 12, 2026          Page %d/%d" % (k, n))
        res.append("")
    res.extend(p)
    res.append("")
    res.append("Siemens AG  Communications  Werner-von-Siemens-Straße 1  80333 Munich  Germany      %d" % k)
open(os.path.join(os.path.dirname(HERE), "O6.txt"), "w", encoding="utf-8").write("\n".join(res) + "\n")
