# Fresh learner set (issue 14, H58): busybox 1.35 applets not yet stressed in a container: cut -c/-f/-d/-s,
# tr -s/-d/-c and classes, sort -n -r -u -k -t, head -c, tail -n +N / -c, wc -c/-l/-w, ls -la of /etc, ln -s and
# readlink -f, mkdir -p, touch -d, chmod symbolic, stat -c, test -nt, dd bs/count with its status lines,
# timeout, sleep with fractions, printenv, env -i. Only answers that cannot race (fixed times, no PIDs past 1).
ctr i import busybox-oci.tar >/dev/null
ctr run -d docker.io/library/busybox:latest app3 sleep 900
ctr t exec --exec-id c1 app3 sh -c 'echo abcdefgh | cut -c 2-4,7; echo abcdefgh | cut -c -3; echo abcdefgh | cut -c 6-'
ctr t exec --exec-id c2 app3 sh -c 'echo a:b:c:d | cut -d: -f2,4; echo a:b:c:d | cut -d: -f3-; printf "x\ty\tz\n" | cut -f2'
ctr t exec --exec-id c3 app3 sh -c 'printf "no-delim\na,b\n" | cut -d, -f2; printf "no-delim\na,b\n" | cut -s -d, -f2'
ctr t exec --exec-id c4 app3 cut -c 0 /etc/passwd
ctr t exec --exec-id c5 app3 cut -d ab -f1 /etc/passwd
ctr t exec --exec-id c6 app3 cut /etc/passwd
ctr t exec --exec-id c7 app3 sh -c 'cut -d: -f1,7 /etc/passwd | head -3'
ctr t exec --exec-id c8 app3 sh -c 'echo "aaa   bbb   ccc" | tr -s " "; echo "aabbccdd" | tr -s ab; echo hello | tr -d l'
ctr t exec --exec-id c9 app3 sh -c 'echo "Hello World 123" | tr "[:lower:]" "[:upper:]"; echo "Hello World 123" | tr -d "[:digit:]"; echo "a1b2" | tr -cd "[:alpha:]"; echo'
ctr t exec --exec-id c10 app3 sh -c 'echo "a,b;c" | tr ",;" "\n\n"; echo abc | tr a-c x; echo "tab	here" | tr "\t" _'
ctr t exec --exec-id c11 app3 sh -c 'echo hello | tr -s; echo rc=$?'
ctr t exec --exec-id c12 app3 sh -c 'printf "10\n9\n100\n9\n" | sort; printf "10\n9\n100\n9\n" | sort -n; printf "10\n9\n100\n9\n" | sort -nru'
ctr t exec --exec-id c13 app3 sh -c 'printf "b 2\na 10\nc 1\n" | sort -k2 -n; printf "b:2\na:10\nc:1\n" | sort -t: -k2,2nr'
ctr t exec --exec-id c14 app3 sh -c 'printf "B\na\nC\nb\n" | sort; printf "B\na\nC\nb\n" | sort -f; printf "x\nx\ny\n" | sort -c; echo rc=$?'
ctr t exec --exec-id c15 app3 sh -c 'printf "3\n1\n2\n" | sort -c; echo rc=$?'
ctr t exec --exec-id c16 app3 sh -c 'printf "1.5\n-2\n1e3\n0x10\n" | sort -n; printf "1.5\n-2\n10\n" | sort -g'
ctr t exec --exec-id c17 app3 sh -c 'head -c 10 /etc/passwd; echo; head -c 0 /etc/passwd | wc -c; echo hello | head -c -2; echo'
ctr t exec --exec-id c18 app3 sh -c 'seq 6 | tail -n +4; seq 6 | tail -n 2; seq 6 | tail -c 4; seq 3 | tail -n +0'
ctr t exec --exec-id c19 app3 sh -c 'seq 10 | head -n -7; seq 3 | head -n 0; echo rc=$?'
ctr t exec --exec-id c20 app3 sh -c 'printf "one two\nthree\n" | wc; printf "one two\nthree\n" | wc -c; printf "one two\nthree" | wc -l; printf "a  b\tc\n" | wc -w'
ctr t exec --exec-id c21 app3 sh -c 'wc -l /etc/passwd /etc/group; wc -c < /etc/passwd'
ctr t exec --exec-id c22 app3 wc -l /nope /etc/passwd
ctr t exec --exec-id c23 app3 sh -c 'ls -la /etc | awk "{print \$1, \$NF}"'
ctr t exec --exec-id c25 app3 sh -c 'cd /tmp && ln -s /etc/passwd pw && readlink pw && readlink -f pw && ls -l pw | awk "{print \$1, \$9, \$10, \$11}"'
ctr t exec --exec-id c27 app3 sh -c 'cd /tmp && ln -s nowhere dangling; readlink -f dangling; readlink -f /tmp/no/such; echo rc=$?; ln -s x dangling; echo rc=$?'
ctr t exec --exec-id c28 app3 sh -c 'ln -sf /etc/hostname /tmp/h; ln -sf /etc/group /tmp/h; readlink /tmp/h; ln /etc /tmp/hard; echo rc=$?'
ctr t exec --exec-id c30 app3 sh -c 'mkdir -m 700 /tmp/m && stat -c "%a %A %n" /tmp/m; mkdir /x/y/z; echo rc=$?'
ctr t exec --exec-id c33 app3 sh -c 'touch -d @86400 /tmp/t2 && stat -c "%y" /tmp/t2; touch -d garbage /tmp/t3; echo rc=$?'
ctr t exec --exec-id c34 app3 sh -c 'touch -c /tmp/never; ls /tmp/never; echo rc=$?'
ctr t exec --exec-id c35 app3 sh -c 'touch /tmp/f && chmod 600 /tmp/f && chmod u+x,g+r /tmp/f && stat -c %a /tmp/f && chmod a-w,o+t /tmp/f && stat -c "%a %A" /tmp/f'
ctr t exec --exec-id c36 app3 sh -c 'touch /tmp/g && chmod =r /tmp/g && stat -c %A /tmp/g; chmod go= /tmp/g; stat -c %A /tmp/g; chmod u=rwx,g=u /tmp/g; stat -c %A /tmp/g'
ctr t exec --exec-id c37 app3 sh -c 'chmod 999 /tmp; echo rc=$?; chmod z+x /tmp; echo rc=$?; chmod +x /nope; echo rc=$?'
ctr t exec --exec-id c38 app3 sh -c 'stat -c "%n %s %F %u:%g %h" /etc/passwd /bin /bin/sh'
ctr t exec --exec-id c39 app3 sh -c 'stat -c "[%N]" /bin/sh; stat -L -c %F /bin/sh; stat -c %s /nope; echo rc=$?'
ctr t exec --exec-id c41 app3 sh -c 'touch -d @100 /tmp/old; touch -d @200 /tmp/new; [ /tmp/new -nt /tmp/old ] && echo newer; [ /tmp/old -ot /tmp/new ] && echo older; [ /tmp/new -nt /nope ] && echo vs-missing'
ctr t exec --exec-id c43 app3 dd if=/dev/zero of=/tmp/z bs=1k count=3
ctr t exec --exec-id c44 app3 sh -c 'dd if=/etc/passwd bs=5 count=2 2>/dev/null; echo; dd if=/etc/passwd of=/dev/null bs=1M'
ctr t exec --exec-id c45 app3 sh -c 'echo hello | dd bs=1 skip=1 count=3 2>/dev/null; echo; echo hello | dd conv=ucase 2>/dev/null'
ctr t exec --exec-id c46 app3 dd if=/dev/zero of=/dev/null bs=0 count=1
ctr t exec --exec-id c47 app3 dd if=/nope of=/tmp/x
ctr t exec --exec-id c48 app3 sh -c 'dd if=/dev/zero of=/tmp/z2 bs=512 count=4 status=none; wc -c < /tmp/z2; dd if=/dev/zero of=/dev/null count=1 status=noxfer'
ctr t exec --exec-id c49 app3 timeout 1 sleep 5; echo rc=$?
ctr t exec --exec-id c50 app3 sh -c 'timeout 5 true; echo rc=$?; timeout 5 false; echo rc=$?; timeout 5 /nope; echo rc=$?'
ctr t exec --exec-id c51 app3 sh -c 'timeout -s KILL 1 sleep 3; echo rc=$?'
ctr t exec --exec-id c52 app3 sh -c 'sleep 0.2 && echo slept; sleep .1; echo rc=$?; sleep 1m2 2>&1 | head -1; sleep -1; echo rc=$?'
ctr t exec --exec-id c53 app3 sh -c 'sleep abc; echo rc=$?; sleep; echo rc=$?'
ctr t exec --exec-id c54 app3 sh -c 'printenv PATH HOME; printenv NOPE; echo rc=$?; printenv | sort'
ctr t exec --exec-id c55 app3 sh -c 'env -i /bin/env; echo rc=$?; env -i A=1 B=2 env; env -i sh -c "echo \$PATH"'
ctr t exec --exec-id c56 app3 sh -c 'env -u HOME env | sort; env - X=1 env; env FOO=bar sh -c "echo \$FOO"'
ctr t exec --exec-id c57 app3 sh -c 'env -i nosuchcmd; echo rc=$?; env --bogus; echo rc=$?'
ctr t exec --exec-id c58 app3 sh -c 'printf "b\na\n" > /tmp/s; sort -o /tmp/s /tmp/s; cat /tmp/s; sort -r /tmp/s /tmp/s'
ctr t exec --exec-id c59 app3 sh -c 'printf "a b c\n" | cut -d" " -f2-; echo "x" | cut -f1 -d; echo rc=$?'
ctr t kill -s KILL app3; sleep 1; ctr t rm app3 >/dev/null; ctr c rm app3; echo rc=$?
