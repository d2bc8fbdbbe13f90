# Content, snapshots, leases, plugins, version.
ctr content ls
ctr images import busybox-oci.tar
# (straight after the import the real collector may not yet have dropped a blob the import's lease held)
sleep 1; ctr content ls -q
ctr content get nope
ctr content get sha256:0000000000000000000000000000000000000000000000000000000000000000
ctr c create docker.io/library/busybox:latest b1
ctr snapshots ls
ctr snapshots tree
ctr snapshots info b1
ctr snapshots usage b1
ctr snapshots rm nope
ctr snapshots --snapshotter native ls
ctr snapshot ls
ctr leases ls
ctr leases create --id mylease
ctr leases ls -q
ctr leases rm mylease
ctr leases ls
ctr plugins ls -q
ctr plugins ls id==cri
ctr plugins ls type==io.containerd.snapshotter.v1
ctr c rm b1
ctr snapshots rm b1
ctr version --bogus
ctr version extra
ctr info
ctr foo
ctr
