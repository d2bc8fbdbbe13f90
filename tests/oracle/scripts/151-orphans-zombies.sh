# A container's forks outlive their parent and linger as zombies (Linux in a PID namespace):
# an exec's background job goes on under PID 1 once the exec's shell is gone; a job that ends
# under a PID 1 that never waits (sleep) stays a zombie, [sleep] in busybox ps, still found by
# pidof, left out of cgroup.procs (ctr t ps); under a shell that waits it is reaped. The exec's
# jobs write nowhere (> /dev/null 2>&1): one that holds the exec's stdout keeps ctr waiting
# until it ends, which is not simulated. PIDs past 1 differ from run to run: N.
ctr i import busybox-oci.tar
ctr run -d docker.io/library/busybox:latest z1 sleep 300
ctr t exec --exec-id e1 z1 sh -c 'sleep 2 > /dev/null 2>&1 & sleep 400 > /dev/null 2>&1 &'; echo "rc=$?"
ctr t exec --exec-id e2 z1 ps -o ppid,comm,args
ctr t ps z1 | wc -l
sleep 3
ctr t exec --exec-id e3 z1 ps -o ppid,comm,args
ctr t exec --exec-id e4 z1 ps | sed 's/^ *[0-9][0-9]* /N /'
ctr t exec --exec-id e5 z1 pidof sleep | wc -w
ctr t ps z1 | wc -l
ctr run -d docker.io/library/busybox:latest z2 sh -c 'sleep 1 & sleep 300 & wait'
ctr t exec --exec-id e6 z2 sh -c 'sleep 1 > /dev/null 2>&1 &'
sleep 2
ctr t exec --exec-id e7 z2 ps -o ppid,comm,args
ctr run -d docker.io/library/busybox:latest z3 sh -c 'sleep 1 & exec sleep 300'
sleep 2
ctr t exec --exec-id e8 z3 ps -o ppid,comm,args
ctr t exec --exec-id e9 z3 ps | sed 's/^ *[0-9][0-9]* /N /'
ctr t kill -s KILL z1
ctr t kill -s KILL z2
ctr t kill -s KILL z3
