# Parameter expansion in busybox sh: lengths, defaults and assignment, pattern removal and replacement, substrings, and the unset-parameter errors that end the shell.
ctr images import busybox-oci.tar
ctr run --rm docker.io/library/busybox:latest p1 sh -c 'v=hello.tar.gz; echo ${#v} ${v%.*} ${v%%.*} ${v#*.} ${v##*.} ${v/l/L} ${v//l/L} ${v:1:3} ${v:-x}'
ctr run --rm docker.io/library/busybox:latest p2 sh -c 'v=hello.tar.gz; e=; echo "[${#e}] [${u:=set}] [$u] [${v:2}] [${v: -3}] [${v:1:-2}] [${v/#h/H}] [${v/%gz/xz}] [${v/l}] [${v#"he"}] [${v%.[a-z]*}]"'
ctr run --rm docker.io/library/busybox:latest p3 sh -c 'echo ${u:?oops}; echo after'
ctr run --rm docker.io/library/busybox:latest p4 sh -c 'echo ${u?}; echo after'
ctr run --rm docker.io/library/busybox:latest p5 sh -c 'v=abc; echo ${v:5} ${v:1:0}x ${#}'
ctr run --rm docker.io/library/busybox:latest p6 sh -c 'x=a/b/c; echo ${x##*/} ${x%/*} ${x//\//-} ${y:-${x}} "${y:-a  b}" ${x:+set}'
ctr run --rm docker.io/library/busybox:latest p7 sh -c 'set -- a b c; echo ${#1} ${#@} ${2:-none} ${9:-none}; f=/etc/nginx/conf.d/default.conf; echo ${f##*/} ${f%.conf}.bak ${f#/etc/}'
ctr c ls
