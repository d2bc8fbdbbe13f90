# What containerd's garbage collector removes after images and containers go away.
ctr images import busybox-oci.tar
ctr snapshots ls
ctr c create docker.io/library/busybox:latest g1 echo still runs
ctr images rm docker.io/library/busybox:latest
sleep 1; ctr content ls -q
ctr snapshots ls
ctr t start g1
ctr run --rm docker.io/library/busybox:latest g2 true
ctr c rm g1
sleep 1; ctr snapshots ls
ctr content ls -q
ctr images import busybox-oci.tar
ctr c create --snapshotter native docker.io/library/busybox:latest g3
ctr c rm --keep-snapshot g3
# (right after the removal the kept snapshot may or may not be collected yet: a real race)
sleep 1; ctr snapshots --snapshotter native ls
ctr images rm docker.io/library/busybox:latest
sleep 1; ctr snapshots ls
ctr snapshots --snapshotter native ls
ctr content ls -q
ctr images import --no-unpack busybox-oci.tar
ctr snapshots ls
ctr images rm docker.io/library/busybox:latest
sleep 1; ctr content ls -q
