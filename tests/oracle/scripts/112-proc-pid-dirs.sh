# Helper H31 (issue 14): /proc in a ctr container lists the kernel's entries and one directory per process of the
# PID namespace (simulator/programs/proc-pids.ts); /proc/<pid>/ lists the kernel's per-process entries, task/ one
# thread, cmdline the process's argv. Left out as races on the real node: which members of a running pipeline a
# listing sees, and the PIDs themselves (runc init's Go threads take 4 to 6 of them before each exec'd process).
ctr i import busybox-oci.tar
ctr run -d docker.io/library/busybox:latest idle sleep 1000
ctr t exec --exec-id a idle sh -c 'ls /proc | grep -v "^[0-9]"'
ctr t exec --exec-id b idle ls /proc/1
ctr t exec --exec-id c idle ls /proc/1/task
ctr t exec --exec-id c idle sh -c '[ "$(ls /proc/$$/task)" = $$ ] && echo own task; [ -d /proc/$$ ] && echo own dir'
ctr t exec -d --exec-id bg idle sleep 300
ctr t exec --exec-id d idle sh -c 'for p in $(ls /proc | grep "^[0-9]"); do [ $p = $$ ] || [ ! -e /proc/$p ] && continue; tr "\0" " " < /proc/$p/cmdline; echo; done'
ctr t exec --exec-id e idle cat /proc/2/cmdline
ctr t exec --exec-id f idle ls /proc/99999
ctr t exec --exec-id g idle ls -d /proc/1 /proc/self
ctr t kill -s KILL idle
ctr run --rm docker.io/library/busybox:latest r1 sh -c 'ls /proc | grep -v "^[0-9]" | wc -l; ls /proc/self/task | wc -l'
