# Writes cases.json for main.go: the hand-picked cases (run from this directory).
import json
C=[]
def j(t, data=None, **kw):
    c={"t":t}
    if data is not None: c["data"]=data
    c.update(kw); C.append(c)
def s(t, **kw):
    c={"t":t,"mode":"struct"}; c.update(kw); C.append(c)
def d(t, data=None, **kw):
    j(t, data, funcs="docker", **kw)
D={"A":1,"S":"str","F":1.5,"Big":1e21,"Small":1e-7,"Mil":1e6,"T":True,"Z":0,"E":"","N":None,
   "L":["a","b","c"],"EL":[],"M":{"b":2,"a":1,"c":{"x":"y"}},"EM":{},"Nums":[3,1,2],
   "State":{"Status":"running","Pid":42,"Health":None},"HTML":"<a&b>","Names":["/web","/db"],
   "Labels":{"com.example.k":"v","z":"last","a":"first"},"U":"héllo wörld","Q":"say \"hi\"\n"}
# text, trimming, comments
for t in ["hello","{{\"a\"}}","a {{- \"b\"}} c","a {{- \"b\" -}} c","a  \n {{- 3 -}} \n b","{{- 3}}","{{3 -}}",
          "{{/* comment */}}x","{{- /* comment */ -}} x","a{{/* c */ -}}  b","{{ /* c */ }}","{{/* c */ 3}}","{{/* unclosed",
          "{{-3}}","{{- -3}}","{{3-}}","{{3 - }}","x{{-\n3}}","{{.A\n}}","{{\n.A\n}}"]:
    j(t,D)
# fields, maps, missing
for t in ["{{.A}}","{{.S}}","{{.Missing}}","{{.Missing.Deeper}}","{{.N}}","{{.N.X}}","{{.M}}","{{.M.a}}","{{.M.c.x}}","{{.M.zz}}",
          "{{.L}}","{{.EL}}","{{.EM}}","{{.F}} {{.Big}} {{.Small}} {{.Mil}} {{.Z}}","{{.T}}","{{.State.Status}}","{{.State.Health}}",
          "{{.State.Health.Status}}","{{.S.X}}","{{.L.X}}","{{.}}","{{.State}}","{{.A.B.C}}","{{$}}","{{$.A}}","{{$.State.Pid}}",
          "{{.A 1}}","{{.M.a 1}}","{{. 1}}","{{1 2}}","{{\"x\" .A}}","{{nil}}","{{true}}","{{.Labels}}","{{.U}}","{{.Q}}"]:
    j(t,D)
j("{{.Missing}}",D,opt="missingkey=error"); j("{{.Missing}}",D,opt="missingkey=zero"); j("{{.M.zz}}",D,opt="missingkey=zero")
j("{{.Missing.X}}",D,opt="missingkey=error"); j("{{.A}}")
j("{{.A}}",None); j("{{.}}",None); j("{{.}}",[1,2]); j("{{.}}","str"); j("{{.}}",3.25); j("{{.}}",True)
# variables
for t in ["{{$x := 1}}{{$x}}","{{$x := .A}}{{$x = 5}}{{$x}}","{{$x}}","{{$x := 1}}{{if true}}{{$x = 2}}{{end}}{{$x}}",
          "{{if true}}{{$y := 1}}{{end}}{{$y}}","{{$x := .M}}{{$x.a}}","{{$ := 3}}{{$}}","{{$x, $y := 1}}","{{$x := 1}}{{$x 2}}",
          "{{with $x := .S}}{{$x}}{{.}}{{end}}","{{$x = 1}}","{{range $i, $e := .L}}{{$i}}:{{$e}} {{end}}","{{range $e := .L}}{{$e}}{{end}}",
          "{{range $i, $e, $f := .L}}{{end}}","{{range $i := .M}}{{$i}}{{end}}","{{range $k, $v := .M}}{{$k}}={{$v}};{{end}}",
          "{{range $k,$v := .Labels}}{{$k}}={{$v}},{{end}}","{{$a := 1}}{{$b := 2}}{{$a}}{{$b}}"]:
    j(t,D)
