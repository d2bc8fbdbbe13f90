# ctr --timeout reaching an attached wait: gRPC's DeadlineExceeded, and ctr ends before its cleanup (task and --rm
# container stay). (An exec's wait races between two messages on a real node, so it is not here; so does the second
# run's on a loaded machine, where the deadline can strike inside the task's creation: its message is not compared.)
ctr i import busybox-oci.tar
ctr --timeout 1s run --rm docker.io/library/busybox:latest t1 sleep 3
ctr t ls
ctr c ls -q
ctr --timeout 1s run docker.io/library/busybox:latest t2 sleep 3 2>/dev/null
ctr t ls
ctr t ls
ctr run -d docker.io/library/busybox:latest t3 sleep 30
ctr t ps t3 | wc -l
ctr t kill -s SIGKILL t3
