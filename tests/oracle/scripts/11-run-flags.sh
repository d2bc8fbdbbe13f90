# ctr run flags whose effect runc checks: mounts, env, env files, cwd, read-only root, labels, /proc and /dev.
ctr images import busybox-oci.tar
ctr run --rm --mount type=bind,src=/tmp,dst=/x docker.io/library/busybox:latest m1 ls -d /x
ctr run --rm --mount type=bind,src=/tmp,dst=/x,options=ro docker.io/library/busybox:latest m2 ls -d /x
ctr run --rm --mount type=bind,src=/tmp,dst=/x,options=bind docker.io/library/busybox:latest m3 ls -d /x
ctr run --rm --mount type=bind,src=/nonexist,dst=/x,options=rbind docker.io/library/busybox:latest m4 true
ctr run --rm --mount type=bind,src=/tmp,options=rbind docker.io/library/busybox:latest m5 true
ctr run --rm --mount type=tmpfs,src=tmpfs,dst=/x docker.io/library/busybox:latest m8 ls -d /x
ctr run --rm --mount src=/tmp,dst=/x,options=rbind docker.io/library/busybox:latest m9 ls -d /x
ctr run --rm --mount type=bind,src=/tmp,dst=x,options=rbind docker.io/library/busybox:latest m10 ls -d /x
ctr run --rm --mount type=bind,src=/tmp,dst=/x,options=rbind:bogus docker.io/library/busybox:latest m11 true
ctr run --rm --mount type=bind,src=/tmp,dst=/x,options=rbind,extra docker.io/library/busybox:latest m12 true
ctr run --rm --mount type=bind,src=/tmp/ctrlab-oracle-files,dst=/data,options=rbind:ro docker.io/library/busybox:latest m13 sh -c 'echo hi > /data/f'
ctr c ls
ctr run --rm --env NOEQUALS --env A=1 --env =x docker.io/library/busybox:latest e1 env
ctr run --rm --env A=1 --env A=2 --env B= docker.io/library/busybox:latest e2 env
printf 'X=1\n# comment\n\nY=2\nNOEQ\n export Z=3\n' > envfile; ctr run --rm --env-file envfile docker.io/library/busybox:latest e3 env
ctr run --rm --env-file /nonexistent.env docker.io/library/busybox:latest e4 env
ctr run --rm --cwd /nonexistent docker.io/library/busybox:latest w2 pwd
ctr run --rm --cwd /etc/passwd docker.io/library/busybox:latest w3 pwd
ctr run --rm --cwd "" docker.io/library/busybox:latest w4 pwd
ctr c create --cwd relative docker.io/library/busybox:latest w5 pwd
ctr t start w5
ctr c ls
ctr c rm w5
ctr run --rm --read-only docker.io/library/busybox:latest r2 sh -c 'echo hi > /tmp/y; echo $?'
ctr run --rm --read-only docker.io/library/busybox:latest r3 sh -c 'echo hi > /dev/shm/y; echo $?'
ctr run --rm --label a=b --label c docker.io/library/busybox:latest l1 true
ctr run -d --label a=b --label c docker.io/library/busybox:latest l2 sleep 100
ctr c info l2 | grep -A4 '"Labels"'
ctr t rm -f l2
ctr c rm l2
ctr run --rm docker.io/library/busybox:latest h2 cat /proc/sys/kernel/hostname
ctr run --rm --net-host docker.io/library/busybox:latest h1 sh -c 'test "$(hostname)" = "$(cat /proc/sys/kernel/hostname)" && echo same'
ctr run --rm docker.io/library/busybox:latest h6 ls /
ctr run --rm docker.io/library/busybox:latest h7 ls /dev
ctr run --rm docker.io/library/busybox:latest h8 ls -d /proc/sys/kernel /dev/null
ctr c ls
