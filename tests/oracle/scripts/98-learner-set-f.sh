# Hand-written learner set F (helper H12, issue 14): lines a learner might type, none from sets A-E, in the areas
# those sets touched least: namespaces with labels and a busy `ns rm`; image filters (!=, several filters, regexps,
# quoted label keys), label removal, tag --force over another image, rm --sync, check/usage; export/import variants
# (--no-unpack, --platform, --index-name, stdin, --skip-manifest-json); content ls/active/get in pipelines; a long
# nginx life cycle (run -d, exec, ps, metrics, kill with its stop signal, rm); `ctr run` with odd flags (--annotation,
# --snapshotter-label, --cgroup, --with-ns, --runtime, CONTAINERD_SNAPSHOTTER, --uidmap/--gidmap, --device,
# --rdt-class, --gpus, --rootfs-propagation, -t without a terminal, cgroup values in the spec; ctr's default spec mounts no
# cgroupfs, so `cat /sys/fs/cgroup/...` inside fails on both nodes);
# --env/--env-file combinations; --label forms; leases with --expires forms and delete --sync; shell loops over
# `-q` output; typos, wrong orders and missing arguments.
# Left out until the containerd layer models them (see H12's report): /proc/1/cmdline after a shell script execs
# (the stand-in nginx's `exec httpd`: the kernel shows httpd's argv, the simulator the spec's args), `ctr run` joining
# a namespace path (--with-ns network:/nonexistent: runc's `namespace path: lstat …`), --runc-binary (the shim's
# fork/exec error), --device of an existing node (its major/minor), and --rootfs (runc's `invalid rootfs: stat …`
# and a read-only rootfs refusing the /run mount point), --cpu-quota without --cpu-period (WithCPUCFS stores both:
# `"period": 0`, which the simulator's spec leaves out). The lease `i mount` made is kept out of `leases ls`: its
# expiry is measured from the line that lists it, and a loaded real node can take over 30 s to get there.
ctr ns create f team=lab owner=h12
ctr ns ls | grep '^f '
ctr ns label f owner=
ctr ns ls | grep '^f '
ctr ns create f
ctr ns ls -q | grep -c '^f$'
ctr -n f i import nginx-docker.tar
ctr -n f i import busybox-oci.tar
ctr -n f i ls -q
ctr -n f i ls | awk '{print $1, $2}'
ctr -n f i ls | awk 'NR>1{print $(NF-1), $NF}'
ctr -n f i ls -q 'name!=docker.io/library/busybox:latest'
ctr -n f i ls -q 'name~=nginx' 'name~=busy'
ctr -n f i ls -q 'name~=nginx,name~=busy'
ctr -n f i ls -q 'name~="^docker\.io/library/b"'
ctr -n f i ls -q 'name~=['
ctr -n f i ls -q 'target.digest~=^sha256:'
ctr -n f i ls -q name==
ctr -n f i label docker.io/library/nginx:alpine io.lab/role=web tier=front
ctr -n f i ls -q 'labels."io.lab/role"==web'
ctr -n f i ls -q 'labels."io.lab/role"!=web'
ctr -n f i ls -q labels.tier
ctr -n f i label docker.io/library/nginx:alpine io.lab/role=
ctr -n f i ls -q 'labels."io.lab/role"'
ctr -n f i ls | grep -o 'tier=front'
ctr -n f i tag docker.io/library/nginx:alpine web:1
ctr -n f i tag docker.io/library/busybox:latest web:1
ctr -n f i tag --force docker.io/library/busybox:latest web:1
ctr -n f i ls | awk '$1=="web:1"{print $2}'
ctr -n f i check name==web:1 | awk '{print $1, $3}'
ctr -n f i check | wc -l
ctr -n f i usage web:1 | awk '{print $1}'
ctr -n f i usage docker.io/library/nginx:alpine | wc -l
ctr -n f i usage --snapshotter native docker.io/library/nginx:alpine
ctr -n f i rm --sync web:1
ctr -n f i rm --sync web:1
ctr -n f i remove web:2
ctr -n f content ls -q | wc -l
ctr -n f content ls -q | sort | head -1 | xargs ctr -n f content get | wc -c
ctr -n f content ls | awk 'NR>1{print $2}' | sort -n | tail -1
ctr -n f content active
ctr -n f content active -q
ctr -n f content ls 'size==1'
ctr -n f content ls -q 'labels."containerd.io/distribution.source.docker.io"' | wc -l
ctr -n f content ls | grep -c 'containerd.io/gc.ref.content'
ctr -n f content get $(ctr -n f i ls | awk '$1=="docker.io/library/nginx:alpine"{print $3}') | head -c 31; echo
ctr -n f content get $(ctr -n f i ls | awk '$1=="docker.io/library/nginx:alpine"{print $3}') | wc -c
ctr -n f i export ng.tar docker.io/library/nginx:alpine; tar -tf ng.tar | wc -l
ctr -n f i export --skip-manifest-json ng2.tar docker.io/library/nginx:alpine; tar -tf ng2.tar | grep -c manifest.json
ctr -n f i export --all-platforms all.tar docker.io/library/busybox:latest
ctr -n f i export --skip-non-distributable - docker.io/library/busybox:latest | tar -t | sort | tail -2
ctr -n f i rm --sync docker.io/library/nginx:alpine
ctr -n f i import --no-unpack ng.tar
ctr -n f snapshots ls | wc -l
ctr -n f i import - < ng.tar
cat busybox-oci.tar | ctr -n f i import --index-name bb-index -
ctr -n f i ls -q
ctr -n f i rm bb-index
ctr -n f i import --platform linux/arm64 busybox-oci.tar
ctr -n f i import --platform bogus/os/x/y busybox-oci.tar
ctr -n f i import --base-name docker.io/library/busy busybox-oci.tar
ctr -n f i import --skip-digest-for-named --digests ng.tar | sort
ctr -n f i ls -q | grep -c '^import-'
ctr -n f i ls -q | grep '^import-' | xargs ctr -n f i rm
ctr -n f run -d docker.io/library/nginx:alpine web >/dev/null
sleep 1; ctr -n f t ls | awk 'NR>1{print $1, $3}'
ctr -n f t ps web | tail -n +2 | wc -l
ctr -n f c info web | grep -E '"(Image|Snapshotter|SnapshotKey)"'
ctr -n f c info web | grep -A3 '"Runtime"'
ctr -n f t exec --exec-id w1 web wget -qO- http://127.0.0.1/
ctr -n f t exec --exec-id w2 web sh -c 'grep PRETTY /etc/os-release'
ctr -n f t exec --exec-id w3 web ls /usr/share/nginx/html
ctr -n f t metrics web | head -1 | awk '{print $1, $2}'
ctr -n f t metrics web | grep -c '^pids'
ctr -n f t metrics web bogus
ctr -n f t kill -s SIGQUIT web
sleep 1; ctr -n f t ls | awk 'NR>1{print $1, $3}'
ctr -n f t rm web
ctr -n f t rm web
ctr -n f c rm web
ctr -n f snapshots ls | grep -c web
ctr -n f run --rm --annotation a=b --annotation c docker.io/library/busybox:latest a1 true
ctr -n f c create --annotation team=x --annotation x=1=2 docker.io/library/busybox:latest a2
ctr -n f c info --spec a2 | grep -A3 '"annotations"'
ctr -n f c create --snapshotter-label k=v --snapshotter-label z docker.io/library/busybox:latest a3
ctr -n f snapshots info a3 | grep -A4 '"Labels"'
ctr -n f c create --cgroup '' docker.io/library/busybox:latest a4
ctr -n f c info --spec a4 | grep -c cgroupsPath
ctr -n f c create --cgroup /h12/x docker.io/library/busybox:latest a5
ctr -n f c info --spec a5 | grep cgroupsPath
ctr -n f c info --spec a2 | grep cgroupsPath
ctr -n f c ls | awk '{print $1, $2, $3}'
ctr -n f c rm a2 a3 a4 a5
ctr -n f run --rm --with-ns bogus docker.io/library/busybox:latest n2 true
ctr -n f run --rm --with-ns nosuch:/proc/1/ns/net docker.io/library/busybox:latest n3 true
ctr -n f c create --with-ns pid:/proc/1/ns/pid docker.io/library/busybox:latest n5
ctr -n f c info --spec n5 | grep -B1 '/proc/1/ns/pid'
ctr -n f c rm n5
ctr -n f c create --with-ns user:/proc/1/ns/user --with-ns network:/proc/1/ns/net --net-host docker.io/library/busybox:latest n6
ctr -n f c info --spec n6 | grep -A1 '"type"' | grep -c path
ctr -n f c create --with-ns ipc:/a:b docker.io/library/busybox:latest n7
ctr -n f c create --rdt-class silver docker.io/library/busybox:latest n8
ctr -n f c info --spec n8 | grep -A2 intelRdt
ctr -n f c rm n6 n8
ctr -n f run --rm --runtime io.containerd.runc.v1 docker.io/library/busybox:latest rt1 echo v1
ctr -n f run --rm --runtime runc docker.io/library/busybox:latest rt2 true
ctr -n f c ls -q
ctr -n f run --rm --snapshotter bogus docker.io/library/busybox:latest s1 true
ctr -n f run --rm --snapshotter Native docker.io/library/busybox:latest s2 true
CONTAINERD_SNAPSHOTTER=native ctr -n f run --rm docker.io/library/busybox:latest s3 echo env-snapshotter
ctr -n f snapshots --snapshotter native ls | awk 'NR>1{print $3}' | sort | uniq -c
ctr -n f run --rm --uid 1000 docker.io/library/busybox:latest u0 true
ctr -n f run --rm --uidmap 0:1000 docker.io/library/busybox:latest u2 true
ctr -n f run --rm --gidmap x:1:1 --uidmap 0:1000:65536 docker.io/library/busybox:latest u3 true
ctr -n f run --rm --cpus 2.5 docker.io/library/busybox:latest c1 cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us /sys/fs/cgroup/cpu/cpu.cfs_period_us
ctr -n f run --rm --cpus 0 docker.io/library/busybox:latest c2 cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us
ctr -n f run --rm --cpu-quota 20000 --cpu-period 50000 docker.io/library/busybox:latest c3 cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us /sys/fs/cgroup/cpu/cpu.cfs_period_us
ctr -n f run --rm --cpu-quota 20000 docker.io/library/busybox:latest c4 cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us
ctr -n f run --rm --cpu-shares 2 docker.io/library/busybox:latest c5 cat /sys/fs/cgroup/cpu/cpu.shares
ctr -n f run --rm --memory-limit 4194304 docker.io/library/busybox:latest c6 cat /sys/fs/cgroup/memory/memory.limit_in_bytes
ctr -n f run --rm --memory-limit 1k docker.io/library/busybox:latest c7 true
ctr -n f run -d --cpus 2.5 --memory-limit 0x800000 docker.io/library/busybox:latest g1 sleep 600
ctr -n f c info --spec g1 | grep -E '"(limit|quota|period|shares)"'
ctr -n f run -d --cpu-quota 20000 --cpu-period 50000 --cpu-shares 2 docker.io/library/busybox:latest g2 sleep 600
ctr -n f c info --spec g2 | grep -E '"(limit|quota|period|shares)"'
ctr -n f t kill -s KILL g1; ctr -n f t kill -s KILL g2
sleep 1; ctr -n f t rm g1 g2; ctr -n f c rm g1 g2
ctr -n f run --rm --memory-limit 0x800000 docker.io/library/busybox:latest c8 cat /sys/fs/cgroup/memory/memory.limit_in_bytes
ctr -n f run --rm --cpus 1e400 docker.io/library/busybox:latest c9 true
ctr -n f run --rm --device /nonexistent docker.io/library/busybox:latest d2 true
ctr -n f run --rm --rdt-class gold docker.io/library/busybox:latest d3 true
ctr -n f run --rm --gpus 0 docker.io/library/busybox:latest d4 true
ctr -n f run --rm --mount garbage --gpus 1 --device /nonexistent docker.io/library/busybox:latest d7 true
ctr -n f run --rm --gpus 1 --device /nonexistent docker.io/library/busybox:latest d9 true
ctr -n f run --rm --device /etc/hostname/x docker.io/library/busybox:latest d8 true
ctr -n f run --rm --uidmap 0:1000:65536 --gidmap 0:0x10000000000:1 docker.io/library/busybox:latest u4 true
ctr -n f run --rm --uidmap 0:1000:65536 --gidmap 0:1:1 --annotation bad docker.io/library/busybox:latest u5 true
ctr -n f run --rm --gidmap 1:2 --uidmap 0:1:x docker.io/library/busybox:latest u6 echo both-warned
ctr -n f run --rm --rootfs-propagation bogus docker.io/library/busybox:latest d5 true
ctr -n f c create --rootfs-propagation rshared docker.io/library/busybox:latest d6
ctr -n f c info --spec d6 | grep rootfsPropagation
ctr -n f c rm d6
ctr -n f c ls -q
ctr -n f run --rm -t docker.io/library/busybox:latest t1 echo hi
ctr -n f c ls -q
ctr -n f c create -t docker.io/library/busybox:latest t2
ctr -n f c info --spec t2 | grep '"terminal"'
ctr -n f c rm t2
mkdir -p /tmp/ctrlab-oracle-files/root1; ctr -n f i mount docker.io/library/busybox:latest /tmp/ctrlab-oracle-files/root1 | tail -1
ctr -n f c ls -q
ctr -n f i unmount /tmp/ctrlab-oracle-files/root1
printf 'X=1\nexport Y=2\nZ = 3\n#c=4\n' > f.env
ctr -n f run --rm --env-file f.env docker.io/library/busybox:latest e1 env | grep -v PATH | sort
ctr -n f run --rm --env-file f.env --env-file f.env docker.io/library/busybox:latest e2 sh -c 'env | grep -c X='
ctr -n f run --rm --env X docker.io/library/busybox:latest e3 sh -c 'echo "${X-unset}"'
X=host ctr -n f run --rm --env X docker.io/library/busybox:latest e4 sh -c 'echo "${X-unset}"'
ctr -n f run --rm --env =v docker.io/library/busybox:latest e5 sh -c 'env | grep -c "^=v"'
ctr -n f run --rm --env PATH=/bin docker.io/library/busybox:latest e6 sh -c 'echo $PATH'
ctr -n f run --rm --env HOME=/tmp --cwd '~' docker.io/library/busybox:latest e7 pwd
ctr -n f c create --label 'a=b=c' --label 'k' --label ' s=1' docker.io/library/busybox:latest l1
ctr -n f c info l1 | grep -A5 '"Labels"'
ctr -n f c ls -q 'labels.a==b=c'
ctr -n f c ls -q labels.k
ctr -n f c ls -q 'labels." s"'
ctr -n f c label l1 a=
ctr -n f c ls | awk 'NR>1{print $1, $NF}'
ctr -n f c rm l1
ctr -n f leases create --id lf1 --expires 90s
ctr -n f leases create --id lf2 --expires 1h30m a=1
ctr -n f leases create --id lf3 --expires 1d
ctr -n f leases create --id lf4 --expires 0 b
ctr -n f leases create --id lf5 -x 10m a=2 c=
ctr -n f leases ls | grep -v ctrlab-oracle-files
ctr -n f leases ls -q 'id~=lf[12]'
ctr -n f leases ls -q labels.a
ctr -n f leases ls -q 'labels.a==2,id==lf5'
ctr -n f leases delete --sync lf1 lf2
ctr -n f leases rm lf1
ctr -n f leases ls -q | sort
ctr -n f leases rm $(ctr -n f leases ls -q)
ctr -n f leases ls | wc -l
ctr -n f run -d docker.io/library/busybox:latest bg1 sleep 600
ctr -n f run -d docker.io/library/busybox:latest bg2 sleep 600
ctr ns rm f
ctr ns ls | grep -c '^f '
for c in $(ctr -n f c ls -q); do ctr -n f t ps $c | tail -n +2 | wc -l; done
ctr -n f t ls -q | xargs -n1 ctr -n f t kill -s KILL
sleep 1; ctr -n f t ls | awk 'NR>1{print $1, $3}' | sort
ctr -n f t ls -q | sort | xargs ctr -n f t rm
ctr -n f c rm $(ctr -n f c ls -q)
ctr -n f c ls | wc -l
ctr -n f run docker.io/library/busybox:latest
ctr -n f run w1 docker.io/library/busybox:latest true
ctr -n f run --rm docker.io/library/busybox:latest w2 --env A=1 sh -c 'echo $A'
ctr -n f run -rm docker.io/library/busybox:latest w3 true
ctr -n f run --rm=false docker.io/library/busybox:latest w4 echo kept
ctr -n f c ls -q
ctr -n f run --detach --rm docker.io/library/busybox:latest w5 true
ctr -n f run -d docker.io/library/busybox:latest w4 true
ctr -n f c rm w4
ctr -n f t start
ctr -n f t kill
ctr -n f c rm
ctr -n f i rm --sync
ctr -n f c create docker.io/library/busybox:latest
ctr -n f i tag --force
ctr -n f run --rm docker.io/library/busybox w6 true
ctr -n f run --rm busybox:latest w7 true
ctr -n f i rm --sync $(ctr -n f i ls -q)
ctr -n f i ls | wc -l
ctr -n f content ls -q | wc -l
ctr -n f snapshots ls | wc -l
ctr ns label f team=
ctr ns ls | grep '^f '
ctr ns rm f
ctr ns ls -q | grep -c '^f$'
rm -f ng.tar ng2.tar all.tar f.env
