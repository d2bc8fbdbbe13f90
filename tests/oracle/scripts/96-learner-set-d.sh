# Hand-written learner set D (helper H6, issue 14): lines a learner might type, none from sets A-C: image
# filters, tags, labels, check and usage; `ctr run` with --env-file (missing file, a directory, a path through a
# file, a duplicate id), --cwd, --user (not a flag of 1.6.20's run), --label repeats, --rm with -d and --mount
# forms; `t exec` variants; `c info` and `c ls` after label changes; snapshots view/commit/rm on odd ids; leases;
# namespaces with labels; odd filters and missing objects. --env-file and --mount are read while the spec is
# built, after the container's snapshot was prepared: each failure uses up a snapshot id, which the error of a
# view on an active parent (`parent "d/N/idp"`) shows. The failed container's snapshot stays on the real node
# until the collector that the client's lease removal scheduled has run, so an id is used again only after a
# sleep. The sleeps before idp and the snapshots let that collector (and the one the containers' removal
# scheduled) run first on both nodes, else it may take the unrooted idp or view v1 with it on one of them.
ctr -n d i import busybox-oci.tar
ctr -n d i import nginx-docker.tar
ctr -n d i ls -q name~=busy
ctr -n d i ls -q 'name~=^docker.io/library/n'
ctr -n d i ls name==nosuch
ctr -n d i ls -q 'target.mediatype==application/vnd.oci.image.index.v1+json'
ctr -n d i tag docker.io/library/busybox:latest bb:1 bb:2
ctr -n d i tag docker.io/library/busybox:latest 'BAD REF'
ctr -n d i tag docker.io/library/busybox:latest ''
ctr -n d i tag --force nosuch:1 bb:1
ctr -n d i label bb:1 a=1 b=2
ctr -n d i label bb:1 a=
ctr -n d i label nosuch:1 a=1
ctr -n d i ls -q labels.b==2
ctr -n d i ls -q labels.a
ctr -n d i check name==bb:1 | awk '{print $1, $3, $4}'
ctr -n d i check 'name~=bb' -q
ctr -n d i usage bb:1
ctr -n d i usage nosuch:1
ctr -n d i usage
ctr -n d i rm bb:2 nosuch:3
ctr -n d i rm
ctr -n d i ls -q
ctr -n d run --env-file /tmp/h6-nofile docker.io/library/busybox:latest e1 true
ctr -n d c ls -q
sleep 1; ctr -n d snapshots ls | awk 'NR>1{print $1}' | grep -c '^e1$'
ctr -n d run docker.io/library/busybox:latest e1 true
ctr -n d run --env-file /tmp/h6-nofile docker.io/library/busybox:latest e1 true
ctr -n d c create --env-file /tmp/h6-nofile docker.io/library/busybox:latest e13 true
ctr -n d run --env-file /tmp docker.io/library/busybox:latest e14 true
ctr -n d run --env-file /etc/hostname/x docker.io/library/busybox:latest e15 true
ctr -n d run --env-file /tmp/h6-nofile --mount garbage docker.io/library/busybox:latest e16 true
ctr -n d run --mount type=bind,src=/tmp,dst=/h,foo=bar docker.io/library/busybox:latest e17 true
sleep 1; ctr -n d snapshots prepare idp; ctr -n d snapshots view idv idp
sleep 1; ctr -n d snapshots ls | awk 'NR>1{print $1}' | sort
ctr -n d snapshots rm idp
printf 'A=1\n# note\n\nB=two words\nC\n' > /tmp/h6-env
ctr -n d run --rm --env-file /tmp/h6-env docker.io/library/busybox:latest e2 sh -c 'echo "$A|$B|${C-unset}"'
ctr -n d run --rm --env-file /tmp/h6-env --env A=9 docker.io/library/busybox:latest e3 sh -c 'echo $A'
ctr -n d run --rm --cwd /nowhere docker.io/library/busybox:latest e4 pwd
ctr -n d run --rm --cwd tmp docker.io/library/busybox:latest e5 pwd
ctr -n d run --rm --user root docker.io/library/busybox:latest e6 id
ctr -n d run --rm --user 0:65534 docker.io/library/busybox:latest e7 id
ctr -n d run --rm --user nobody:root docker.io/library/busybox:latest e8 id
ctr -n d run --rm --user ghost docker.io/library/busybox:latest e9 true
ctr -n d run --rm --user 1234 docker.io/library/busybox:latest e10 id -u
ctr -n d run --rm --user root:ghosts docker.io/library/busybox:latest e11 true
ctr -n d c ls -q
ctr -n d run --rm -d docker.io/library/busybox:latest e12 sleep 1
ctr -n d run --label a=1 --label b= --label a=3 docker.io/library/busybox:latest l1 true
ctr -n d c info l1 | grep -A4 '"Labels"'
ctr -n d c info --spec l1 | grep -A3 '"annotations"'
ctr -n d c label l1 c=3
ctr -n d c label l1 a=
ctr -n d c label l1
ctr -n d c info l1 | grep -A4 '"Labels"'
ctr -n d c ls -q labels.a
ctr -n d c ls -q labels.c==3
ctr -n d c label nosuch x=1
ctr -n d run --rm --mount type=bind,src=/nonexistent-h6,dst=/x,options=rbind docker.io/library/busybox:latest m1 true
ctr -n d run --rm --mount type=bind,src=/etc/hostname,dst=/h,options=rbind:ro docker.io/library/busybox:latest m2 sh -c 'test -f /h && echo file'
ctr -n d run --rm --mount dst=/x docker.io/library/busybox:latest m3 true
ctr -n d run --rm --mount type=tmpfs,destination=/t,options=size=1m docker.io/library/busybox:latest m4 sh -c 'echo hi > /t/f && cat /t/f'
ctr -n d run --rm --mount garbage docker.io/library/busybox:latest m6 true
ctr -n d run --rm --mount type=bind,src=/tmp,dst=/h,options=ro docker.io/library/busybox:latest m7 touch /h/x
ctr -n d c ls -q
ctr -n d run -d docker.io/library/busybox:latest x1 sleep 300
ctr -n d t exec x1 echo hi
ctr -n d t exec --exec-id a x1 echo hi
ctr -n d t exec --exec-id a --env Z=1 x1 sh -c 'echo $Z'
ctr -n d t exec --exec-id a --cwd /tmp x1 pwd
ctr -n d t exec --exec-id b --user nobody x1 id
ctr -n d t exec --exec-id b --user ghost x1 id
ctr -n d t exec --exec-id c nosuch true
ctr -n d t exec --exec-id c x1 nosuchbin
ctr -n d t exec --exec-id c x1
ctr -n d t exec --exec-id 'bad id' x1 true
ctr -n d t exec --exec-id e --detach x1 sleep 30
ctr -n d t ps x1 | wc -l
ctr -n d t exec --exec-id e x1 true
ctr -n d t kill --exec-id e x1
ctr -n d t kill --exec-id nosuch x1
ctr -n d t kill -a -s KILL x1
sleep 1; ctr -n d t ls | awk 'NR>1{print $1, $3}'
ctr -n d t exec --exec-id f x1 true
ctr -n d t rm x1
ctr -n d c rm x1 l1
ctr -n d c info nosuch
ctr -n d t start nosuch
ctr -n d t pause nosuch
ctr -n d c ls -q 'image==docker.io/library/busybox:latest'
ctr -n d c ls -q 'runtime.name==io.containerd.runc.v2'
ctr -n d c ls -q 'id==e1' 'id==nosuch'
ctr -n d c ls -q 'id!=e1'
ctr -n d c ls '=='
ctr -n d c ls -q 'id~=/e/'
ctr -n d snapshots mounts /tmp/m nosuch
sleep 1; ctr -n d snapshots prepare a1
ctr -n d snapshots usage a1
ctr -n d snapshots info nosuch
ctr -n d snapshots info ''
ctr -n d snapshots view v1 a1
ctr -n d snapshots commit c1 a1
ctr -n d snapshots view v1 c1
ctr -n d snapshots view v1 c1
ctr -n d snapshots view v2 ''
ctr -n d snapshots ls | awk 'NR>1{print $1, $2, $3}' | sort
ctr -n d snapshots label c1 x=1 y=
ctr -n d snapshots info c1 | grep -A3 Labels
ctr -n d snapshots rm c1
ctr -n d snapshots rm v1 c1
ctr -n d snapshots --snapshotter nosuch ls
ctr -n d leases create --id l1 a=1 b=2
ctr -n d leases ls | awk 'NR>1{print $1, $3}'
ctr -n d leases ls -q id==l1
ctr -n d leases ls -q labels.a==1
ctr -n d leases create --id l1
ctr -n d leases create --id 'l 2'
ctr -n d leases rm
ctr -n d leases rm l1 nosuch
ctr -n d leases ls -q
ctr ns create h6a team=x env=
ctr ns create h6a
ctr ns ls | grep h6a
ctr ns label h6a team=y
ctr ns label h6a
ctr ns create 'H6 bad'
ctr ns create ''
ctr ns rm h6a nosuch
ctr ns rm d
ctr -n 'bad ns' i ls
ctr -n d content get sha256:0000000000000000000000000000000000000000000000000000000000000000
ctr -n d content get nosuch
ctr -n d c rm e1
ctr -n d i rm --sync docker.io/library/busybox:latest docker.io/library/nginx:alpine bb:1
ctr -n d snapshots rm a1
ctr ns rm d
rm -f /tmp/h6-env