# control
for t in ["{{if .T}}yes{{end}}","{{if .Z}}yes{{else}}no{{end}}","{{if .E}}a{{else if .S}}b{{else}}c{{end}}","{{if .E}}a{{else if .Z}}b{{else}}c{{end}}",
          "{{if .Missing}}a{{else}}b{{end}}","{{if .EL}}a{{else}}b{{end}}","{{if .EM}}a{{else}}b{{end}}","{{if .M}}a{{end}}","{{if .State}}st{{end}}",
          "{{with .S}}{{.}}{{end}}","{{with .E}}x{{else}}empty{{end}}","{{with .State}}{{.Status}}/{{$.A}}{{end}}",
          "{{range .L}}{{.}}{{end}}","{{range .EL}}x{{else}}none{{end}}","{{range .M}}{{.}},{{end}}","{{range .Missing}}x{{else}}none{{end}}",
          "{{range .A}}x{{end}}","{{range .S}}x{{end}}","{{range .N}}x{{end}}","{{range .L}}{{if eq . \"b\"}}{{break}}{{end}}{{.}}{{end}}",
          "{{range .L}}{{if eq . \"b\"}}{{continue}}{{end}}{{.}}{{end}}","{{break}}","{{range .L}}{{break 1}}{{end}}","{{if true}}{{continue}}{{end}}",
          "{{range .L}}{{.}}{{else}}{{end}}","{{range .Nums}}{{.}}{{end}}","{{if}}{{end}}","{{if true}}","{{end}}","{{else}}","{{if true}}{{else}}{{else}}{{end}}",
          "{{with .S}}a{{else if .T}}b{{end}}","{{range .L}}{{range $.Nums}}{{.}}{{end}}|{{end}}","{{if 1}}{{end}}{{end}}",
          "{{range .M.c}}{{.}}{{end}}","{{if .T}}\n  x\n{{- end}}"]:
    j(t,D)
# define/template/block
for t in ['{{define "x"}}X{{.}}{{end}}{{template "x" .A}}','{{template "y"}}','{{define "x"}}a{{end}}{{define "x"}}b{{end}}',
          '{{block "b" .S}}[{{.}}]{{end}}','{{define "r"}}{{if .}}{{template "r" false}}R{{end}}{{end}}{{template "r" true}}',
          '{{define "x"}}{{.}}{{end}}{{template "x"}}','{{template .A}}','{{define x}}{{end}}','{{define "a"}}{{$}}{{end}}{{$v := 1}}{{template "a" 2}}',
          '{{define "a"}}{{$v}}{{end}}','{{template "x" 1 2}}','{{define "x"}}{{.Missing.Y}}{{end}}{{template "x" .}}',
          '{{define "t"}}T{{end}}']:
    j(t,D)
