# Helper H27 (issue 14): /proc/self/cmdline and /proc/<own pid>/cmdline hold the reading process's argv, each word
# ended by a NUL, in a task's init and in an exec'd process; /proc/1/cmdline is the init's. Left out: /proc/<pid> of
# a task's other processes (a pipeline's, another exec's: which exist when ls reads /proc is a race on the real node)
# and an init whose shell exec'd its last command (`sh -c 'sleep 100'` reads back as `sleep 100`).
ctr i import busybox-oci.tar
ctr run -d docker.io/library/busybox:latest e1 sleep 100
ctr t exec --exec-id x e1 cat /proc/self/cmdline
ctr t exec --exec-id x e1 sh -c 'cat /proc/1/cmdline | tr "\0" " "; echo; cat /proc/self/cmdline | tr "\0" " "; echo'
ctr t exec --exec-id x e1 sh -c 'cat /proc/self/cmdline /proc/self/cmdline'
ctr run --rm docker.io/library/busybox:latest r1 cat /proc/self/cmdline
ctr run --rm docker.io/library/busybox:latest r2 cat /proc/1/cmdline
ctr run --rm docker.io/library/busybox:latest r3 grep -c self /proc/self/cmdline
ctr t kill -s 9 e1
