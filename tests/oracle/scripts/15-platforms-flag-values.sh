# --platform values as each command parses and words them, and flag values that start with "-".
ctr i pull --platform bogus docker.io/library/busybox:latest
ctr i pull --platform linux/ docker.io/library/busybox:latest
ctr i pull --platform "linux/*" docker.io/library/busybox:latest
ctr i pull --platform "a b" docker.io/library/busybox:latest
ctr i pull --platform linux/amd64/v9/x docker.io/library/busybox:latest
ctr i pull --platform "" --platform bogus docker.io/library/busybox:latest
ctr content fetch --platform bogus docker.io/library/busybox:latest
ctr images import --platform bogus busybox-oci.tar
ctr images import --platform linux/ busybox-oci.tar
ctr images import --platform arm64 busybox-oci.tar
ctr images import --platform windows busybox-oci.tar
ctr images ls -q
ctr images rm docker.io/library/busybox:latest
ctr images import --platform linux/amd64 busybox-oci.tar
ctr images export --platform bogus out.tar docker.io/library/busybox:latest
ctr images export --platform "" out.tar docker.io/library/busybox:latest
ctr images convert --platform bogus docker.io/library/busybox:latest x:1
ctr images push --platform bogus docker.io/library/busybox:latest
ctr images mount --platform bogus docker.io/library/busybox:latest mnt
ctr images mount --platform "" docker.io/library/busybox:latest mnt
ctr leases ls -q
ctr images ls -q
ctr run --platform bogus docker.io/library/busybox:latest p1 true
ctr c create --platform bogus docker.io/library/busybox:latest p2 true
ctr c create --label -a docker.io/library/busybox:latest k2 true
ctr c ls
ctr run --rm --env -E=1 docker.io/library/busybox:latest k3 env
ctr c create docker.io/library/busybox:latest k1 sleep 100
ctr t start -d k1
ctr t exec --exec-id -e k1 true
ctr t kill -s -9 k1
ctr t kill -s SIGKILL k1
ctr leases create --id -l
ctr leases ls -q
ctr leases rm -- -l
ctr snapshots prepare --snapshotter -z a
