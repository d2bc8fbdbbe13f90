# Fresh learner set (issue 14, H43): the less common subcommands of snapshots (info, usage, tree, mounts,
# label, view, commit), content (label, edit-free checks, get, ls filters, active, delete) and leases (create
# flags, ids, labels, expiry forms, delete --sync), as a learner pokes at them after an import. Written
# against the real node before any fix (96/97). Every prepared snapshot and lease is removed by the lines themselves.
# Changed after the first run: the mounts line's sed rewrote every digit, the real node's directory name
# too (so it could not be mapped back); it now rewrites only the snapshot number.
ctr i import busybox-oci.tar >/dev/null
ctr snapshots ls | wc -l
ctr snapshot ls | awk 'NR>1{print $3}' | sort | uniq -c
ctr snapshots --snapshotter native ls
ctr snapshots --snapshotter '' ls | head -1
ctr snapshots --snapshotter nosuch ls
ctr snapshots prepare sp1 ''
ctr snapshots prepare sp1
ctr snapshots info sp1 | grep -E '"(Kind|Name|Parent)"'
ctr snapshots info sp1 | grep -c Labels
ctr snapshots info sp1 sp2
ctr snapshots info
ctr snapshots info nosuch
ctr snapshots mounts
ctr snapshots mounts /tmp/m
ctr snapshots mounts /tmp/m nosuch
ctr snapshots mounts /tmp/m sp1 | sed 's:/[0-9]*/fs :/N/fs :'
ctr snapshots usage sp1
ctr snapshots usage nosuch
ctr snapshots usage -b sp1
ctr snapshots usage --bogus
ctr snapshots usage | head -1
ctr snapshots label sp1
ctr snapshots label sp1 one=1 two=2
ctr snapshots info sp1 | grep -A3 Labels
ctr snapshots label sp1 one=
ctr snapshots info sp1 | grep -A3 Labels
ctr snapshots label nosuch x=1
ctr snapshots label sp1 'containerd.io/gc.root=now'
ctr snapshots info sp1 | grep gc.root
ctr snapshots tree | head -2
ctr snapshots tree extra | head -1
ctr snapshots view sv1 sp1
ctr snapshots commit sc1 nosuch
ctr snapshots commit sc1 sp1
ctr snapshots info sc1 | grep Kind
ctr snapshots info sp1
ctr snapshots commit sc1 sc1
ctr snapshots prepare sp2 sc1
ctr snapshots tree | grep -c sc1
ctr snapshots view sv2 sc1
ctr snapshots ls | grep -E 'sc1|sp2|sv2' | sort
ctr snapshots rm sc1
ctr snapshots rm sp2 sv2 sc1
ctr snapshots rm sp2
ctr snapshots rm
ctr snapshots delete nosuch; echo rc=$?
ctr snapshots remove nosuch1 nosuch2
ctr snapshots cleanup
ctr content ls | head -1
ctr content ls -q | wc -l
ctr content ls -q 'size>100'
ctr content ls -q 'labels."containerd.io/distribution.source.docker.io"'
ctr content ls 'digest~=^sha256:0' -q | wc -l
ctr content ls --bogus
ctr content ls -q nosuchfield==1
ctr content label
ctr content label sha256:0000000000000000000000000000000000000000000000000000000000000000 a=1
ctr content label nothex a=1
D=$(ctr i ls | awk 'NR==2{print $3}'); ctr content label $D tier=x; ctr content ls | grep $D | awk '{print $NF}' | tr , '\n' | grep tier
D=$(ctr i ls | awk 'NR==2{print $3}'); ctr content label $D tier=; ctr content ls | grep -c tier
D=$(ctr i ls | awk 'NR==2{print $3}'); ctr content get $D | head -c 30; echo
ctr content get
ctr content get sha256:abc
ctr content get sha256:0000000000000000000000000000000000000000000000000000000000000000
ctr content active
ctr content active -v
ctr content active --timeout 1s
ctr content delete
ctr content del sha256:0000000000000000000000000000000000000000000000000000000000000000; echo rc=$?
ctr content rm notadigest
ctr content ingest
ctr content fetch-object
ctr content push-object
ctr leases ls
ctr leases create
ctr leases create lz1 | tr -d '\n'; echo
ctr leases create lz1
ctr leases create --id lz2 --label a=1 --label b=
ctr leases ls | grep lz2 | awk '{print $1, $NF}'
ctr leases create --id lz3 --expires 0s
ctr leases create --id lz4 --expires -5m
ctr leases create --id lz5 --expires 1x
ctr leases create --id lz6 --expires=2h --label=c=3
ctr leases ls -q | sort
ctr leases ls --quiet 'id==lz2'
ctr leases ls -q 'labels.a==1'
ctr leases ls -q 'id~=lz[26]' | sort
ctr leases ls 'bogusfield==1'
ctr leases rm lz1 lz2
ctr leases rm lz1
ctr leases delete --sync lz6 lz3 lz4; echo rc=$?
ctr leases rm
ctr leases ls -q
ctr leases create --id ''
ctr leases create --id 'sp ace'
ctr leases rm 'sp ace' 2>&1; ctr leases ls -q