# builtins
for t in ['{{len .L}}','{{len .M}}','{{len .S}}','{{len .U}}','{{len .A}}','{{len .Missing}}','{{len .N}}','{{len}}','{{len 1 2}}',
          '{{index .L 1}}','{{index .L 3}}','{{index .L 5}}','{{index .L -1}}','{{index .M "a"}}','{{index .M "zz"}}','{{index .M 1}}',
          '{{index .Missing 1}}','{{index .N 1}}','{{index .L "a"}}','{{index .S 0}}','{{index .L}}','{{index .A 1}}','{{index .M.c "x"}}','{{index .L 1.5}}',
          '{{index .Labels "com.example.k"}}','{{slice .S 1 2}}','{{slice .L 1}}','{{slice .L 2 1}}','{{slice .S 1 2 3}}','{{slice .A 1}}',
          '{{not .T}}','{{not .E}}','{{not 0}}','{{and 1 2}}','{{and 0 2}}','{{or 0 ""}}','{{or 0 "x"}}','{{and}}','{{or .E .S}}','{{and .T .Missing.X}}',
          '{{and .T (index .L 9)}}','{{or .T (index .L 9)}}','{{print 1 2 "a" "b" 3}}','{{print}}','{{print .Missing}}','{{println 1 "a"}}','{{print nil}}',
          '{{printf "%d" 1}}','{{printf "%s" .Missing}}','{{printf "%v" .Missing}}','{{printf "%d" "x"}}','{{printf "%d %d" 1}}','{{printf "%d" 1 2}}',
          '{{printf "%5.1f|%-8s|%08.3f|%x|%X|%o|%b|%c|%q|%U" 3.14159 "ab" 2.5 255 255 8 5 65 "q" 0x1F600}}','{{printf "%v %v %v" .L .M .State}}',
          '{{printf "%+v" .State}}','{{printf "%T %T %T %T" 1 .F .S .L}}','{{printf "%q" .L}}','{{printf "%s" .L}}','{{printf "%d" .Nums}}',
          '{{printf "%e %E %g %G" 123456.789 0.000123 1e-7 1e21}}','{{printf "%.2e %.3g %.10g" 1234.5678 1234.5678 1.0}}','{{printf "%6.2f%%" 99.5}}',
          '{{printf "%t %v" true false}}','{{printf "%x" "hi"}}','{{printf "% x" "hi"}}','{{printf "%#x %#o %#b" 255 8 5}}','{{printf "%+d % d" 5 5}}',
          '{{printf "%*d|%-*d" 5 1 4 2}}','{{printf "%[2]d %[1]d" 1 2}}','{{printf "%!"}}','{{printf "%"}}','{{printf "%z" 1}}','{{printf "%.3s" "abcdef"}}',
          '{{printf "%5t" true}}','{{printf "%05d" -42}}','{{printf "%-05d|" 42}}','{{printf "%x" -255}}','{{printf "%v" 1e20}}','{{printf "%v" 123456789.0}}',
          '{{printf "%v" 0.0001}}','{{printf "%v" 0.00001}}','{{printf "%f" 1e22}}','{{printf "%.1f %.0f %.0f" 0.25 0.5 1.5}}','{{printf "%s" 3}}','{{printf "%d" 3.5}}',
          '{{printf "%s" true}}','{{printf "%10.4v|" 3.14159265}}','{{printf "%c" "x"}}','{{printf "%q" 65}}','{{printf "%#q" "a`b"}}','{{printf "%#q" "ab"}}',
          '{{printf "%+q" "héllo"}}','{{printf 3}}','{{printf}}','{{printf "%v" .N}}','{{printf "%d" .N}}','{{printf "%s" .State.Health}}','{{printf "%v" .EM}}',
          '{{html "<a href=\\"x\\">&\'"}}','{{html .Missing}}','{{html 1 2}}','{{js "a\'b\\"c<>&=\\n\\u00e9\\u2028"}}','{{urlquery "a b&c=d/é"}}','{{urlquery 1 "x"}}',
          '{{eq 1 1}}','{{eq 1 2 3 1}}','{{eq "a" "a"}}','{{eq 1 "a"}}','{{eq .A 1}}','{{eq .A 1.0}}','{{eq .S "str"}}','{{eq .Missing "x"}}','{{eq .Missing .Missing2}}',
          '{{eq .L .L}}','{{eq .M 1}}','{{eq 1}}','{{eq .N nil}}','{{eq nil nil}}','{{eq .State.Status "running"}}','{{ne 1 2}}','{{ne "a" "a"}}','{{ne 1 "a"}}',
          '{{lt 1 2}}','{{lt 2 1}}','{{lt "a" "b"}}','{{lt 1 1.5}}','{{lt 1.5 2.5}}','{{lt true false}}','{{lt .L .L}}','{{le 1 1}}','{{gt 2 1}}','{{ge 1 2}}',
          '{{gt "b" "a"}}','{{lt .Missing 1}}','{{lt -1 0}}','{{eq 0x10 16}}','{{eq \'a\' 97}}','{{print \'a\'}}','{{print 1.0 2.50 0x10 1e3 -0 +5 0b101 0o17 1_000}}',
          '{{call .Missing}}','{{call .A}}','{{call 1}}','{{print 9223372036854775807}}','{{print 9223372036854775808}}','{{print 99999999999999999999}}','{{print 1e400}}',
          '{{print 0x1p-2}}','{{print 1i}}','{{print 08}}','{{print 1.2.3}}','{{print 3x}}','{{print \'ab\'}}','{{print \'\'}}','{{print "\\z"}}','{{print "a\\tb\\x41\\u00e9"}}',
          '{{print `raw\\n`}}','{{print "unterminated}}','{{print `unterminated}}','{{print \'x}}']:
    j(t,D)
