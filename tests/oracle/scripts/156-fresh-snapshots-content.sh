# Fresh learner set (issue 14, H47): `ctr snapshots` chains with parents and labels built by hand, and `ctr content`
# label/get/rm/ls/prune forms, read back through pipes the way a learner checks what happened.
ctr i import busybox-oci.tar >/dev/null
ctr snapshots ls | awk 'NR>1{print $3}'
top=$(ctr snapshots ls | awk 'NR>1 && $3=="Committed"{print $1}' | tail -1); ctr snapshots prepare base-rw $top && echo ok
ctr snapshots ls | awk '$1=="base-rw"{print $3}'
ctr snapshots commit base-c base-rw; echo rc=$?
ctr snapshots ls | grep -c base-
ctr snapshots prepare child-rw base-c && ctr snapshots ls | awk '$1=="child-rw"{print $2}'
ctr snapshots prepare child-rw base-c; echo rc=$?
ctr snapshots prepare orphan nosuch-parent; echo rc=$?
ctr snapshots prepare child-rw2 base-rw; echo rc=$?
ctr snapshots view view1 base-c && ctr snapshots ls | awk '$1=="view1"{print $3}'
ctr snapshots commit view-c view1; echo rc=$?
ctr snapshots info child-rw | grep -E '"(Kind|Parent)"'
ctr snapshots info base-c | grep Kind
ctr snapshots label base-c purpose=demo
ctr snapshots label base-c purpose=demo x=1 | sort
ctr snapshots info base-c | grep -A3 '"Labels"'
ctr snapshots label base-c purpose=
ctr snapshots info base-c | grep -c purpose
ctr snapshots label nosuch a=b; echo rc=$?
ctr snapshots label base-c; echo rc=$?
ctr snapshots tree | grep -c base-c
ctr snapshots tree | grep -A2 base-c | sed 's/sha256:[0-9a-f]*/sha256:X/'
ctr snapshots rm base-c; echo rc=$?
ctr snapshots rm view1 child-rw
ctr snapshots rm base-c && ctr snapshots ls | grep -c base
ctr snapshots rm nosuch; echo rc=$?
ctr snapshots rm; echo rc=$?
ctr snapshots usage base-rw | awk 'NR>1{print $1}'
ctr snapshots usage | awk 'NR==1'
ctr snapshots mounts /tmp/ctrlab-oracle-files/m base-rw | grep -c 'mount -t'
ctr snapshots mounts /tmp/m nosuch; echo rc=$?
ctr snapshots diff base-rw | head -1 | cut -c1-7
ctr snapshots diff nosuch; echo rc=$?
ctr snapshots --snapshotter native ls | wc -l
ctr snapshots --snapshotter nosuch ls; echo rc=$?
ctr snapshots rm base-rw; ctr snapshots ls | awk 'NR>1{print $3}' | sort | uniq -c
ctr content ls -q | wc -l
ctr content ls | head -1
ctr content ls | awk 'NR>1{print $2}' | sort -n | tail -1
d=$(ctr content ls -q | head -1); ctr content label $d demo=yes && ctr content ls | grep -c demo=yes
d=$(ctr content ls -q | head -1); ctr content label $d demo=yes other=2 && ctr content ls | grep $d | awk '{print $NF}'
d=$(ctr content ls -q | head -1); ctr content label $d demo= && ctr content ls | grep -c demo=
ctr content label sha256:0000000000000000000000000000000000000000000000000000000000000000 a=b; echo rc=$?
ctr content label notadigest a=b; echo rc=$?
ctr content label; echo rc=$?
ctr content get sha256:0000000000000000000000000000000000000000000000000000000000000000; echo rc=$?
ctr content get nope; echo rc=$?
m=$(ctr i ls | awk 'NR>1{print $3}'); ctr content get $m | head -c 40; echo
m=$(ctr i ls | awk 'NR>1{print $3}'); ctr content get $m | sha256sum | cut -c1-12; echo $m | cut -c8-19
ctr content ls 'labels."containerd.io/gc.ref.content.m.0"' -q | wc -l
ctr content ls size==0; echo rc=$?
ctr content rm sha256:0000000000000000000000000000000000000000000000000000000000000000; echo rc=$?
ctr content rm; echo rc=$?
ctr content prune references --dry; echo rc=$?
ctr content prune references; echo rc=$?
ctr content prune; echo rc=$?
ctr content active
ctr content active -q; echo rc=$?
ctr content edit; echo rc=$?
ctr content edit nope; echo rc=$?
m=$(ctr i ls | awk 'NR>1{print $3}'); ctr content edit --validate nosuch $m; echo rc=$?
