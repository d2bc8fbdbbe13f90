# Two names of one flag on a line (urfave/cli v1 normalizeFlags: each name is its own Go flag, two of them set is refused;
# the same name twice is not), and leases delete without an id (its own help, exit 0).
ctr -n x --namespace y ns ls
ctr --namespace y -n x ns ls
ctr -n x -n y ns ls
ctr -a /run/x.sock --address /run/y.sock version
ctr i ls -q --quiet
ctr i ls --quiet -q -q
ctr i --help -h
ctr content ls --quiet -q
ctr i import busybox-oci.tar
ctr c create --label a=1 --label=b=2 docker.io/library/busybox:latest c1 true
ctr c info c1 | grep -A3 '"Labels"'
ctr c ls -q --quiet
ctr leases create -x 1h --expires 2h
ctr leases create --id l1 --expires 1h --expires=0
ctr leases ls
ctr leases delete
ctr leases rm --sync
ctr leases del; echo $?
ctr leases rm l1 --sync
ctr snapshots --snapshotter native ls
ctr t ls -q --quiet
ctr ns create n1 a=1 && ctr -n n1 --namespace=n1 ns ls