# parse errors
for t in ['{{.A}','{{','{{.A','{{.A}}}}','{{}}','{{ }}','{{foo}}','{{foo 1}}','{{.A | foo}}','{{(1}}','{{1)}}','{{(1) 2}}','{{.A.}}','{{.A..B}}',
          '{{$x.}}','{{"a".B}}','{{1.B}}','{{nil.B}}','{{(.M).a}}','{{(.M).zz}}','{{(nil).A}}','{{.A | 1}}','{{.A | "x"}}','{{1 | .A}}','{{.L | len}}','{{.A | printf "%d-%s" "x"}}',
          '{{.S | printf "%s|%s" "a"}}','{{. | print}}','{{$x := 1 | 2}}','{{if}}','{{range}}','{{with}}','{{range .L}}{{end','{{if .A}}x','{{define "a"}}','{{template}}',
          '{{template "a" | }}','{{@}}','{{.A @}}','{{ .A\u00e9 }}','{{\u00e9}}','{{#}}','{{.A=1}}','{{$x = }}','{{:}}','{{:=}}','{{$x :}}','{{,}}','{{.A,}}','{{else if}}',
          '{{range $x, := .L}}{{end}}','{{range $x, 1}}{{end}}','{{with $x, $y := .L}}{{end}}','{{x := 1}}','{{a\tb}}','{{)}}','{{((1)}}','{{.A\x01}}',
          'line1\n{{.A}\nline3','line1\n{{if .A}}\n\n{{.B\n','{{"\n"}}','{{/*}}','{{/* */ }}x','a\n\nb{{.A}','{{block}}','{{block "x"}}{{end}}',
          '{{define "x" 1}}{{end}}','{{define "x"}}{{else}}{{end}}','{{template "x" 1}}{{define "x"}}{{.}}{{end}}']:
    j(t,D)
# struct mode
for t in ['{{.ID}}','{{.Upper}}','{{.Label "a"}}','{{.Label}}','{{.Label "a" "b"}}','{{.Fail}}','{{.Missing}}','{{.Inner.Missing}}','{{.P.Missing}}',
          '{{.NilP}}','{{.NilP.Name}}','{{.NilP.Missing}}','{{.P}}','{{.P.Name}}','{{.Inner}}','{{.Inner.Hello "me"}}','{{.M}}','{{.M.zz}}','{{.Empty.zz}}',
          '{{index .Empty "zz"}}','{{index .M "zz"}}','{{.Nil}}','{{len .Nil}}','{{range .Nil}}x{{else}}nil{{end}}','{{.Names}}','{{.F}} {{.Count}} {{.B}}',
          '{{.Any}}','{{.L}}','{{printf "%v|%+v" .Inner .Inner}}','{{.Fn}}','{{call .Fn "x"}}','{{call .Fn}}','{{call .Upper}}','{{.ID 1}}',
          '{{.Count | printf "%03d"}}','{{eq .Count 3}}','{{eq .F 1.5}}','{{lt .Count 4}}','{{range .Ints}}{{.}}{{end}}','{{index .Ints 1}}','{{len .Ints}}',
          '{{.Inner.N}}','{{with .P}}{{.Name}}{{end}}','{{if .NilP}}y{{else}}n{{end}}','{{.M.a}}','{{printf "%s" .NilP}}','{{printf "%d" .Inner}}','{{eq .Inner .Inner}}',
          '{{eq .P .P}}','{{.Inner.Name.X}}','{{.Names.X}}','{{$.ID}}','{{json .ID}}']:
    s(t)
for t in ['{{json .Inner}}','{{json .}}','{{json .M}}','{{upper .ID}}','{{upper .Count}}','{{join .Names ","}}','{{truncate .ID 3}}','{{pad .ID 1 2}}']:
    s(t, funcs="docker")
