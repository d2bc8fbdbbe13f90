# Metrics and process lists of a task through its states, and platforms and snapshotters for run.
# (A sample's cgroup counters, and so the fields a JSON sample has and the table's widths, vary from run to run: only exit codes are compared.)
ctr images import busybox-oci.tar
ctr run -d docker.io/library/busybox:latest mt1 sleep 100
ctr t metrics --format json mt1 > /dev/null; echo $?
ctr t metrics mt1 > /dev/null; echo $?
ctr t metrics --format yaml mt1
ctr t pause mt1
ctr t metrics --format json mt1 | grep -c '"pids"'
ctr t ps mt1
ctr t resume mt1
ctr t kill -s 9 mt1
sleep 1; ctr t metrics --format json mt1 | grep -A1 '"pids"'
ctr t ps mt1
ctr t rm mt1
ctr t metrics mt1
ctr c rm mt1
ctr run --rm --platform linux/s390x docker.io/library/busybox:latest pf1 true
ctr run --rm --platform linux/amd64 docker.io/library/busybox:latest pf2 echo amd64
ctr run --rm --snapshotter native docker.io/library/busybox:latest sn1 echo native
ctr run --rm --snapshotter bogus docker.io/library/busybox:latest sn2 echo bogus
ctr c ls
