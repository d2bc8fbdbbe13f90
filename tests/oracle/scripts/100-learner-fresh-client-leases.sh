# Fresh learner probe (helper H23, issue 14): what the Go client's temporary lease (client.WithLease in containerd
# 1.6.20: client.Import, NewContainer, Fetch, image.Unpack, task.Checkpoint, converter.Convert; ctr's own pull, tag
# and snapshots diff) leaves behind. The lease is deleted when the call returns, failed or not, and a deleted lease
# marks the store dirty: the collector runs a moment later and takes a view nothing holds (ctr snapshots view sets no
# gc.root label). A plain `ctr leases create` deletes nothing and takes nothing. The lease also makes its namespace,
# even when the call then fails. Each step waits: the collector runs at the scheduler's next tick after a deletion
# (gc/scheduler: 49 times its average collection time after the last one, ~100 ms here; longer on a loaded machine).
# Generated set 6110 found an import whose platform filter keeps no manifest: images.WalkNotEmpty's ErrEmptyWalk.
# `snapshots diff` of a view fails where rootfs.CreateDiff or withMounts makes a view on it (not committed). The task
# Set 6118: a missing image is reported before a flag refused by name. The task
# checkpoint's stderr is left out: this machine has no criu (CRIU version check failed), the recorded node had one.
ctr i import busybox-oci.tar
ctr snapshots view v1
sleep 0.5
ctr i import --no-unpack busybox-oci.tar
sleep 1
ctr snapshots ls | grep -c v1
ctr snapshots view v2
sleep 0.5
ctr i tag docker.io/library/missing:1 docker.io/library/x:1
sleep 1
ctr snapshots ls | grep -c v2
ctr snapshots view v3
sleep 0.5
ctr c create docker.io/library/busybox:latest c1 true
sleep 1
ctr snapshots ls | grep -c v3
ctr snapshots view v4
sleep 0.5
ctr leases create --id keep
sleep 1
ctr snapshots ls | grep -c v4
ctr snapshots view v5
sleep 0.5
ctr i import --platform linux/arm64/v8 nginx-docker.tar
sleep 1
ctr snapshots ls | grep -c v5
ctr snapshots view v6
sleep 0.5
ctr snapshots diff v6
sleep 1
ctr snapshots ls | grep -c v6
ctr snapshots view w1 sha256:9bd542ff928bdd693ff7033740e888d45a0b057c28dcf582b0243d248ffb1506
ctr snapshots diff sha256:9bd542ff928bdd693ff7033740e888d45a0b057c28dcf582b0243d248ffb1506 w1
sleep 1
ctr snapshots view w2
ctr snapshots diff w2 sha256:9bd542ff928bdd693ff7033740e888d45a0b057c28dcf582b0243d248ffb1506
sleep 1
ctr snapshots ls | grep -c -e w2 -e view
ctr snapshots view v7
sleep 0.5
ctr i convert --oci docker.io/library/missing:1 docker.io/library/y:1
sleep 1
ctr snapshots ls | grep -c v7
ctr snapshots view v8
sleep 0.5
ctr i pull localhost:1/x:1
sleep 1
ctr snapshots ls | grep -c v8
ctr snapshots view v9
sleep 0.5
ctr content fetch localhost:1/x:1
sleep 1
ctr snapshots ls | grep -c v9
ctr snapshots view v10
sleep 0.5
ctr c create docker.io/library/busybox:latest c1 true
sleep 1
ctr snapshots ls | grep -c v10
ctr snapshots view v11
sleep 0.5
ctr c create docker.io/library/missing:1 c2 true
sleep 1
ctr snapshots ls | grep -c v11
ctr snapshots view v12
sleep 0.5
ctr run --rm docker.io/library/busybox:latest r1 true
sleep 1
ctr snapshots ls | grep -c v12
ctr snapshots view v13
sleep 0.5
ctr c create --cap-add NET_ADMIN docker.io/library/busybox:latest c3 true
sleep 1
ctr snapshots ls | grep -c v13
ctr run -d docker.io/library/busybox:latest t1 sleep 1000
ctr snapshots view v14
sleep 0.5
ctr t checkpoint t1 2> /dev/null; echo $?
sleep 1
ctr snapshots ls | grep -c v14
ctr t kill -s KILL t1
sleep 0.5
ctr -n fresh1 i tag nothing:1 other:1
ctr ns ls -q
ctr -n fresh2 i import --platform linux/arm64/v8 nginx-docker.tar
ctr -n fresh3 c create nothing:1 c9
ctr -n fresh4 snapshots diff nothing
ctr -n fresh5 i convert a:1 b:1
ctr -n fresh6 i pull localhost:1/x:1
ctr ns ls -q
ctr -n "" i tag a:1 b:1
ctr -n 'a b' i tag a:1 b:1
ctr -n "" i import nginx-docker.tar
ctr -n 'a b' c create docker.io/library/busybox:latest c4
ctr i import --platform linux/amd64 --all-platforms nginx-docker.tar
ctr i import --platform windows nginx-docker.tar
ctr i import --platform linux/arm64/v8 --index-name idx nginx-docker.tar
ctr i ls -q
ctr run --rm --runc-systemd-cgroup --rdt-class gold docker.io/library/nginx:alpine h4 echo hi
ctr c create --runc-binary /x docker.io/library/missing:1 c1
