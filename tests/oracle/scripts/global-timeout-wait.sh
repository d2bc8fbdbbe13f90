# ctr --timeout reaching an attached wait: gRPC's DeadlineExceeded, and ctr ends before its cleanup (task and --rm
# container stay). (An exec's wait races between two messages on a real node, so it is not here; so does the second
# run's on a loaded machine, where the deadline can strike inside the task's creation: its message is not compared.
# The first run has 3 s, not 1: on a loaded CI machine a 1 s deadline struck twice inside creation, giving
# `Unknown desc = context deadline exceeded: unknown` instead of the wait's DeadlineExceeded.)
ctr i import busybox-oci.tar
ctr --timeout 3s run --rm docker.io/library/busybox:latest t1 sleep 6
ctr t ls
ctr c ls -q
ctr --timeout 1s run docker.io/library/busybox:latest t2 sleep 3 2>/dev/null
ctr t ls
ctr t ls
ctr run -d docker.io/library/busybox:latest t3 sleep 30
ctr t ps t3 | wc -l
ctr t kill -s SIGKILL t3
