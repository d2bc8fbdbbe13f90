# Malformed references, unknown flags, empty arguments, wrong states.
ctr images import busybox-oci.tar
ctr i pull ""
ctr i pull "docker.io/library/busybox:"
ctr i pull "docker.io/library/busybox:latest@sha256:abc"
ctr i pull UPPER/case:1 --bogus
ctr i tag docker.io/library/busybox:latest ""
ctr i rm ""
ctr i ls "name=="
ctr i ls "bad filter"
ctr i ls 'labels."a b"==c'
ctr i check --bogus
ctr i export "" docker.io/library/busybox:latest
ctr i export /nonexistent-dir/x.tar docker.io/library/busybox:latest
ctr c create "" c1
ctr c create docker.io/library/busybox:latest ""
ctr c create docker.io/library/busybox:latest "bad id!"
ctr c create docker.io/library/busybox:latest c1 --bogus
ctr c info "" 
ctr c rm ""
ctr c label "" a=b
ctr t start ""
ctr t kill -s "" s1
ctr t kill -s 0 missing
ctr t kill -s SIGFOO missing
ctr t kill -s 99 missing
ctr t exec --exec-id "" missing ls
ctr t metrics --format yaml missing
ctr t metrics missing
ctr t ps
ctr run --rm --mount type=bind docker.io/library/busybox:latest m1 true
ctr run --rm --mount bogus docker.io/library/busybox:latest m2 true
ctr run --rm --mount type=bind,src=/tmp,dst=/x,options=bogus docker.io/library/busybox:latest m3 true
ctr run --rm --env NOEQUALS docker.io/library/busybox:latest e1 env
ctr run --rm --cwd relative docker.io/library/busybox:latest w1 pwd
ctr run --rm --snapshotter bogus docker.io/library/busybox:latest s9 true
ctr -n "" i ls
ctr -n k8s.io -n default i ls -q
ctr --timeout bogus i ls
ctr --address /nonexistent.sock version
ctr snapshots prepare
ctr snapshots prepare only-key
ctr snapshots info missing
ctr snapshots --snapshotter bogus ls
ctr leases rm missing
ctr leases create --expires bogus
ctr content get
ctr plugins ls "bad filter"
ctr ns rm ""
ctr ns create ""
ctr ns label "" a=b
