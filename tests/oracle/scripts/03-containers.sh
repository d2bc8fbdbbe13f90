# Containers: create, list, info, label, filters, remove.
ctr images import busybox-oci.tar
ctr images import nginx-docker.tar
ctr c ls
ctr c create docker.io/library/busybox:latest c1
ctr c create docker.io/library/busybox:latest c1
ctr c create docker.io/library/missing:latest c2
ctr c create docker.io/library/busybox:latest
ctr c create
ctr c create --label team=web --env FOO=bar docker.io/library/nginx:alpine web1
ctr c create docker.io/library/busybox:latest c3 sleep 100
ctr c create docker.io/library/busybox:latest c4 sh -c "echo hi"
ctr c create docker.io/library/busybox:latest c4 -- sh -c "echo hi"
ctr c ls
ctr containers list -q
ctr c ls "labels.team==web"
ctr c ls image==docker.io/library/nginx:alpine
ctr c label c1 a=b
ctr c label c1
ctr c label missing a=b
ctr c info missing
ctr c info
ctr snapshots ls
ctr c rm c3
ctr c delete c3
ctr c rm
ctr c del c4 missing
ctr c remove web1 c1
ctr c ls
ctr snapshots ls
ctr c create --bogus docker.io/library/busybox:latest x
