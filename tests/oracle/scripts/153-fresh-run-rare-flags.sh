# Fresh learner set (issue 14, H47): the `ctr run` / `ctr c create` flags the earlier scripts use least, tried
# after reading `ctr run --help`: --mount option lists, --rootfs with a directory, --read-only, --snapshotter-label,
# --uidmap/--gidmap, --device, --tty with -d, --rm with -d, --null-io, --fifo-dir, --pid-file, --no-pivot,
# --cgroup, --runc-root, --runtime-config-path, --remap-labels, --allow-new-privs, with the checks a learner does after.
ctr i import busybox-oci.tar >/dev/null; echo $?
ctr run --rm --mount type=bind,src=/tmp/ctrlab-oracle-files,dst=/host,options=rbind:ro docker.io/library/busybox:latest m1 ls /host
ctr run --rm --mount type=bind,src=/tmp/ctrlab-oracle-files,dst=/host,options=rbind:ro docker.io/library/busybox:latest m2 sh -c 'touch /host/x 2>&1; echo rc=$?'
ctr run --rm --mount type=bind,src=/tmp/ctrlab-oracle-files,dst=/host,options=rbind:rw docker.io/library/busybox:latest m3 sh -c 'echo hi > /host/from-m3 && cat /host/from-m3'
cat from-m3; rm -f from-m3
ctr run --rm --mount type=bind,source=/tmp/ctrlab-oracle-files,destination=/h2 docker.io/library/busybox:latest m4 ls /h2
ctr run --rm --mount type=bind,src=/tmp/ctrlab-oracle-files docker.io/library/busybox:latest m5 true; echo rc=$?
ctr run --rm --mount dst=/x docker.io/library/busybox:latest m6 true; echo rc=$?
ctr run --rm --mount type=tmpfs,dst=/scratch,options=size=1m docker.io/library/busybox:latest m7 sh -c 'echo a > /scratch/f; cat /scratch/f'
ctr run --rm --mount type=tmpfs,dst=/s1 --mount type=tmpfs,dst=/s2 docker.io/library/busybox:latest m8 sh -c 'touch /s1/a /s2/b; ls /s1 /s2'
ctr run --rm --mount type=bind,src=/tmp/ctrlab-oracle-files/busybox-oci.tar,dst=/img.tar,options=bind:ro docker.io/library/busybox:latest m9 sh -c 'test -f /img.tar && echo file'
ctr run --rm --mount 'type=bind,src=/tmp/ctrlab-oracle-files,dst=/h,options=rbind:ro' --read-only docker.io/library/busybox:latest m10 sh -c 'touch /y; echo $?'
ctr run --rm --read-only docker.io/library/busybox:latest ro1 sh -c 'echo x > /tmp/a 2>/dev/null || echo readonly'
ctr run --rm --read-only docker.io/library/busybox:latest ro2 cat /etc/hostname
ctr run --rm --read-only --mount type=tmpfs,dst=/s1,options=size=1m docker.io/library/busybox:latest ro4 grep -E ' / | /s1 ' /proc/mounts
ctr c create --read-only docker.io/library/busybox:latest ro3 true
ctr c info ro3 | grep -c '"readonly": true'
ctr c rm ro3
mkdir -p rfs/bin rfs/etc && ls rfs
ctr run --rm --rootfs /tmp/ctrlab-oracle-files/rfs rf1 /bin/busybox true; echo rc=$?
ctr c create --rootfs /tmp/ctrlab-oracle-files/rfs rf2 /bin/sh
ctr c info rf2 | grep '"path"'
ctr c info rf2 | grep -c '"SnapshotKey": ""'
ctr c rm rf2
ctr snapshots ls | grep -c rf2
ctr c create --snapshotter-label team=a --snapshotter-label tier=db docker.io/library/busybox:latest sl1 true
ctr snapshots info sl1 | grep -A3 Labels
ctr snapshots ls | awk '$1=="sl1"{print $3}'
ctr c rm sl1; ctr snapshots info sl1; echo rc=$?
ctr c create --uidmap 0:1000:65536 --gidmap 0:1000:65536 docker.io/library/busybox:latest um1 true
ctr c info um1 | grep -A4 uidMappings
ctr c info um1 | grep -c '"user"'
ctr c rm um1
ctr c create --uidmap 0:1000 docker.io/library/busybox:latest um2 true; echo rc=$?
ctr c create --uidmap a:b:c docker.io/library/busybox:latest um3 true; echo rc=$?
ctr c create --gidmap 0:1000:65536 docker.io/library/busybox:latest um4 true; echo rc=$?
ctr c ls -q | grep um
ctr c create --device /dev/null docker.io/library/busybox:latest dv1 true
ctr c info dv1 | grep -B2 -A6 '"/dev/null"' | grep -c '"type": "c"'
ctr c info dv1 | grep -B1 -A5 '"allow": true'
ctr c rm dv1
ctr c create --device /dev/nonexistent docker.io/library/busybox:latest dv2 true; echo rc=$?
ctr c create --device /tmp/ctrlab-oracle-files/busybox-oci.tar docker.io/library/busybox:latest dv3 true; echo rc=$?
ctr c ls -q
ctr run -d -t docker.io/library/busybox:latest td1 sleep 120; echo rc=$?
ctr t ls | awk 'NR>1{print $1, $3}'
ctr c info td1 | grep '"terminal"'
ctr t kill -s KILL td1; sleep 1; ctr t ls | awk 'NR>1{print $1, $3}'
ctr t rm td1; ctr c rm td1
ctr run -d --rm docker.io/library/busybox:latest rd1 sleep 1; echo rc=$?
ctr c ls -q | wc -l
ctr run --rm --null-io docker.io/library/busybox:latest nio1 sh -c 'echo out; echo err >&2; exit 3'; echo rc=$?
ctr run --rm --null-io -t docker.io/library/busybox:latest nio2 true; echo rc=$?
ctr run --rm --fifo-dir /tmp/ctrlab-oracle-files/fifos docker.io/library/busybox:latest ff1 echo via-fifos
ls -A /tmp/ctrlab-oracle-files/fifos | wc -l
ctr run -d --pid-file /tmp/ctrlab-oracle-files/pf1.pid docker.io/library/busybox:latest pf1 sleep 120
test -s pf1.pid && echo has-pid; [ "$(cat pf1.pid)" = "$(ctr t ls | awk '$1=="pf1"{print $2}')" ] && echo same
ctr t kill -s KILL pf1; sleep 1; ctr t rm pf1 && ctr c rm pf1
ctr run --rm --no-pivot docker.io/library/busybox:latest np1 echo no-pivot
ctr c create --cgroup /ctrlab-test docker.io/library/busybox:latest cg1 true
ctr c info cg1 | grep cgroupsPath
ctr c rm cg1
ctr c create --cgroup '' docker.io/library/busybox:latest cg2 true
ctr c info cg2 | grep -c cgroupsPath; ctr c rm cg2
ctr c create --runc-root /tmp/ctrlab-oracle-files/rr docker.io/library/busybox:latest rr1 true
ctr c info rr1 | grep -A6 '"Options"' | grep -v '^ *}' 
ctr c rm rr1
ctr c create --runtime-config-path /nonexistent.toml docker.io/library/busybox:latest rc1 true; echo rc=$?
ctr c rm rc1
ctr c create --remap-labels docker.io/library/busybox:latest rl1 true; echo rc=$?
ctr c create --allow-new-privs docker.io/library/busybox:latest an1 true
ctr c info an1 | grep -c noNewPrivileges; ctr c rm an1
ctr c create docker.io/library/busybox:latest an2 true
ctr c info an2 | grep noNewPrivileges; ctr c rm an2
ctr c ls -q
