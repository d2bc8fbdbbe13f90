# ctr run with its flags.
ctr images import busybox-oci.tar
ctr images import nginx-docker.tar
ctr run
ctr run docker.io/library/busybox:latest
ctr run docker.io/library/missing:latest m1 true
ctr run --rm nginx:alpine n1 true
ctr run --rm docker.io/library/busybox:latest r1 echo hello
ctr run --rm docker.io/library/busybox:latest r2 sh -c "echo hi; exit 3"
ctr run --rm docker.io/library/busybox:latest r3 -- sh -c "echo hi; exit 3"
ctr run --rm --env FOO=bar docker.io/library/busybox:latest env1 env
ctr run --rm --cwd /tmp docker.io/library/busybox:latest cwd1 pwd
ctr run --rm --net-host docker.io/library/busybox:latest nh1 sh -c 'test "$(hostname)" = "$(cat /proc/sys/kernel/hostname)" && echo same'
ctr run --rm docker.io/library/busybox:latest nn1 hostname
ctr run --rm --mount type=bind,src=/tmp/ctrlab-oracle-files,dst=/data,options=rbind:ro docker.io/library/busybox:latest mnt1 ls /data
ctr run --rm docker.io/library/busybox:latest id1 id
ctr run --rm docker.io/library/busybox:latest nx1 /nonexistent
ctr run --rm -d docker.io/library/busybox:latest rd1 true
ctr run -d docker.io/library/busybox:latest q1 true
sleep 1; ctr t ls
ctr t rm q1
ctr run -d docker.io/library/busybox:latest q1 true
ctr c rm q1
ctr run -d docker.io/library/busybox:latest b1 sleep 3600
ctr run -d docker.io/library/busybox:latest b1 sleep 3600
ctr t ls
ctr c ls
ctr run --rm --label x=y docker.io/library/busybox:latest lab1 echo labelled
ctr run --rm --null-io docker.io/library/busybox:latest nio echo invisible
ctr run --rm --snapshotter native docker.io/library/busybox:latest nat1 echo native
ctr snapshots --snapshotter native ls
ctr run --bogus docker.io/library/busybox:latest x
ctr t kill -s SIGKILL b1
sleep 1; ctr t rm b1
ctr c rm b1
ctr c ls
