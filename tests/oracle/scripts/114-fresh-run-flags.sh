# Hand-written fresh learner set (issue 14), part 1: `ctr run` flag combinations the earlier sets used
# least: --env-file (missing, empty, comments, no '='), --label forms, --cwd relative and missing, --user uid:gid
# and names, --rootfs, --mount type=bind with options, --tty with -d, --rm with -d, --net-host, --cpus and
# --memory-limit values, --privileged, --snapshotter native, and what `c info` keeps of them. --privileged's CapEff
# is matched, not printed: this machine's bounding set lacks CAP_MAC_OVERRIDE (000001fffeffffff), a VM's root has all.
ctr i import busybox-oci.tar
ctr i import nginx-docker.tar | wc -l
printf 'A=1\n# comment\nB=two words\n\nC=\n' > env1; ctr run --env-file env1 docker.io/library/busybox:latest e1 sh -c 'echo "$A|$B|$C"'
ctr run --env-file missing.env docker.io/library/busybox:latest e2 true
ctr c ls -q
printf 'NOEQ\n' > env2; ctr run --env-file env2 docker.io/library/busybox:latest e3 sh -c 'env | grep -c NOEQ'
: > env3; ctr run --env-file env3 --env Z=9 docker.io/library/busybox:latest e4 sh -c 'echo $Z'
printf 'A=file\n' > env4; ctr run --env-file env4 --env A=flag docker.io/library/busybox:latest e5 sh -c 'echo $A'
ctr run --env-file "" docker.io/library/busybox:latest e6 true
ctr c info e5 | grep -A4 '"env"' | head -6
ctr run --label x=1 --label x=2 docker.io/library/busybox:latest l1 true
ctr c info l1 | grep '"x"'
ctr run --label novalue docker.io/library/busybox:latest l2 true
ctr c ls -q
ctr run --label 'k=v=w' docker.io/library/busybox:latest l3 true
ctr c label l3
ctr run --label '=v' docker.io/library/busybox:latest l4 true
ctr c ls labels.k
ctr run --cwd relative docker.io/library/busybox:latest w1 pwd
ctr run --cwd /nonexistent/dir docker.io/library/busybox:latest w2 pwd
ctr run --cwd "" docker.io/library/busybox:latest w3 pwd
ctr run --cwd /tmp/../etc docker.io/library/busybox:latest w4 pwd
ctr c info w2 | grep '"cwd"'
ctr run --user 1000:1000 docker.io/library/busybox:latest u1 id
ctr run --user nobody docker.io/library/busybox:latest u2 id
ctr run --user 0:65534 docker.io/library/busybox:latest u3 id
ctr run --user nosuchuser docker.io/library/busybox:latest u4 id
ctr run --user root:nosuchgroup docker.io/library/busybox:latest u5 id
ctr run --user 1000 docker.io/library/busybox:latest u6 id
ctr run --user ":" docker.io/library/busybox:latest u7 id
ctr run --user -1 docker.io/library/busybox:latest u8 id
ctr c ls -q | wc -l
ctr run --rootfs docker.io/library/busybox:latest rf1 true
mkdir -p rootdir; ctr run --rootfs rootdir rf2 true
ls rootdir
ctr run --rootfs /nonexistent rf3 true
ctr c ls -q | grep rf
mkdir -p src; echo data > src/f; ctr run --mount type=bind,src=$PWD/src,dst=/mnt,options=rbind:ro docker.io/library/busybox:latest m1 cat /mnt/f
ctr run --mount type=bind,src=$PWD/src,dst=/mnt,options=rbind:ro docker.io/library/busybox:latest m2 touch /mnt/g
ctr run --mount type=bind,src=$PWD/src,dst=/mnt,options=rbind:rw docker.io/library/busybox:latest m3 sh -c 'echo w > /mnt/g; echo $?'
cat src/g
ctr run --mount type=bind,src=/nonexistent,dst=/mnt,options=rbind docker.io/library/busybox:latest m4 true
ctr run --mount src=$PWD/src,dst=/mnt docker.io/library/busybox:latest m5 ls /mnt
ctr run --mount type=bind,dst=/mnt docker.io/library/busybox:latest m6 true
ctr run --mount type=tmpfs,src=tmpfs,dst=/data docker.io/library/busybox:latest m7 sh -c 'echo x > /data/y && cat /data/y'
ctr run --mount bogus docker.io/library/busybox:latest m8 true
ctr c info m1 | grep -B1 -A6 '"/mnt"' | grep -v source
ctr run -d --tty docker.io/library/busybox:latest t1 sleep 300
ctr t ls | grep t1
ctr run -d --rm docker.io/library/busybox:latest t2 sleep 300
ctr c ls -q | grep t2
ctr run -d --rm docker.io/library/busybox:latest t3 true; sleep 1; ctr c ls -q | grep -c t3
ctr run --rm --detach docker.io/library/busybox:latest t4 true
ctr run --net-host docker.io/library/busybox:latest n1 sh -c 'ls /sys/class/net | grep -c lo'
ctr c info n1 | grep -c '"network"'
ctr run --cpus 0.5 docker.io/library/busybox:latest c1 true
ctr c info c1 | grep -E '"(quota|period)"'
ctr run --cpus 0 docker.io/library/busybox:latest c2 true
ctr c info c2 | grep -c quota
ctr run --cpus -1 docker.io/library/busybox:latest c3 true
ctr run --cpus abc docker.io/library/busybox:latest c4 true
ctr run --memory-limit 67108864 docker.io/library/busybox:latest c5 true
ctr c info c5 | grep '"limit"'
ctr run --memory-limit 1k docker.io/library/busybox:latest c6 true
ctr run --memory-limit -5 docker.io/library/busybox:latest c7 true
ctr run --privileged docker.io/library/busybox:latest p1 sh -c 'grep CapEff /proc/self/status | grep -c ffffff$'
ctr run docker.io/library/busybox:latest p2 sh -c 'grep CapEff /proc/self/status'
ctr c info p1 | grep -c CAP_SYS_ADMIN
ctr run --snapshotter native docker.io/library/busybox:latest sn1 true
ctr snapshots --snapshotter native ls | wc -l
ctr c info sn1 | grep Snapshotter
ctr run --snapshotter bogus docker.io/library/busybox:latest sn2 true
ctr run --snapshotter "" docker.io/library/busybox:latest sn3 true
ctr c ls
ctr t ls
ctr t kill -s 9 t1; ctr t kill -s 9 t2; sleep 1; ctr t ls
ctr c ls -q | wc -l
