# nearrepeats.py NEW.jsonl...: for each question of a new set, the nearest question of every earlier
# set (testdata/*.jsonl and ../shared/eval), by content-word overlap (5-letter stems) and by character
# similarity; NEAR when the overlap is 0.5 or more or the similarity 0.7 or more. Run from the repo root.
import json,glob,sys,re,difflib
STOP=set("a an the of to in on at for and or but is was were are be been did do does what who whom which when where why how that this it its it's with by from as about any so ok u ur us".split())
def toks(q):
    w=re.findall(r"[a-z0-9]+",q.lower())
    return set(x[:5] for x in w if x not in STOP)
old=[]
for f in sorted(glob.glob('testdata/*.jsonl'))+glob.glob('../shared/eval/*.jsonl'):
    if 'fresh23' in f: continue
    for l in open(f):
        try: d=json.loads(l)
        except: continue
        if not isinstance(d,dict): continue
        q=d.get('question')
        if isinstance(q,str): old.append((f.split('/')[-1],d.get('id'),q))
print(len(old),"earlier questions",file=sys.stderr)
bad=0
for f in sys.argv[1:]:
    for l in open(f):
        d=json.loads(l); q=d['question']; t=toks(q)
        best=[]
        for fn,i,o in old:
            ot=toks(o)
            j=len(t&ot)/max(1,len(t|ot))
            r=difflib.SequenceMatcher(None,q.lower(),o.lower()).ratio()
            best.append((max(j,r),j,r,fn,i,o))
        best.sort(reverse=True)
        s,j,r,fn,i,o=best[0]
        flag="NEAR" if (j>=0.5 or r>=0.7) else ""
        if flag: bad+=1
        print(f"{d['id']:9s} {s:.2f} j={j:.2f} r={r:.2f} {flag:4s} {q!r}\n            ~ {fn}:{i} {o!r}")
print("near repeats:",bad)
