# Helper H27 (issue 14): ctr writes --pid-file between NewTask and Start (cmd/ctr/commands/run/run.go and
# tasks/start.go @v1.6.20), so a pid file it cannot write leaves the task CREATED: runc init holds its PID and
# waits for a start that never comes. ctr's deferred task.Delete refuses a created task with a PID (client/task.go),
# so the task stays whether or not ctr was attached, and with --rm the container stays too. A created task can be
# exec'd into, not paused, resumed or deleted; a kill ends runc init, a Go program that, as PID 1, exits 2 on SIGTERM
# and ignores SIGUSR1. Left out: `ctr t metrics` (pids.current counts runc init's threads, 6 here).
ctr i import busybox-oci.tar
ctr run -d --pid-file /missing/p docker.io/library/busybox:latest t1 sh -c 'echo ran > /ran; sleep 100'
ctr t ls
ctr c ls
ctr t start t1
ctr t ps t1
ctr t exec --exec-id e1 t1 echo hi
ctr t exec --exec-id e2 t1 cat /ran
ctr t pause t1
ctr t resume t1
ctr c rm t1
ctr t kill -s USR1 t1
sleep 0.5
ctr t ls
ctr t kill t1
sleep 0.5
ctr t ls
ctr t rm t1
ctr t ls
ctr run --pid-file /missing/p docker.io/library/busybox:latest t2 echo hi
ctr t ls
ctr c ls
ctr run --rm --pid-file /missing/p docker.io/library/busybox:latest t3 echo hi
ctr c ls
ctr c create docker.io/library/busybox:latest t4 echo hi
ctr t start -d --pid-file /missing/p t4
ctr t ls
ctr t rm t4
ctr t kill -s 9 t4
sleep 0.5
ctr t ls
ctr t rm t4
ctr run -d --pid-file /missing/p docker.io/library/busybox:latest t5 sleep 100
ctr t rm -f t5
ctr t ls
ctr t kill -s 9 t2
ctr t kill -s 9 t3
sleep 0.5
ctr t rm t2
ctr c rm t2 t3
ctr c ls
