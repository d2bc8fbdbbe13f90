# What processes in a container see and do: runtimes, busybox sh (env order, read, trap, kill), ls -l, exec's stdin and cwd.
ctr images import busybox-oci.tar
ctr run --rm --runtime bogus docker.io/library/busybox:latest rt1 true
ctr run --rm --runtime io.containerd.foo.v1 docker.io/library/busybox:latest rt2 true
ctr run --rm --runtime /usr/bin/nonexistent docker.io/library/busybox:latest rt3 true
ctr run --rm --runtime io.containerd.runc.v1 docker.io/library/busybox:latest rt4 echo v1
ctr c create --runtime bogus docker.io/library/busybox:latest rt5 true
ctr t start rt5
ctr c ls
ctr c rm rt5
ctr run --rm docker.io/library/busybox:latest sh1 sh -c env
ctr run --rm --cwd /tmp docker.io/library/busybox:latest sh2 sh -c 'echo $PWD; env'
ctr run --rm --env SHLVL=5 --env PWD=/x --env FOO=1 docker.io/library/busybox:latest sh3 sh -c 'export BAR=2; env'
ctr run --rm docker.io/library/busybox:latest sh4 sh -c 'echo $0 $1 $#' zero one
ctr run --rm docker.io/library/busybox:latest sh5 sh -c 'echo $0 $#'
ctr run --rm docker.io/library/busybox:latest sh6 sh -c 'read x < /etc/hostname; echo "[$x]"'
ctr run --rm docker.io/library/busybox:latest sh7 sh -c 'echo a b c | { read x y; echo "[$x][$y]"; }'
ctr run --rm docker.io/library/busybox:latest sh8 sh -c 'printf "1\n2\n" | while read n; do echo "<$n>"; done'
ctr run --rm docker.io/library/busybox:latest sh9 sh -c 'trap "echo bye" EXIT; echo hi; exit 3'
ctr run --rm docker.io/library/busybox:latest sh10 sh -c 'trap "echo t" TERM INT; trap; trap - TERM; trap'
ctr run --rm docker.io/library/busybox:latest sh11 sh -c 'trap "echo x" BOGUS; echo not reached'
ctr run --rm docker.io/library/busybox:latest sh12 sh -c 'kill -TERM $$; echo alive'
ctr run --rm docker.io/library/busybox:latest sh13 sh -c 'kill 999; echo $?'
ctr run --rm docker.io/library/busybox:latest sh14 sh -c 'sh -c "kill \$\$"; echo $?'
ctr run --rm docker.io/library/busybox:latest sh15 sh -c 'exit 300'
ctr run --rm docker.io/library/busybox:latest sh16 false
ctr run --rm docker.io/library/busybox:latest sh17 sh -c 'echo "[$TERM]"; tty; echo $?'
ctr run --rm docker.io/library/busybox:latest ls1 ls -l /bin/sh /etc
ctr run --rm docker.io/library/busybox:latest ls2 ls -l /etc/passwd
ctr run --rm docker.io/library/busybox:latest x1 /etc/passwd
ctr run --rm docker.io/library/busybox:latest x2 ""
ctr run --rm docker.io/library/busybox:latest x3 ./relative
ctr run --rm docker.io/library/busybox:latest x4 /etc
ctr run -d docker.io/library/busybox:latest ex1 sleep 100
echo input | ctr t exec --exec-id e1 ex1 cat
ctr t exec --exec-id e2 ex1 sh -c 'echo $HOME $PWD; id'
ctr t exec --exec-id e3 --cwd /tmp ex1 sh -c 'pwd; env'
ctr t exec --exec-id e4 ex1 /etc/passwd
ctr t exec --exec-id "bad id" ex1 echo bad
ctr t exec --exec-id e5 ex1 sh -c 'echo $HOSTNAME; hostname; cat /etc/hostname'
ctr t exec --exec-id e6 ex1 sh -c 'ps -o pid,comm,args | head -2'
ctr t kill -s 65 ex1
ctr t kill -s RTMIN+1 ex1
ctr t kill -s 64 ex1
ctr t rm -f ex1
ctr c rm ex1
ctr c ls
