# containerd 1.6.20's filter grammar (filters/parser.go, scanner.go, quote.go): /…/ and |…| quoted
# regular expressions after ~=, != and ~= on missing fields, parse errors, and each ls's adaptor fields.
ctr i import busybox-oci.tar
ctr i import nginx-docker.tar
ctr i ls -q 'name~=/nginx:/'
ctr i ls -q 'name~=|busy.*|'
ctr i ls -q 'name~="nginx"'
ctr i ls -q name~=nginx
ctr i ls -q 'name==docker.io/library/busybox:latest|name~=nginx'
ctr i ls -q 'name!=docker.io/library/busybox:latest'
ctr i ls -q 'name~=/[/'
ctr i ls -q 'name==/nginx/'
ctr i ls -q 'name~=/nginx'
ctr i ls -q 'name=="docker.io/library/nginx:alpine"'
ctr i ls -q "name=='x'"
ctr i ls -q 'name=~nginx'
ctr i ls -q 'name===x'
ctr i ls -q 'name == docker.io/library/busybox:latest'
ctr i ls -q 'labels.x!=""'
ctr i ls -q 'name~=nginx,name~=busybox'
ctr i ls -q 'name~=nginx' 'name~=busybox'
ctr i ls -q '.name'
ctr i ls -q 'na-me==x'
ctr i ls -q '"name"==docker.io/library/busybox:latest'
ctr i ls -q 'name==a b'
ctr i ls -q 'name~="\d"'
ctr i ls -q 'name~=/\//'
ctr c create --label a=b docker.io/library/busybox:latest c1
ctr c ls -q 'labels.a~=/b/'
ctr c ls -q 'image~=/busybox/'
ctr c ls -q 'id~=|c.|'
ctr content ls -q 'labels."containerd.io/gc.ref.content.l.0"~=/sha256/'
ctr leases ls -q 'id~=/x/'
ctr plugins ls 'type~=/snapshotter/'
ctr c ls snapshotter==overlayfs
ctr c ls -q snapshotter==overlayfs
ctr c ls -q runtime.name~=/runc/
ctr c ls -q runtime==io.containerd.runc.v2
ctr c rm c1
ctr i ls -q 'name~=/busybox$/'
ctr i ls -q 'name~="(?i)BUSYBOX"'
ctr i ls -q 'name~=/(?=x)/'
ctr i ls -q 'name~=/\x41/'
ctr i ls -q 'name~=/\101/'
ctr i ls -q 'name~=/\777/'
ctr i ls -q 'name~=/\u00e9/'
ctr i ls -q 'name==é'
ctr i ls -q 'é==x'
ctr i ls -q 'name==x,'
ctr i ls -q ',name==x'
ctr i ls -q 'name==x,,'
ctr i ls -q 'name=='
ctr i ls -q 'name==,'
ctr i ls -q 'name==.x'
ctr i ls -q 'labels'
ctr i ls -q 'labels.'
ctr i ls -q 'labels..a'
ctr i ls -q '|name|==x'
ctr i ls -q '"na\me"==x'
ctr i ls -q 'name~=|a'
ctr i ls -q 'name~="a\"b"'
ctr i ls -q 'name==`x`'
ctr i ls -q 'name!=' 
ctr i ls -q '' 'name==x'
ctr i ls -q 'target.mediatype~=/oci/'
ctr i ls -q 'target.digest~=/^sha256:/'
ctr i ls -q 'size==1'
ctr content ls -q 'size~=/./'
ctr content ls -q 'digest~=/^sha256:0/' 'digest~=/^sha256:1/'
ctr i ls -q 'name ~= /busy/'
ctr i ls -q 'name~=/busy/ '
ctr i ls -q ' name~=/busy/'
ctr i ls -q 'name~=/a/b'
ctr i ls -q 'name!~x'
ctr i ls -q 'name~=[unclosed'
ctr i ls -q 'name~=busy,labels.x!=y'
ctr leases create --id l-1 --label a=1
ctr leases ls -q 'id~=/^l-/'
ctr leases ls -q 'labels.a~=|1|'
ctr leases ls -q 'labels.a!=1'
ctr leases rm l-1
ctr ns create n1 ; ctr ns ls -q
ctr ns rm n1