# docker funcs with json data
for t in ['{{json .}}','{{json .HTML}}','{{json .F}} {{json .Big}} {{json .Small}} {{json .Mil}} {{json .A}}','{{json .L}}','{{json .EL}}','{{json .M}}','{{json .N}}',
          '{{json .Missing}}','{{json .U}}','{{json .Q}}','{{json "\\u2028\\u0001\\b\\f"}}','{{split "a,b,c" ","}}','{{split "abc" ""}}','{{join (split "a b" " ") "-"}}',
          '{{join .L ","}}','{{join .Missing ","}}','{{join .Names ","}}','{{title "hello wORLD-foo_bar x.y"}}','{{lower "ÀB"}}','{{upper "straße"}}','{{pad "x" 2 3}}|',
          '{{pad "" 2 3}}|','{{pad .S 1 1}}','{{truncate "abcdef" 3}}','{{truncate "ab" 3}}','{{truncate "héllo" 2}}','{{truncate .S -1}}','{{upper 1}}','{{upper .A}}',
          '{{upper .Missing}}','{{upper .N}}','{{truncate "abc" "x"}}','{{truncate "abc" .A}}','{{pad "a" 1}}','{{split "a"}}','{{.State.Status | upper}}',
          '{{range .Names}}{{. | truncate 2}}{{end}}','{{json .State}}','{{join .Nums ","}}','{{lower .S | title}}']:
    d(t,D)
json.dump(C, open('cases.json','w'), indent=1, ensure_ascii=False)
print(len(C))
# ---- encoding/json ----
def m(data, **kw):
    c={"t":"","mode":"marshal","data":data}; c.update(kw); C.append(c)
nums=[0,1,-1,1.5,0.1,1/3,1e20,1e21,1.5e21,123456789012345678,1e-6,1e-7,1.23e-7,5e-324,1.7976931348623157e308,100,9007199254740993,2**63,-2.5e-10,3.0e15,12345.678]
m(nums)
strs=["plain","<a href='x'>&amp;</a>","\u2028\u2029","".join(chr(i) for i in range(0,32))+"\x7f","é ü 中文 😀","quote\" back\\ slash/","\ufffd"]
m(strs); m(strs, nohtml=True)
doc={"Id":"abc","State":{"Status":"running","Running":True,"Pid":42,"Health":None},"Labels":{"z":"1","a":"2","B":"3","_":"4","é":"5","a.b":"6"},
     "Empty":{},"List":[],"Nested":[[],[{}],{"x":[1,{"y":None}]}],"Html":"<&>"}
m(doc); m(doc, indent="  "); m(doc, indent="    ", prefix=">"); m(doc, indent="\t"); m(doc, nohtml=True); m(doc, nohtml=True, indent="  ")
m([]); m({}); m(None); m(True); m("x"); m(1e6, indent="  "); m([[]], indent=" ")
# ---- docker formatter ----
rows=[{"ID":"3f2a1b9c8d7e","Image":"nginx:latest","Command":"\"/docker-entrypoint.…\"","Names":"web","Status":"Up 2 minutes","Ports":"0.0.0.0:8080->80/tcp","Size":"1.09kB","Labels":"a=b,c=d","Mounts":""},
      {"ID":"9a8b7c6d5e4f","Image":"busybox","Command":"\"sh\"","Names":"a_very_long_container_name_here","Status":"Exited (0) 5 seconds ago","Ports":"","Size":"0B","Labels":"","Mounts":"vol1"}]
H={"ID":"CONTAINER ID","Image":"IMAGE","Command":"COMMAND","Names":"NAMES","Status":"STATUS","Ports":"PORTS","Size":"SIZE","Labels":"LABELS","Mounts":"MOUNTS"}
def tb(fmt, rws=rows, hdr=H): C.append({"t":fmt,"mode":"table","rows":rws,"header":hdr})
for f in [r"table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}", r"table {{.ID}}\t{{.Names}}", "table {{.ID}}", r"{{.ID}}\t{{.Names}}",
          "{{.Names}}", r"table {{.Names}}\t{{.Size}}", r"table   {{.Names}}  ", r"table {{.Names}}\t{{upper .Image}}\t{{json .Ports}}", r"table {{.Missing}}\t{{.ID}}",
          r"table {{.ID}}\n{{.Names}}", "table", "", r"table {{.ID}}\t{{.Foo", r"table {{.ID}}\t{{index .Labels 0}}", r"table {{.ID | truncate 4}}\t{{pad .Names 1 1}}",
          r"{{json .}}", r"table {{json .}}", r"table {{.Names}}:{{.Status}}", r"table {{lower .Names}}\t{{title .Status}}\t{{split .Labels \",\"}}", r"tablex {{.ID}}",
          r"table {{.Labels}}\t{{.Mounts}}\t{{.ID}}"]:
    tb(f)
