# Helper H28 (issue 14): busybox sh in a container. ( … ) runs in a forked copy of the shell (its variables, cwd,
# options, traps and exit stay inside; an EXIT trap set there runs when it ends); `exec` with redirections alone keeps
# them for the rest of the shell (busybox shell/ash.c execcmd); umask prints, sets (octal or symbolic) and gives
# files their mode; ash parses and runs a script line by line, so a syntax error comes after what precedes it,
# located in a file (`sh FILE`, `. FILE`). rm -r and rmdir on a read-only bind mount say EROFS per file. Left out:
# `times`' own CPU time (it varies: only its shape is compared), /proc/<pid> of a task's other processes (which
# PIDs runc exec's helpers spent is not modelled), and `ctr t metrics` of a created task (pids.current counts runc
# init's threads: 5 or 6).
ctr i import busybox-oci.tar
ctr run --rm docker.io/library/busybox:latest s1 sh -c 'x=1; (x=2; echo in $x); echo out $x; (cd /etc; pwd); pwd; (exit 3); echo rc $?; (false) || echo f; y=$(x=5; echo $x); echo $y $x'
ctr run --rm docker.io/library/busybox:latest s2 sh -c '(echo a; echo b) | wc -l; ( ( echo deep ) ); (echo err >&2) 2>&1; (exit 7) ; echo $?; ( set -e; false; echo no ); echo after $?'
ctr run --rm docker.io/library/busybox:latest s3 sh -c 'x=1; (x=2; exit 4) && echo no || echo st $? $x; f() (echo fsub $1); f q; (trap "echo bye" EXIT; echo t); echo end'
ctr run --rm docker.io/library/busybox:latest s4 sh -c '(echo a; ); echo $?; ()'
ctr run --rm docker.io/library/busybox:latest s5 sh -c '(echo a'
ctr run --rm docker.io/library/busybox:latest s6 sh -c 'echo a; )'
ctr run --rm docker.io/library/busybox:latest e1 sh -c 'exec >/tmp/o; echo hidden; ls /nonexist; exec >&2; cat /tmp/o'
ctr run --rm docker.io/library/busybox:latest e2 sh -c 'exec 2>&1; ls /nonexist; echo rc $?'
ctr run --rm docker.io/library/busybox:latest e3 sh -c 'echo line1 > /tmp/f; echo line2 >> /tmp/f; exec 3</tmp/f; read a <&3; read b <&3; echo "$a|$b"; exec 3<&-; read c <&3; echo rc $?'
ctr run --rm docker.io/library/busybox:latest e4 sh -c 'exec 3</nonexist; echo after $?'
ctr run --rm docker.io/library/busybox:latest e5 sh -c 'exec >/tmp/o 2>&1; echo a; nosuch; exec >&-; echo gone; echo rc $? >&2'
ctr run --rm docker.io/library/busybox:latest e6 sh -c 'exec 3>/tmp/x; echo one >&3; echo two >&3; cat /tmp/x; echo hi >&5; echo rc $?'
ctr run --rm docker.io/library/busybox:latest u1 sh -c 'umask; umask 077; umask; touch /tmp/a; mkdir /tmp/d; ls -ld /tmp/a /tmp/d; umask -S; umask 0022; umask -S; umask u=rwx,g=rx,o=; umask; umask 999; echo rc $?'
ctr run --rm docker.io/library/busybox:latest u2 sh -c 'umask 027; echo x > /tmp/r; mkdir -p /tmp/q/w; ls -ld /tmp/r /tmp/q /tmp/q/w; umask a=rx; umask; umask -S; umask g-x; umask; umask -S -S'
ctr run --rm docker.io/library/busybox:latest u3 sh -c 'umask 077; sh -c umask; (umask); umask 0; cat /proc/self/status | grep Umask'
ctr run --rm docker.io/library/busybox:latest u4 sh -c 'times | sed "s/[0-9]/N/g"; echo rc $?'
ctr run --rm docker.io/library/busybox:latest p1 sh -c 'printf "echo ok\nif then\n" > /tmp/f; . /tmp/f; echo rc $?'
ctr run --rm docker.io/library/busybox:latest p2 sh -c 'printf "echo ok\nfoo() {\n" > /tmp/f; cd /tmp; . ./f; echo rc $?'
ctr run --rm docker.io/library/busybox:latest p3 sh -c 'printf "echo a\necho \"unterminated\n" > /tmp/f; sh /tmp/f; echo rc $?; . /tmp/f; echo rc2 $?'
ctr run --rm docker.io/library/busybox:latest p4 sh -c 'printf "echo in\nnosuch\nshift 5\necho \$LINENO\n" > /tmp/l.sh; . /tmp/l.sh; echo back $?; nosuch2'
ctr run --rm docker.io/library/busybox:latest p5 sh -c 'printf "x=1\n(echo sub\n" > /tmp/p.sh; cd /tmp; . p.sh; echo no'
mkdir -p rob/sub && touch rob/sub/b
ctr run --rm --mount type=bind,src=/tmp/ctrlab-oracle-files/rob,dst=/ro,options=rbind:ro docker.io/library/busybox:latest m1 sh -c 'rm -rf /ro; echo rc $?; rm -f /ro/sub/b; echo rc $?; rm -f /ro/nope; echo rc $?; rm -r /ro/sub; echo rc $?; rmdir /ro/sub; echo rc $?; rm -rf /ro/sub/b /ro/zz; echo rc $?'
ctr c ls
