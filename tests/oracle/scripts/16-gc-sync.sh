# `ctr images rm --sync` waits for the garbage collector; a plain remove leaves it a moment.
ctr images import busybox-oci.tar
ctr images rm --sync docker.io/library/busybox:latest
ctr content ls -q
ctr snapshots ls
ctr images import --snapshotter native busybox-oci.tar
ctr c create --snapshotter native docker.io/library/busybox:latest s1
ctr images rm --sync docker.io/library/busybox:latest
ctr snapshots --snapshotter native ls
ctr content ls -q
ctr c rm s1
sleep 1; ctr snapshots --snapshotter native ls
ctr snapshots prepare a
ctr snapshots commit base a
ctr snapshots view v1 base
ctr snapshots prepare keep base
ctr leases create --id l1
ctr leases rm l1
sleep 1; ctr snapshots ls