tb(r"table {{.ID}}\t{{.Names}}", [], H); tb("{{.ID}}", [], H)
json.dump(C, open('cases.json','w'), indent=1, ensure_ascii=False)
print(len(C))
# ---- docker-inspect-like templates on JSON data (the raw-fallback shape) ----
I={"Id":"4f6e0c5b2a1d3e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f","Name":"/web","State":{"Status":"running","Running":True,"Pid":4242,"ExitCode":0,"StartedAt":"2026-12-05T01:02:03.456789Z"},
   "Config":{"Env":["PATH=/usr/bin","A=1"],"Labels":{"com.docker.compose.project":"demo","maintainer":"NGINX <docker-maint@nginx.com>"},"Cmd":["nginx","-g","daemon off;"],"ExposedPorts":{"80/tcp":{}}},
   "HostConfig":{"RestartPolicy":{"Name":"always","MaximumRetryCount":0},"Memory":0,"NanoCpus":1500000000},
   "NetworkSettings":{"IPAddress":"172.17.0.2","Ports":{"80/tcp":[{"HostIp":"0.0.0.0","HostPort":"8080"},{"HostIp":"::","HostPort":"8080"}],"443/tcp":None},
                      "Networks":{"bridge":{"IPAddress":"172.17.0.2","Gateway":"172.17.0.1","MacAddress":"02:42:ac:11:00:02"}}},
   "Mounts":[{"Type":"volume","Source":"/var/lib/docker/volumes/v/_data","Destination":"/data","RW":True},{"Type":"bind","Source":"/srv","Destination":"/srv","RW":False}]}
for t in ['{{.Id}}','{{.Name}}','{{.State.Status}}','{{.State.Pid}}','{{.State.Running}}','{{.State.StartedAt}}','{{.NetworkSettings.IPAddress}}',
          '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}','{{range $k, $v := .NetworkSettings.Networks}}{{$k}}: {{$v.Gateway}}{{end}}',
          '{{range $p, $conf := .NetworkSettings.Ports}}{{$p}} -> {{(index $conf 0).HostPort}} {{end}}','{{range $p, $conf := .NetworkSettings.Ports}}{{$p}}={{$conf}};{{end}}',
          '{{(index (index .NetworkSettings.Ports "80/tcp") 0).HostPort}}','{{index .Config.Labels "com.docker.compose.project"}}','{{.Config.Labels.maintainer}}',
          '{{json .Config.Labels}}','{{json .Config}}','{{.Config.Env}}','{{join .Config.Env ","}}','{{range .Config.Env}}{{println .}}{{end}}','{{.Config.Cmd}}',
          '{{.HostConfig.RestartPolicy.Name}}','{{.HostConfig.NanoCpus}}','{{printf "%.0f" .HostConfig.NanoCpus}}','{{.HostConfig.Memory}}','{{printf "%.12s" .Id}}',
          '{{slice .Id 0 12}}','{{len .Mounts}}','{{range .Mounts}}{{.Source}}:{{.Destination}} {{end}}','{{range $i, $m := .Mounts}}{{if $i}}, {{end}}{{$m.Type}}{{end}}',
          '{{range .Mounts}}{{if .RW}}rw{{else}}ro{{end}} {{end}}','{{range .Mounts}}{{$.Name}}{{end}}','{{with index .Config.Labels "x"}}{{.}}{{else}}none{{end}}',
          '{{if .State.Running}}up{{else}}down{{end}}','{{.Name | printf "%s"}}','{{lower .Name}}','{{.State.ExitCode | printf "%d"}}','{{eq .State.ExitCode 0}}',
          '{{eq .State.Status "running"}}','{{.NetworkSettings.Ports}}','{{json .Mounts}}','{{json .NetworkSettings.Ports}}','{{.Config.ExposedPorts}}',
          '{{range $p, $_ := .Config.ExposedPorts}}{{$p}} {{end}}','{{.Missing.Deep.Er}}','{{index .NetworkSettings.Ports "443/tcp"}}','{{.State.Pid | len}}',
          "{{.Id | truncate 12}}","{{upper (slice .Id 0 4)}}","{{range .Config.Cmd}}{{.}}|{{end}}","{{split .NetworkSettings.IPAddress \".\"}}","{{title .State.Status}}",
          "{{define \"m\"}}{{.Type}}@{{.Destination}}{{end}}{{range .Mounts}}{{template \"m\" .}};{{end}}","{{- range .Mounts }}\n  {{ .Destination }}\n{{- end }}"]:
    d(t,I)
    d(t,I,opt="missingkey=error")
