# Random template texts (seeded), to be run through Go and this engine alike.
import json, random
random.seed(20261205)
P=['{{','}}','{{- ',' -}}',' ','\n','.','.A','.M','.M.a','.L','.N','.S','.Missing','$','$x','$x := ','$x = ','|','(',')','"s"','`r`',"'c'",
   '1','-1','1.5','0x1F','1e3','nil','true','if ','else','end','range ','with ','define "d"','template "d"','block "b" .','break','continue',
   'eq','ne','lt','le','gt','ge','and','or','not','len','index','slice','print','printf','println','html','js','urlquery',
   'json','split','join','title','lower','upper','pad','truncate','"%d %s %v %q %x %5.2f"',',','text','{{/* c */}}']
D={"A":1,"S":"str","M":{"a":1,"b":[1,2]},"L":["a","b"],"N":None,"E":""}
C=[]
seen=set()
while len(C)<700:
    n=random.randint(1,10)
    if random.random()<0.5:
        t='{{'+' '.join(random.choice(P[6:]) for _ in range(n))+'}}'
    else:
        t=''.join(random.choice(P) for _ in range(n))
    if random.random()<0.3:
        t=t+'{{end}}'
    if t in seen: continue
    seen.add(t)
    C.append({"t":t,"data":D,"funcs":"docker"})
json.dump(C, open('random-cases.json','w'), indent=1, ensure_ascii=False)
