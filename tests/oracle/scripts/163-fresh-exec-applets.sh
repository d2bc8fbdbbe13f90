# Fresh learner set (issue 14, H52): `ctr t exec` with --cwd, --user, --tty, --fifo-dir and --env in other forms,
# `ctr t metrics -f json`, and busybox applets a learner tries inside the container beyond the covered ones:
# stat, wc, tail -n +N, head -c, sort keys, tr, cut -c, env -i, printf formats, test forms, echo -e, sed, grep
# flags, ls -la on /proc, /sys and /dev. Lines read only what cannot race (no PIDs past 1, no times).
# After the first run against the real node (74/81): env now runs PROG (-i, -u, -0, NAME=VALUE) and ash starts
# with its own PATH when it inherits none, sed takes address ranges, grep takes -o, stat without -c fails for a
# missing file as busybox does, and exec --fifo-dir makes its directory. e15 named /nonexistent/x, which ctr
# created on the machine itself (cio's MkdirAll runs in ctr): it now names a path under a file, which fails.
# Left out: `tac /etc/group | tail -1` (root:x:0:), tac not being among the simulated applets yet.
ctr i import busybox-oci.tar >/dev/null
ctr run -d docker.io/library/busybox:latest box1 sleep 900
ctr t exec --exec-id e1 --cwd /etc box1 pwd
ctr t exec --exec-id e2 --cwd /nonexistent box1 pwd; echo rc=$?
ctr t exec --exec-id e3 --cwd relative box1 pwd; echo rc=$?
ctr t exec --exec-id e4 --cwd= box1 pwd; echo rc=$?
ctr t exec --exec-id e5 --user 65534 box1 id
ctr t exec --exec-id e6 --user nobody box1 id -un
ctr t exec --exec-id e7 --user 1000:1000 box1 id
ctr t exec --exec-id e8 --user root:nogroup box1 id -g
ctr t exec --exec-id e9 --user ghost box1 id; echo rc=$?
ctr t exec --exec-id e10 --user 0:ghostgroup box1 id; echo rc=$?
ctr t exec --exec-id e11 --user '' box1 id -u; echo rc=$?
ctr t exec --exec-id e12 --tty box1 echo hi; echo rc=$?
ctr t exec --exec-id e13 -t=false box1 echo plain
ctr t exec --exec-id e14 --fifo-dir /tmp/ctrlab-oracle-files/fifos box1 echo via-fifo-dir && ls /tmp/ctrlab-oracle-files/fifos | wc -l
ctr t exec --exec-id e15 --fifo-dir /etc/hostname/x box1 echo hi; echo rc=$?
ctr t exec --exec-id e16 --env A=1 --env A=2 box1 printenv A
ctr t exec --exec-id e17 --env NOVALUE box1 sh -c 'env | grep -c NOVALUE'
ctr t exec --exec-id e18 --env =x box1 true; echo rc=$?
ctr t exec --exec-id e19 box1; echo rc=$?
ctr t exec box1 true; echo rc=$?
ctr t exec --exec-id e20 nosuch true; echo rc=$?
ctr t exec --exec-id e21 box1 /nonexistent; echo rc=$?
ctr t exec --exec-id e22 box1 sh -c 'exit 7'; echo rc=$?
ctr t metrics -f json box1 | grep -o '"[a-z_]*":' | head -5
ctr t metrics --format=json box1 | head -c 1; echo
ctr t metrics -f yaml box1; echo rc=$?
ctr t metrics box1 | head -1
ctr t metrics nosuch; echo rc=$?
ctr t exec --exec-id b1 box1 stat -c '%n %a %U' /etc/passwd
ctr t exec --exec-id b2 box1 stat -c %F /tmp /etc/hostname /dev/null
ctr t exec --exec-id b3 box1 stat /nonexistent; echo rc=$?
ctr t exec --exec-id b4 box1 sh -c 'printf "a b\nc d e\n" | wc'
ctr t exec --exec-id b5 box1 sh -c 'printf "a b\nc\n" | wc -l -w'
ctr t exec --exec-id b6 box1 sh -c 'seq 20 | tail -n +18'
ctr t exec --exec-id b7 box1 sh -c 'seq 5 | tail -2 | head -c 3'
ctr t exec --exec-id b8 box1 sh -c 'printf "10\n9\n100\n9\n" | sort -n -u'
ctr t exec --exec-id b9 box1 sh -c 'printf "b 2\na 10\nc 1\n" | sort -k2 -n -r'
ctr t exec --exec-id b10 box1 sh -c 'printf "x:3\ny:1\n" | sort -t: -k2'
ctr t exec --exec-id b11 box1 sh -c 'echo "h  e   l" | tr -s " " | tr -d e'
ctr t exec --exec-id b12 box1 sh -c 'echo abcdef | cut -c2-4,6'
ctr t exec --exec-id b13 box1 sh -c 'echo abcdef | cut -c -2'
ctr t exec --exec-id b14 box1 env -i A=1 env
ctr t exec --exec-id b15 box1 env -i sh -c 'echo "[$PATH]"'
ctr t exec --exec-id b16 box1 printf '%5s|%-5s|%05d|%x|%o|%%\n' ab cd 42 255 8
ctr t exec --exec-id b17 box1 printf '%s=%s\n' a 1 b 2 c
ctr t exec --exec-id b18 box1 printf '%d\n' notanumber; echo rc=$?
ctr t exec --exec-id b19 box1 sh -c 'test -d /etc && test ! -f /etc && echo yes'
ctr t exec --exec-id b20 box1 sh -c '[ "a" = "a" -a 3 -lt 4 ]; echo $?'
ctr t exec --exec-id b21 box1 sh -c '[ -z "" ] && [ -n x ] && [ 5 -ge 5 ]; echo $?'
ctr t exec --exec-id b22 box1 sh -c 'test 1 -eq x; echo $?'
ctr t exec --exec-id b23 box1 sh -c 'echo -e "a\tb\\nc"'
ctr t exec --exec-id b24 box1 sh -c 'echo -n no-newline; echo -e "\x41\0102"'
ctr t exec --exec-id b25 box1 sh -c 'sed -n "/root/p" /etc/passwd'
ctr t exec --exec-id b26 box1 sh -c 'seq 5 | sed -n "2,3p"'
ctr t exec --exec-id b27 box1 sh -c 'seq 3 | sed "2d"'
ctr t exec --exec-id b28 box1 sh -c 'echo foo123bar45 | grep -o -E "[0-9]+"'
ctr t exec --exec-id b29 box1 sh -c 'printf "cat\ncats\nCat\n" | grep -w -i cat'
ctr t exec --exec-id b30 box1 sh -c 'printf "a1\nb2\n" | grep -E -v "a|c"'
ctr t exec --exec-id b31 box1 sh -c 'grep -q root /etc/passwd && echo found'
ctr t exec --exec-id b32 box1 sh -c 'grep -l root /etc/passwd /etc/group'
ctr t exec --exec-id b33 box1 sh -c 'grep nothing /etc/passwd; echo $?'
ctr t exec --exec-id b34 box1 sh -c 'ls -la /dev | grep -E " (null|zero|random)$" | cut -c1-10'
ctr t exec --exec-id b35 box1 sh -c 'ls -la /proc/1 | grep -c " cmdline$"'
ctr t exec --exec-id b36 box1 sh -c 'ls /sys | sort | head -4'
ctr t exec --exec-id b37 box1 sh -c 'ls -ld /proc /sys /dev | cut -c1-10'
ctr t exec --exec-id b38 box1 sh -c 'ls -la / | head -1'
ctr t exec --exec-id b39 box1 sh -c 'basename /a/b/c.txt .txt; dirname /a/b/c.txt'
ctr t exec --exec-id b40 box1 sh -c 'echo $((7 * 6)) $((10 / 3)) $((10 % 3))'
ctr t exec --exec-id b41 box1 sh -c 'x=hello; echo ${#x} ${x%lo} ${x#he}'
ctr t exec --exec-id b42 box1 sh -c 'for i in 1 2 3; do printf "%s-" $i; done; echo'
ctr t exec --exec-id b43 box1 sh -c 'uname -s; uname -m'
ctr t exec --exec-id b44 box1 sh -c 'cat /etc/hostname | wc -c'
ctr t exec --exec-id b46 box1 sh -c 'echo hello | rev; echo "a b c" | wc -w'
ctr t exec --exec-id b47 box1 sh -c 'expr 3 + 4; expr length hello'
ctr t exec --exec-id b48 box1 sh -c 'seq -w 8 10'
ctr t exec --exec-id b49 box1 sh -c 'printf "b\na\nb\n" | sort | uniq -c'
ctr t exec --exec-id b50 box1 sh -c 'echo a,b,c | cut -d, -f2-'
ctr t kill -s KILL box1 && sleep 1 && ctr t rm box1 >/dev/null && ctr c rm box1