json.dump(C, open('cases.json','w'), indent=1, ensure_ascii=False)
print(len(C))
# ---- fmt corners ----
F={"F":[0.1,2.5,-3.75,1e-5,123456789.125,1e300,-0.0,5e-324],"I":[0,-7,255,65,9007199254740993],"S":["","a","héllo","tab\there"]}
for t in ['{{range .F}}{{printf "%v|%g|%e|%.3f|%8.2f|%-8.1e|%G|%.0g|%.15g" . . . . . . . . .}}\n{{end}}',
          '{{range .I}}{{printf "%v|%d|%5d|%-5d|%05d|%x|%X|%#x|%o|%#o|%b|%c|%q|%U|%#U|%+d|% d" . . . . . . . . . . . . . . . . .}}\n{{end}}',
          '{{range .S}}{{printf "%v|%s|%q|%10s|%-10s|%.2s|%x|% X|%#q|%+q|%010s" . . . . . . . . . . .}}\n{{end}}',
          '{{printf "%t|%5t|%-6t|%v" true false true false}}','{{printf "%v %v" .F .I}}','{{printf "%d" .F}}','{{printf "%s" .I}}','{{printf "%6.2v" .F}}',
          '{{printf "%x" 1.5}}','{{printf "%p" 1}}','{{printf "%v" (slice .S 1 3)}}','{{printf "%08.3f|%+.2e|%+v" -1.5 12345.678 3}}','{{printf "%3c|%-3c|" 65 66}}',
          '{{printf "%.3q" "abcdef"}}','{{printf "%5.1q" "abc"}}','{{printf "%#v" 1}}','{{printf "%#v" "s"}}','{{printf "%T" .F}}','{{printf "%v" nil}}','{{printf "%s" nil}}',
          '{{printf "%d %%d %d" 1 2}}','{{printf "%[3]d %d" 1 2}}','{{printf "%[0]d" 1}}','{{printf "%.*f" 2 3.14159}}','{{printf "%*s|" -6 "ab"}}','{{printf "%-*s|" 6 "ab"}}',
          '{{printf "%.f" 2.5}}','{{printf "%5.f|" 3.5}}','{{printf "%e" 0.0}}','{{printf "%g" 100000.0}}','{{printf "%g" 1000000.0}}','{{printf "%.3g" 0.0001234}}',
          '{{printf "%v" 0.000001}}','{{printf "%v" 1e-7}}','{{printf "%.2f" 1.005}}','{{printf "%.1f" 0.05}}','{{printf "%.0f" 0.5}}','{{printf "%.0f" -0.5}}','{{printf "%.3e" 9.9995}}',
          '{{print 1 2}} {{print "a" 1 2 "b"}} {{print 1.5 true nil}}','{{println}}','{{println 1 2 nil}}','{{print .F}}','{{print (index .S 2)}}','{{len (index .S 2)}}','{{index (index .S 2) 1}}',
          '{{html "é<"}}','{{js "é\\u0000\\u007f"}}','{{urlquery "é ~-_."}}','{{html}}','{{js}}','{{urlquery}}','{{print "a" | printf "%s-%s" "b"}}','{{"x" | html}}']:
    j(t,F)
json.dump(C, open('cases.json','w'), indent=1, ensure_ascii=False)
print(len(C))
for t in ['{{printf "%#v|%#v|%#v|%#v" 1.0 1e6 2.5 "q"}}','{{printf "%#g|%#.3g|%#e|%#f|%#x" 1.0 2.0 3.0 4.0 5.0}}','{{printf "%#o|%#x" 1.5 "hi"}}','{{printf "%+.1e|%+v|%+s" 1.0 -2.0 "s"}}']:
    j(t,F)
json.dump(C, open('cases.json','w'), indent=1, ensure_ascii=False)
print(len(C))
