# Fresh learner set (issue 14, H54): `ctr namespaces` label / remove with objects inside, `ctr leases` create with
# --id / --expires / --label then delete --sync, `ctr snapshots` prepare / view / commit / rm of a parent and
# `ctr -n` on a namespace being made and removed. Expiry values are read as labels only where they cannot race.
ctr ns create play team=a
ctr ns ls | awk '$1=="play"{print $2}'
ctr ns label play team=b extra=1
ctr ns ls | awk '$1=="play"{print $2}'
ctr ns label play team=
ctr ns ls | awk '$1=="play"{print $2}'
ctr ns label play; echo rc=$?
ctr ns label nosuchns a=1; echo rc=$?
ctr ns create play; echo rc=$?
ctr -n play i import busybox-oci.tar >/dev/null && ctr -n play i ls -q
ctr ns rm play; echo rc=$?
ctr -n play i rm --sync docker.io/library/busybox:latest
ctr ns rm play; echo rc=$?
ctr -n play content ls -q | wc -l
ctr -n play leases create --id keep1
ctr ns rm play; echo rc=$?
ctr -n play leases delete keep1
ctr ns rm play; echo rc=$?
ctr ns ls -q
ctr ns rm play; echo rc=$?
ctr ns rm; echo rc=$?
ctr ns create; echo rc=$?
ctr ns create 'bad name'; echo rc=$?
ctr ns create -- -dash; echo rc=$?
ctr leases create --id l1 --label purpose=study
ctr leases ls | awk 'NR>1{print $1, $3}'
ctr leases create --id l1; echo rc=$?
ctr leases create --id l2 --expires 1h >/dev/null && ctr leases ls | awk '$1=="l2"{print $3}' | cut -c1-19 | grep -c 'containerd.io/gc.ex'
ctr leases create --id l3 --expires 0s; echo rc=$?
ctr leases create --id l4 --expires -5m; echo rc=$?
ctr leases create --id l5 --expires soon; echo rc=$?
ctr leases ls -q | sort
ctr leases rm --sync l1 l2; echo rc=$?
ctr leases rm l1; echo rc=$?
ctr leases delete; echo rc=$?
ctr leases ls -q | sort
ctr i import busybox-oci.tar >/dev/null
ctr snapshots prepare base0 "$(ctr snapshots ls | awk 'NR>1 && $2==""{print $1}' | head -1)"; echo rc=$?
ctr snapshots prepare w1 && ctr snapshots ls | awk '$1=="w1"{print $3}'
ctr snapshots commit c1 w1 && ctr snapshots ls | awk '$1=="c1"{print $3}'
ctr snapshots prepare w2 c1
ctr snapshots view v2 c1
ctr snapshots tree | grep -E 'c1|w2|v2' | sed 's/^ *//' | sort
ctr snapshots rm c1; echo rc=$?
ctr snapshots rm w2 v2
ctr snapshots rm c1; echo rc=$?
ctr snapshots rm c1; echo rc=$?
ctr snapshots commit c2 nosuch; echo rc=$?
ctr snapshots view v3 nosuch; echo rc=$?
ctr snapshots prepare w3 && ctr snapshots commit w3 w3; echo rc=$?
ctr snapshots info w3 | grep -E '"(Kind|Name)"'
ctr snapshots rm w3 nosuch; echo rc=$?
ctr snapshots ls | awk 'NR>1{print $1}' | grep -c w3
ctr snapshots mounts /tmp/ctrlab-oracle-files/m nosuch; echo rc=$?
ctr snapshots usage nosuch; echo rc=$?
ctr snapshots label nosuch a=b; echo rc=$?
ctr --snapshotter native snapshots ls | wc -l
ctr snapshots --snapshotter native prepare nw1 && ctr snapshots --snapshotter native ls | awk 'NR>1{print $1, $3}'
ctr snapshots --snapshotter native rm nw1 && ctr snapshots --snapshotter native ls | wc -l
