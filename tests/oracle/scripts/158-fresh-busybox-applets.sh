# Fresh learner set (issue 14, H47): busybox applets a learner runs inside a container to look around: ps, ls with
# flags, cat /proc/…, id, hostname, env, mount, df, wc, sort, head, tail, cut, tr, sed, grep -c/-v/-n, seq, date -u.
# Only PID 1 and the exec's own lines are read from ps, and times are cut to what cannot race.
# After the first run against the real node (60/82 lines agreed): awk is not simulated inside containers, so the
# five lines that used it now read the same with test, tr and cut; a18 read cat's PPid, the exec's PID on the
# real node (a race), and now reads only the field names. a16 (`test -r /proc/cpuinfo`, readable there) is left
# out: the simulated /proc has no cpuinfo, the recorded machine's CPU being no part of the model.
ctr i import busybox-oci.tar >/dev/null
ctr run -d docker.io/library/busybox:latest bx sleep 600
ctr t exec --exec-id a01 bx ps | head -1
ctr t exec --exec-id a02 bx ps -o pid,comm | awk '$1==1'
ctr t exec --exec-id a03 bx ps -o pid,args | grep -c sleep
ctr t exec --exec-id a04 bx sh -c 'ps | grep -v grep | grep -c "sleep 600"'
ctr t exec --exec-id a05 bx ls -d /etc
ctr t exec --exec-id a06 bx ls -1 /etc | head -3
ctr t exec --exec-id a07 bx ls -a / | head -4
ctr t exec --exec-id a08 bx ls -r /etc | tail -2
ctr t exec --exec-id a09 bx sh -c 'ls -l /etc/hostname | cut -c1-10'
ctr t exec --exec-id a10 bx ls -ld /tmp | cut -c1-10
ctr t exec --exec-id a11 bx sh -c 'n=$(ls /bin | wc -l); [ $n -gt 300 ] && echo many || echo few'
ctr t exec --exec-id a12 bx ls /nonexistent; echo rc=$?
ctr t exec --exec-id a13 bx ls -F / | head -3
ctr t exec --exec-id a14 bx cat /proc/1/comm
ctr t exec --exec-id a15 bx sh -c 'tr "\0" " " < /proc/1/cmdline; echo'
ctr t exec --exec-id a17 bx sh -c 'head -1 /proc/meminfo | cut -d: -f1'
ctr t exec --exec-id a18 bx sh -c 'cat /proc/self/status | grep -E "^(Name|Pid):" | cut -f1'
ctr t exec --exec-id a19 bx cat /proc/sys/kernel/hostname
ctr t exec --exec-id a20 bx id
ctr t exec --exec-id a21 bx id -u
ctr t exec --exec-id a22 bx id -gn
ctr t exec --exec-id a23 bx id -G
ctr t exec --exec-id a24 bx id nobody
ctr t exec --exec-id a25 bx id ghost; echo rc=$?
ctr t exec --exec-id a26 bx hostname
ctr t exec --exec-id a27 bx hostname -s
ctr t exec --exec-id a28 bx sh -c 'env | sort'
ctr t exec --exec-id a29 --env FOO=bar bx sh -c 'env | grep -n FOO'
ctr t exec --exec-id a30 bx printenv HOME; echo rc=$?
ctr t exec --exec-id a31 bx printenv NOPE; echo rc=$?
ctr t exec --exec-id a32 bx sh -c 'mount | grep -c " / "'
ctr t exec --exec-id a33 bx sh -c 'mount | grep " /proc " | cut -d" " -f1,5'
ctr t exec --exec-id a34 bx sh -c 'df / | head -1'
ctr t exec --exec-id a35 bx sh -c 'df -h /dev | tail -1 | tr -s " " | cut -d" " -f1,6'
ctr t exec --exec-id a36 bx sh -c 'wc -l < /etc/passwd'
ctr t exec --exec-id a37 bx wc -c /etc/hostname
ctr t exec --exec-id a38 bx sh -c 'wc -w /etc/group | cut -d" " -f1'
ctr t exec --exec-id a39 bx sh -c 'cut -d: -f1 /etc/passwd | sort'
ctr t exec --exec-id a40 bx sh -c 'cut -d: -f1,3 /etc/passwd | sort -t: -k2 -n | head -3'
ctr t exec --exec-id a41 bx sh -c 'sort -r /etc/group | head -2'
ctr t exec --exec-id a42 bx sh -c 'seq 10 | sort -rn | head -3 | tr "\n" ","; echo'
ctr t exec --exec-id a43 bx sh -c 'seq 3 8 | tail -2'
ctr t exec --exec-id a44 bx seq 5 -1 1
ctr t exec --exec-id a45 bx seq -s : 4
ctr t exec --exec-id a46 bx sh -c 'head -c 4 /etc/passwd; echo'
ctr t exec --exec-id a47 bx sh -c 'tail -n 1 /etc/passwd'
ctr t exec --exec-id a48 bx sh -c 'echo Hello World | tr "[:upper:]" "[:lower:]"'
ctr t exec --exec-id a49 bx sh -c 'echo banana | tr -d a'
ctr t exec --exec-id a50 bx sh -c 'echo aaabbb | tr -s ab'
ctr t exec --exec-id a51 bx sh -c 'sed -n 2p /etc/passwd'
ctr t exec --exec-id a52 bx sh -c 'echo one two | sed "s/one/1/; s/two/2/"'
ctr t exec --exec-id a53 bx sh -c 'sed "/root/d" /etc/group | wc -l'
ctr t exec --exec-id a54 bx grep -c root /etc/passwd
ctr t exec --exec-id a55 bx grep -v nologin /etc/passwd
ctr t exec --exec-id a56 bx grep -n daemon /etc/group
ctr t exec --exec-id a57 bx grep nothere /etc/passwd; echo rc=$?
ctr t exec --exec-id a58 bx grep x /nonexistent; echo rc=$?
ctr t exec --exec-id a59 bx sh -c 'date -u +%Y | cut -c1-2'
ctr t exec --exec-id a60 bx date -u -d @0
ctr t exec --exec-id a61 bx date -u -d @86400 +%F
ctr t exec --exec-id a62 bx sh -c 'uname -s; uname -m'
ctr t exec --exec-id a63 bx sh -c 'echo $((6*7))'
ctr t exec --exec-id a64 bx sh -c 'basename /a/b/c.txt .txt; dirname /a/b/c.txt'
ctr t exec --exec-id a65 bx sh -c 'expr 3 + 4'
ctr t exec --exec-id a66 bx sh -c 'printf "%s-%03d\n" x 7'
ctr t exec --exec-id a67 bx sh -c 'echo "c b a" | tr " " "\n" | sort | uniq | wc -l'
ctr t exec --exec-id a68 bx sh -c 'mkdir -p /w/x && cd /w && touch b a c && ls && ls -r'
ctr t exec --exec-id a69 bx sh -c 'cd /w && echo 12345 > big && echo 1 > small && ls -S big small'
ctr t exec --exec-id a70 bx sh -c 'cd /w && ls -s small'
ctr t exec --exec-id a71 bx sh -c 'stat -c "%s %n" /w/big'
ctr t exec --exec-id a72 bx sh -c 'which sh ls; echo rc=$?'
ctr t exec --exec-id a73 bx sh -c 'test -d /proc/1 && echo proc1'
ctr t exec --exec-id a74 bx sh -c 'cat /etc/os-release 2>&1 | head -1; echo rc=$?'
ctr t exec --exec-id a75 bx sh -c 'whoami; pwd; echo $0'
ctr t exec --exec-id a76 bx sh -c 'yes | head -3'
ctr t exec --exec-id a77 bx sh -c 'rev </etc/hostname 2>/dev/null || echo norev'
ctr t exec --exec-id a78 bx sh -c 'echo $SHLVL'
ctr t exec --exec-id a79 bx sh -c 'cat /proc/1/status | grep ^State'
ctr t exec --exec-id a80 bx cat /proc/mounts
ctr t exec --exec-id a81 bx mount -t tmpfs
ctr t kill -s KILL bx; sleep 1; ctr t rm bx && ctr c rm bx
