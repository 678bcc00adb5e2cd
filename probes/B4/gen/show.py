import json,sys
for n in sys.argv[1:]:
    g=json.load(open(f"B4_{n}.expected.json")); t=open(f"B4_{n}.txt").read()
    print("=== B4_%s ref %s" % (n, g["reference_date"]))
    for m in g["mentions"]:
        v=m["value"]
        if m["kind"]=="company": s=f'{v["id"]} {v.get("ticker","")} {v.get("parent","")}'
        elif m["kind"]=="chip": s=f'{v["name"]}|{v["family"]}|{v.get("generation","-")}|{v["vendor"]}|{v["category"]}'
        elif m["kind"]=="date": s=f'{v["start"]}..{v["end"]} {v["granularity"]} rel={v["relative"]}'
        elif m["kind"]=="money": s=f'{v["amount"]}{".."+v["amount_max"] if "amount_max" in v else ""} {v["currency"]} {v["qualifier"]} {v.get("vague","")}'
        elif m["kind"]=="percent": s=f'{v["value"]} {v.get("unit","%")} {v["qualifier"]}'
        else: s=f'{v["amount"]}{".."+v["amount_max"] if "amount_max" in v else ""} {v["unit"]} {v["qualifier"]} {v.get("vague","")}'
        print(f'  {m["kind"][:4]:4} {m["text"]!r:40} #{m["occurrence"]} {s}')
