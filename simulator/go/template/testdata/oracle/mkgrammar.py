# Grammar-built random templates (seeded): well-formed actions mixing fields, variables,
# functions and control structures, so execution paths (not just parse errors) are compared.
import json, random
random.seed(7)
D={"A":1,"B":2.5,"S":"str","E":"","T":True,"F":False,"N":None,"L":["x","y","z"],"EL":[],"M":{"k":"v","n":3,"l":[1,2]},"EM":{},"Nested":{"Inner":{"Deep":"d"}},"Num":[3,1,2]}
FIELDS=['.A','.B','.S','.E','.T','.F','.N','.L','.EL','.M','.EM','.M.k','.M.n','.M.l','.Nested.Inner.Deep','.Nested.Inner','.Missing','.M.missing','.','$','$.S','.Num']
LITS=['1','0','-2','1.5','"a"','"str"','true','false','nil','0x10',"'z'"]
FUNCS={'len':1,'index':2,'slice':2,'not':1,'and':2,'or':2,'eq':2,'ne':2,'lt':2,'le':2,'gt':2,'ge':2,'print':2,'printf':2,'println':1,'html':1,'js':1,'urlquery':1,'json':1,'upper':1,'lower':1,'title':1,'split':2,'join':2,'pad':3,'truncate':2}
def operand(d):
    r=random.random()
    if r<0.45: return random.choice(FIELDS)
    if r<0.7: return random.choice(LITS)
    if d<2: return '('+cmd(d+1)+')'
    return random.choice(FIELDS)
def cmd(d=0):
    if random.random()<0.4: return operand(d)
    f=random.choice(list(FUNCS))
    n=FUNCS[f]
    args=[operand(d) for _ in range(n)]
    if f=='printf': args[0]=random.choice(['"%v"','"%d"','"%s|%v"','"%q"','"%5.1f"'])
    return f+' '+' '.join(args)
def pipe():
    p=cmd()
    if random.random()<0.25: p+=' | '+random.choice(['printf "%v"','print','len','upper','json','not','html','eq 1'])
    return p
def block(d=0):
    r=random.random()
    if d>1 or r<0.45: return '{{'+pipe()+'}}'
    if r<0.6: return '{{if '+pipe()+'}}'+block(d+1)+'{{else}}'+block(d+1)+'{{end}}'
    if r<0.75: return '{{range '+random.choice(['$i, $e := ','$e := ',''])+random.choice(FIELDS)+'}}'+random.choice(['{{.}}','{{$e}}','{{$i}}','{{break}}','{{continue}}',block(d+1)])+'{{else}}none{{end}}'
    if r<0.85: return '{{with '+pipe()+'}}'+block(d+1)+'{{end}}'
    return '{{$v := '+pipe()+'}}'+'{{$v}}'
C=[]; seen=set()
while len(C)<500:
    t=' '.join(block() for _ in range(random.randint(1,3)))
    if t in seen: continue
    seen.add(t); C.append({"t":t,"data":D,"funcs":"docker"})
json.dump(C, open('grammar-cases.json','w'), indent=1, ensure_ascii=False)
