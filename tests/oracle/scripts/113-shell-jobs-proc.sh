# Helper H34 (issue 14): busybox sh's background jobs in a ctr container (simulator/programs/sh/sh-jobs.ts). A job takes
# the next PID of the namespace ($!; a pipeline's last member's), as every fork does (a pipeline's members, ( … ), $( … ),
# a program the shell runs), reads /dev/null, keeps its own variables and cwd; kill ends it, wait takes its status and,
# when it reaps a job a signal killed, says so; a job that ended is reaped by the next foreground wait (kill then finds
# no such process). /proc/meminfo's fields and /proc/<pid>/status of another process. PIDs are compared as differences
# or against /proc and ps (runc init's threads take 5 or 6 before the first). Races left out: what a job prints after
# PID 1 ended, ps right after a fork (busybox shows {exe} until the applet renames itself), and whether a `wait` right
# after `kill` reaps the job itself (it then prints Terminated) or finds it reaped, and a signal sent before the child
# has set SIGINT ignored (forkchild's ignoresig). The oracle machine's
# kernel is newer than the node's 6.1: meminfo lines both have are compared, with their values in the shell.
ctr i import busybox-oci.tar
ctr run --rm docker.io/library/busybox:latest j1 sh -c 'echo $!; [ -z "$!" ] && echo empty; sleep 1 & a=$!; [ $a -gt $$ ] && echo child; true & echo $(($! - a)); cat /dev/null; sleep 1 & echo $(($! - a))'
ctr run --rm docker.io/library/busybox:latest j2 sh -c 'sleep 1 & a=$!; echo x | cat >/dev/null; x=$(true); (true); sleep 1 & echo $(($! - a)); sleep 1 | sleep 1 & echo $(($! - a))'
ctr run --rm docker.io/library/busybox:latest j3 sh -c 'sleep 5 & p=$!; kill $p; echo k $?; wait $p 2>/dev/null; echo w $?; wait $p; echo again $?'
ctr run --rm docker.io/library/busybox:latest j4 sh -c '(exit 3) & wait $!; echo w $?; false & wait; echo all $?; (echo in bg; exit 4) & wait $!; echo st $?'
ctr run --rm docker.io/library/busybox:latest j5 sh -c 'true & sleep 1; kill $! 2>/dev/null; echo k $?; kill $! 2>&1 | sed "s/pid [0-9]*/pid N/"; false & sleep 1; wait $!; echo w $?'
ctr run --rm docker.io/library/busybox:latest j6 sh -c 'wait 99; echo w $?; wait abc; echo $?; wait -n; echo n $?; wait %1; echo $?'
ctr run --rm docker.io/library/busybox:latest j7 sh -c 'sleep 2 & kill -9 $!; wait $!; echo w $?; sleep 2 & kill -0 $!; echo alive $?; kill $!; wait; echo all $?'
ctr run --rm docker.io/library/busybox:latest j8 sh -c 'echo start; (sleep 1; echo late) & echo now; wait; echo done'
ctr run --rm docker.io/library/busybox:latest j9 sh -c 'x=1; x=2 & wait; echo $x; cd /tmp & wait; pwd; exit 3 & wait $!; echo exit $?'
ctr run --rm docker.io/library/busybox:latest j10 sh -c 'read line & wait $!; echo r $?; cat & wait $!; echo c $?'
ctr run --rm docker.io/library/busybox:latest j11 sh -c 'sleep 10 & sleep 0.2; kill -INT $!; kill -0 $! && echo still; kill -TERM $!; wait $!; echo $?'
ctr run --rm docker.io/library/busybox:latest j12 sh -c 'sleep 0.2 & sleep 1; ps -o args | grep -c "^sleep"; kill $! 2>&1 | sed "s/pid [0-9]*/pid N/"'
ctr run --rm docker.io/library/busybox:latest j13 sh -c 'sleep 5 & sleep 0.5; ps -o pid,comm,args | grep " sleep " | grep -c "^ *$! "; [ -d /proc/$! ] && echo dir; tr "\0" " " < /proc/$!/cmdline; echo; kill $!'
ctr run --rm docker.io/library/busybox:latest j14 sh -c 'sleep 5 & sleep 0.5; grep -E "^(Name|State|PPid|NSsid|Uid|Threads):" /proc/$!/status; kill $!; wait $!; echo $?'
ctr run -d docker.io/library/busybox:latest idle sleep 1000
ctr t exec --exec-id a idle sh -c 'grep -E "^(Name|State|Pid|PPid|NSsid):" /proc/1/status'
ctr t exec -d --exec-id bg idle sleep 300
ctr t exec --exec-id b idle sh -c 'for p in $(ls /proc | grep "^[0-9]"); do [ $p = 1 ] || [ $p = $$ ] || [ ! -e /proc/$p ] || grep -E "^(Name|State):" /proc/$p/status; done'
ctr t exec --exec-id c idle sh -c 'for p in $(ls /proc | grep "^[0-9]"); do [ $p = 1 ] || [ $p = $$ ] || [ ! -e /proc/$p ] || { grep -q "^PPid:.0$" /proc/$p/status && echo parent-outside; [ "$(sed -n "s/^NSsid:.//p" /proc/$p/status)" = $p ] && echo own-session; }; done'
ctr t kill -s KILL idle
ctr run --rm docker.io/library/busybox:latest m1 sh -c 'grep -E "^(MemTotal|MemFree|MemAvailable|Buffers|Cached|SwapCached|Active|Inactive|SwapTotal|SwapFree|Dirty|Shmem|Slab|CommitLimit|Committed_AS|VmallocTotal|Hugepagesize):" /proc/meminfo | sed "s/ *[0-9][0-9]* kB$/ N kB/"'
ctr run --rm docker.io/library/busybox:latest m2 sh -c 'grep HugePages_ /proc/meminfo | sed "s/[0-9][0-9]*$/N/"; t=$(sed -n "s/^MemTotal: *\([0-9]*\) kB/\1/p" /proc/meminfo); f=$(sed -n "s/^MemFree: *\([0-9]*\) kB/\1/p" /proc/meminfo); [ $t -gt $f ] && [ $f -gt 0 ] && echo sane; ls -l /proc/meminfo | cut -c1-10'
ctr run --rm docker.io/library/busybox:latest m3 sh -c 'head -1 /proc/meminfo | grep -c "^MemTotal: \{7\}"; wc -l < /proc/meminfo; cat /proc/meminfo > /dev/null && echo read'
