# busybox pidof in a container (Debian's busybox-static 1.35: no -s, no -o): a name's PIDs
# highest first, all names on one line, exit 1 with nothing when none matches, its own PID
# for `pidof pidof` (PIDs past the first jobs' differ from run to run: N), a forked applet found by its own name, options refused with the usage.
ctr i import busybox-oci.tar
ctr run -d docker.io/library/busybox:latest j1 sh -c 'sleep 301 & sleep 302 & sleep 303 & exec sleep 300'
sleep 1
ctr t exec --exec-id e1 j1 pidof sleep
ctr t exec --exec-id e2 j1 pidof -s sleep
ctr t exec --exec-id e3 j1 pidof nosuch; echo "rc=$?"
ctr t exec --exec-id e4 j1 pidof sleep sh
ctr t exec --exec-id e5 j1 pidof sh sleep nosuch
ctr t exec --exec-id e6 j1 sh -c 'pidof -o %PPID sh; echo rc=$?'
ctr t exec --exec-id e7 j1 pidof; echo "rc=$?"
ctr t exec --exec-id e8 j1 pidof --help; echo "rc=$?"
ctr t exec --exec-id e9 j1 pidof --single sleep; echo "rc=$?"
ctr t exec --exec-id e10 j1 pidof pidof | sed 's/^[0-9][0-9]*$/N/'
ctr t exec --exec-id e11 j1 sh -c 'pidof sh; pidof ps; echo rc=$?' | sed 's/^[0-9][0-9]*$/N/'
ctr t exec --exec-id e12 j1 pidof "sleep 300"; echo "rc=$?"
ctr t exec --exec-id e13 j1 pidof /bin/sleep; echo "rc=$?"
ctr t exec --exec-id e14 j1 sh -c 'kill $(pidof sleep | cut -d" " -f1); sleep 0.2; pidof sleep'
ctr t exec --exec-id e15 j1 pidof -- sleep
ctr t kill -s KILL j1
