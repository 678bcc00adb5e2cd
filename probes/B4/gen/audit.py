import json, re, sys
WORDS = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow|yesterday|tonight|now|week|month|year|quarter|half|decade|annual|quarterly|daily|double|doubled|triple|tripled|tripling|halved|twice|fold|times|third|quarter|fifth|dozen|hundreds|thousands|millions|billions|percent|cent|cents|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)"
for n in sys.argv[1:]:
    g = json.load(open(f"B4_{n}.expected.json"))
    t = open(f"B4_{n}.txt").read()
    cov = [False]*len(t)
    def occ(s, k):
        i=-1; c=-1
        pos=0
        while True:
            i = t.find(s, pos)
            if i<0: return None
            c+=1
            if c==k: return i
            pos = i+len(s)
    for m in g["mentions"]:
        a = occ(m["text"], m["occurrence"])
        for j in range(a, a+len(m["text"])): cov[j]=True
    print("=== B4_%s" % n)
    for mm in re.finditer(r"[\$€£¥₩₹]?\S*\d\S*|\b[A-Z][\w&'.\-]*\b|\b%s\b" % WORDS, t, flags=0):
        s, e = mm.span()
        if not any(cov[s:e]):
            ctx = t[max(0,s-25):e+25].replace("\n"," ")
            print(f"  {mm.group()!r:24} … {ctx}")
