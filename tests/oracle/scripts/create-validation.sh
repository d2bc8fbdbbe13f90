# ctr's run_unix.go checks after the image is unpacked: --annotation key=value, CAP_ prefixes, seccomp-profile
# without --seccomp, --cpus with quota/period; labels override annotations; empty snapshot keys (bolt).
ctr i import busybox-oci.tar
ctr c create --cap-add NET_ADMIN docker.io/library/busybox:latest v1
ctr snapshots ls
ctr c create --cap-drop chown docker.io/library/busybox:latest v1
ctr c create --cap-add CAP_NET_ADMIN --cap-add net_raw docker.io/library/busybox:latest v1
ctr c create --annotation novalue docker.io/library/busybox:latest v2
ctr c create --annotation k= --annotation tier=x --label tier=y docker.io/library/busybox:latest v3
ctr c info v3 | grep -A4 '"annotations"'
ctr c rm v3
ctr run --rm --cap-add SYS_ADMIN docker.io/library/busybox:latest v4 true
ctr run --rm --annotation a docker.io/library/busybox:latest v5 true
ctr c create --cap-add NET_ADMIN docker.io/library/missing:latest v6
ctr run --rm --seccomp-profile /x docker.io/library/busybox:latest v7 true
ctr run --rm --cpus 1 --cpu-quota 1000 docker.io/library/busybox:latest v8 true
ctr snapshots prepare '' ''
ctr snapshots prepare ''
ctr snapshots prepare k1 ''
ctr snapshots prepare '' k1
ctr snapshots view '' ''
ctr snapshots view v ''
ctr snapshots commit '' k1
ctr snapshots rm ''
ctr snapshots info ''
ctr snapshots mounts /tmp ''
ctr snapshots usage ''
ctr -a "" version
ctr -a "" i ls
ctr --address= c ls
ctr c ls
