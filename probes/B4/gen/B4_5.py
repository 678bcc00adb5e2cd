from b4lib import *
REF = "2025-11-21"
REF_NOTE = "Header '🧠 THE AI CHIP BRIEF | Friday, November 21, 2025'."
HEADER = "🧠 THE AI CHIP BRIEF | Friday, November 21, 2025"
HEADER_MENTIONS = [D("Friday, November 21, 2025", "2025-11-21", "2025-11-21", "day")]
Y = "2025-11-21"
Y25 = ("2025-01-01", "2025-12-31")
Y26 = ("2026-01-01", "2026-12-31")
Y27 = ("2027-01-01", "2027-12-31")

def KN(text, name, family, vendor, cat):
    """Chip with no generation field (the table leaves it unclear)."""
    return ("chip", text, {"name": name, "family": family, "vendor": vendor, "category": cat})

TENS_B = dict(q="range", mx=100000000000, vague="tens of billions")
PARAS = [
("## 🔥 Top stories", []),

("- **Nvidia** posted record quarterly revenue of **$57 billion** on Wednesday and guided to roughly **$65 billion**, plus or minus 2%.",
 [C("Nvidia"), M("$57 billion", 57000000000), D("Wednesday", "2025-11-19", "2025-11-19", "day", True),
  M("$65 billion", 65000000000, q="approximately"), P("2%", 2)]),

("- Data-center sales hit **$51.2 billion**, and **Blackwell Ultra** (GB300) now makes up more than half of **Blackwell** shipments.",
 [M("$51.2 billion", 51200000000), K("Blackwell Ultra"), K("GB300"), P("half", 50, "more_than"), K("Blackwell")]),

("- 💸 **Anthropic** committed to buy **$30 billion** of Azure compute and up to **1 GW** of capacity on Nvidia's **Grace Blackwell** and **Vera Rubin** chips.",
 [C("Anthropic"), M("$30 billion", 30000000000), Q("1 GW", 1, "GW", "at_most"), C("Nvidia"), K("Grace Blackwell"), K("Vera Rubin")]),

("- **Google** launched Gemini 3 on Tuesday, trained entirely on its own **TPUs**; the seventh-generation **Ironwood** chip delivers 4x the peak performance of **Trillium**.",
 [C("Google"), D("Tuesday", "2025-11-18", "2025-11-18", "day", True), K("TPUs"), K("Ironwood"), X("4x", 4), K("Trillium")]),

("- **Meta** is in talks to spend **billions of dollars** on Google TPUs for its own data centers in 2027, The Information reported.",
 [C("Meta"), M("billions of dollars", 1000000000, q="range", mx=10000000000, vague="billions"), C("Google"), K("TPUs"),
  D("2027", *Y27, "year"), C("The Information")]),

("## 📊 Deals & dollars", []),

("- **xAI** is raising **$15 billion** at a **$230 billion** valuation, according to CNBC, and plans to run roughly 1 million GPUs at its Memphis sites.",
 [C("xAI"), M("$15 billion", 15000000000), M("$230 billion", 230000000000), C("CNBC"),
  Q("1 million GPUs", 1000000, "GPUs", "approximately")]),

("- **Brookfield** launched a **$100 billion** AI infrastructure program with **Nvidia** as a partner, seeded with nearly **$10 billion** of equity.",
 [C("Brookfield"), M("$100 billion", 100000000000), C("Nvidia"), M("$10 billion", 10000000000, q="approximately")]),

("- 🏗️ **Microsoft** says it will spend **tens of billions of dollars** on its Fairwater AI datacenters in Wisconsin and Atlanta.",
 [C("Microsoft"), M("tens of billions of dollars", 10000000000, **TENS_B)]),

("- **Amazon** plans to invest up to **$50 billion** to add nearly **1.3 GW** of AI and supercomputing capacity for US government customers, breaking ground in 2026.",
 [C("Amazon"), M("$50 billion", 50000000000, q="at_most"), Q("1.3 GW", "1.3", "GW", "approximately"), D("2026", *Y26, "year")]),

("- **Cisco** said AI infrastructure orders from webscale customers topped **$1.3 billion**, and it sees as much as **$3 billion** of AI revenue from them.",
 [C("Cisco"), M("$1.3 billion", 1300000000, q="more_than"), M("$3 billion", 3000000000, q="at_most")]),

("- 🇸🇦 **Humain** will deploy up to 600,000 Nvidia GPUs and a **1 GW** cluster of **AMD** **MI450** chips with **Cisco**.",
 [C("Humain"), Q("600,000 Nvidia GPUs", 600000, "GPUs", "at_most"), C("Nvidia"), Q("1 GW", 1, "GW"), C("AMD"), K("MI450"),
  C("Cisco")]),

("- **Oracle** is raising at least **$38 billion** of debt for data centers tied to **OpenAI**, and **Crusoe** is in talks to raise **$3bn-$4bn** at a valuation of about **$13 billion**.",
 [C("Oracle"), M("$38 billion", 38000000000, q="at_least"), C("OpenAI"), C("Crusoe"),
  M("$3bn-$4bn", 3000000000, q="range", mx=4000000000), M("$13 billion", 13000000000, q="approximately")]),

("- **Nebius** expects annualized run-rate revenue of **$7 to $9 billion** by the end of 2026.",
 [C("Nebius"), M("$7 to $9 billion", 7000000000, q="range", mx=9000000000), D("the end of 2026", Y, "2026-12-31", "year", True)]),

("## 🧩 Chips & roadmaps", []),

("- **AMD** laid out a roadmap to **MI400**-series accelerators in 2026 and **MI500** in 2027, and said data-center AI revenue could reach **tens of billions** in 2027.",
 [C("AMD"), K("MI400"), D("2026", *Y26, "year"), K("MI500"), D("2027", *Y27, "year"), M("tens of billions", 10000000000, **TENS_B),
  D("2027", *Y27, "year")]),

("- **AMD**'s **MI355X** is shipping in volume at **Oracle**, which plans a cluster of 50,000 MI450 GPUs starting in Q3 2026.",
 [C("AMD"), K("MI355X"), C("Oracle"), Q("50,000 MI450 GPUs", 50000, "GPUs"), K("MI450"),
  D("Q3 2026", "2026-07-01", "2026-09-30", "quarter")]),

("- **Intel** previewed **Crescent Island**, an inference GPU with 160GB of LPDDR5X memory, sampling in the second half of 2026.",
 [C("Intel"), K("Crescent Island"), Q("160GB", 160, "GB"), D("the second half of 2026", "2026-07-01", "2026-12-31", "half")]),

("- **Intel**'s **Core Ultra Series 3** (**Panther Lake**) chips, built on its 18A process, ship before year-end.",
 [C("Intel"), K("Core Ultra Series 3"), K("Panther Lake"), D("year-end", Y, "2025-12-31", "year", True)]),

("- **Qualcomm** unveiled the **Snapdragon X2 Elite** for PCs and said its **AI200** accelerator will ship in 2026, with the **AI250** following in 2027.",
 [C("Qualcomm"), K("Snapdragon X2 Elite"), K("AI200"), D("2026", *Y26, "year"), K("AI250"), D("2027", *Y27, "year")]),

("- **Microsoft** runs its first **Cobalt 100** CPUs and **Maia 100** accelerators in production, with successors due in 2026.",
 [C("Microsoft"), K("Cobalt 100", gen="100"), K("Maia 100", gen="100"), D("2026", *Y26, "year")]),

("- **AWS** said **Trainium2** is now a multibillion-dollar business, with 1.4 million chips deployed.",
 [C("AWS"), K("Trainium2"), M("multibillion-dollar", 1000000000, q="more_than", vague="multibillion"),
  Q("1.4 million chips", 1400000, "chips")]),

("- 🇨🇳 **Huawei** plans to launch the **Ascend 950PR** in Q1 2026 and the **Ascend 960** in late 2027.",
 [C("Huawei"), KN("Ascend 950PR", "Ascend 950PR", "Ascend", "huawei", "ai_accelerator"), D("Q1 2026", "2026-01-01", "2026-03-31", "quarter"),
  KN("Ascend 960", "Ascend 960", "Ascend", "huawei", "ai_accelerator"), D("late 2027", "2027-10-01", "2027-12-31", "quarter")]),

("- **Baidu** plans a new **Kunlun** accelerator for early 2026 and said it has linked more than 30,000 Kunlun chips in one cluster.",
 [C("Baidu"), K("Kunlun"), D("early 2026", "2026-01-01", "2026-03-31", "quarter"),
  Q("30,000 Kunlun chips", 30000, "chips", "more_than"), K("Kunlun")]),

("- **Cambricon**'s revenue grew roughly 24-fold in the first nine months of the year.",
 [C("Cambricon"), X("24-fold", 24, "approximately"), D("the first nine months of the year", "2025-01-01", "2025-09-30", "month", True)]),

("- **Broadcom** will co-develop **10 GW** of custom accelerators with **OpenAI**, with the first racks due in the second half of 2026.",
 [C("Broadcom"), Q("10 GW", 10, "GW"), C("OpenAI"), D("the second half of 2026", "2026-07-01", "2026-12-31", "half")]),

("- **Marvell** expects custom AI chip revenue to grow from **hundreds of millions of dollars** to roughly **$2.5 billion** next year.",
 [C("Marvell"), M("hundreds of millions of dollars", 100000000, q="range", mx=1000000000, vague="hundreds of millions"),
  M("$2.5 billion", 2500000000, q="approximately"), D("next year", *Y26, "year", True)]),

("## 📈 Markets", []),

("- 📉 Chip stocks fell on Thursday: the Philadelphia Semiconductor Index slid **3.1%**, wiping out roughly **$800 billion** of market value.",
 [D("Thursday", "2025-11-20", "2025-11-20", "day", True), P("3.1%", "3.1"), M("$800 billion", 800000000000, q="approximately")]),

("- **Nvidia** shares swung from a **5%** gain to a **3.2%** loss; the stock is still up about **35%** year-to-date.",
 [C("Nvidia"), P("5%", 5), P("3.2%", "3.2"), P("35%", 35, "approximately"), D("year-to-date", "2025-01-01", Y, "year", True)]),

("- **SoftBank Group** sold its entire Nvidia stake for **$5.83 billion** to help fund a **$22.5 billion** commitment to **OpenAI**.",
 [C("SoftBank Group"), C("Nvidia"), M("$5.83 billion", 5830000000), M("$22.5 billion", 22500000000), C("OpenAI")]),

("- **Alphabet**'s market value neared **$3.6 trillion** after **Berkshire Hathaway** disclosed a **$4.3 billion** stake.",
 [C("Alphabet"), M("$3.6 trillion", 3600000000000, q="approximately"), C("Berkshire Hathaway"), M("$4.3 billion", 4300000000)]),

("- **CoreWeave** cut its 2025 revenue guidance to **$5.05 billion-$5.15 billion** after a third-party data-center delay; its shares are down more than **40%** from their June peak.",
 [C("CoreWeave"), D("2025", *Y25, "year"), M("$5.05 billion-$5.15 billion", 5050000000, q="range", mx=5150000000),
  P("40%", 40, "more_than"), D("June", "2025-06-01", "2025-06-30", "month", True)]),

("## 💬 Quick hits", []),

("- **Lambda** signed a multibillion-dollar deal with **Microsoft** to deploy tens of thousands of Nvidia GB300 GPUs.",
 [C("Lambda"), M("multibillion-dollar", 1000000000, q="more_than", vague="multibillion"), C("Microsoft"),
  Q("tens of thousands of Nvidia GB300 GPUs", 10000, "GPUs", "range", mx=100000, vague="tens of thousands"), C("Nvidia"), K("GB300")]),

("- **Cerebras** raised **$1.1 billion** at an **$8.1 billion** valuation; its **WSE-3** wafer-scale chip now serves models for **Meta**.",
 [C("Cerebras"), M("$1.1 billion", 1100000000), M("$8.1 billion", 8100000000), K("WSE-3"), C("Meta")]),

("- **Groq** raised **$750 million** at a post-money valuation of **$6.9 billion** and says its **LPUs** serve more than 2 million developers.",
 [C("Groq"), M("$750 million", 750000000), M("$6.9 billion", 6900000000), K("LPUs"),
  Q("2 million developers", 2000000, "developers", "more_than")]),

("- **Tesla** said its **AI5** chip will be made by both **TSMC** and **Samsung**, with volume production in 2027, and that the **AI6** will follow.",
 [C("Tesla"), K("AI5"), C("TSMC"), C("Samsung"), D("2027", *Y27, "year"), K("AI6")]),

("- 🤏 **Tenstorrent** charges a few million dollars for a rack of its **Blackhole** chips, far less than a comparable Nvidia system.",
 [C("Tenstorrent"), M("a few million dollars", 1000000, q="range", mx=10000000, vague="a few million"), K("Blackhole"), C("Nvidia")]),
]
