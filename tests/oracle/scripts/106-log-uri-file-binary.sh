# Helper H27 (issue 14): ctr's --log-uri as the runc v2 shim takes it (pkg/process/io.go @v1.6.20). file:// makes the
# file's directory and appends stdout and stderr as the process writes them, with ctr run -d and ctr t start too (a
# detached task's file grows while it runs). binary:// starts the logger before the task is made: a logger that
# cannot be started (none named, missing, a directory, a file without x bits, a path through a file) fails the task's
# I/O with fork/exec's error and no task is left. Left out: a logger that starts (its own program on the host is not
# simulated here), and `ctr t ls` at once after the detached l2: the loaded oracle machine answered STOPPED twice
# while l2 still had its `echo b` to write (an earlier run answered RUNNING, as the simulator does); not understood.
ctr i import busybox-oci.tar
ctr run -d --log-uri file:///tmp/ctrlab-oracle-files/l2.log docker.io/library/busybox:latest l2 sh -c 'echo a; sleep 3; echo b >&2'
cat /tmp/ctrlab-oracle-files/l2.log
sleep 4
cat /tmp/ctrlab-oracle-files/l2.log
ctr t ls
ctr run -d --log-uri file:///tmp/ctrlab-oracle-files/sub/l3.log docker.io/library/busybox:latest l3 echo hi
sleep 0.3
ls -l /tmp/ctrlab-oracle-files/sub | cut -c1-10
cat /tmp/ctrlab-oracle-files/sub/l3.log
ctr t start --log-uri file:///tmp/ctrlab-oracle-files/s.log l3
ctr t rm l3
ctr t start --log-uri file:///tmp/ctrlab-oracle-files/s.log l3
cat /tmp/ctrlab-oracle-files/s.log
ctr t rm l3
ctr t start -d --log-uri file:///tmp/ctrlab-oracle-files/s.log l3
sleep 0.3
cat /tmp/ctrlab-oracle-files/s.log
ctr run --log-uri binary:///missing/bin docker.io/library/busybox:latest b1 echo hi
ctr t ls
ctr c ls -q
printf x > plain
ctr run --log-uri binary:///tmp/ctrlab-oracle-files/plain docker.io/library/busybox:latest b5 echo hi
ctr run --log-uri binary:///tmp/ctrlab-oracle-files docker.io/library/busybox:latest b6 echo hi
ctr run --log-uri binary://relative docker.io/library/busybox:latest b7 echo hi
ctr run --log-uri binary: docker.io/library/busybox:latest b8 echo hi
ctr run --log-uri 'binary:///missing/bin?a=1' docker.io/library/busybox:latest b9 echo hi
ctr run --log-uri binary:///tmp/ctrlab-oracle-files/plain/x docker.io/library/busybox:latest b10 echo hi
ctr t start --log-uri binary:///missing/bin b10
ctr t ls
