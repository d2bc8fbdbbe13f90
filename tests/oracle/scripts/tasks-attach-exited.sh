# ctr t attach defers task.Delete: after an exited task's code is reported, the task is gone (attach.go).
# (Output is sent to /dev/null where the real node races: a detached echo, and a late attach's output, which the
# simulator does not yet copy when it jumps time.)
ctr i import busybox-oci.tar
ctr run -d docker.io/library/busybox:latest a1 sh -c 'echo hi; exit 3' > /dev/null
sleep 1
ctr t attach a1
ctr t ls
ctr run -d docker.io/library/busybox:latest a2 sh -c 'sleep 2; echo bye; exit 4'
ctr t attach a2 > /dev/null
ctr t ls
ctr c create docker.io/library/busybox:latest a3 true
ctr t attach a3
ctr t ls
ctr t attach missing
