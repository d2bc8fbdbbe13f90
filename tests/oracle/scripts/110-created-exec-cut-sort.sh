# Helper H31 (issue 14): an exec into a task left CREATED (a --pid-file ctr cannot write) runs as into a running
# one: its output and exit code pass through, busybox ps shows PID 1 as nsexec named it ({runc:[2:INIT]} runc init),
# ctr t ls still says CREATED and ctr t ps lists the init and a detached exec. busybox cut (-b -c -f -d -s -O, lists
# N N- N-M -M, 0 taken as 1, E<S) and sort (-n -r -u -s -k -t -f -c -o -z, key flags of their own, errors exit 2)
# held to the real applets (coreutils/cut.c, sort.c of busybox 1.35, Debian's busybox-static).
ctr i import busybox-oci.tar
ctr run -d --pid-file /missing/p docker.io/library/busybox:latest t1 sh -c 'echo ran > /ran; sleep 100'
ctr t exec --exec-id e1 t1 ps | sed 's/^ *[0-9][0-9]* /N /'
ctr t ls
ctr t ps t1
ctr t exec --exec-id e2 t1 sh -c 'echo hi; exit 3'; echo "exit $?"
ctr t exec --exec-id e2 t1 ls /nonexist; echo "exit $?"
ctr t exec --exec-id e3 t1 nosuchbin; echo "exit $?"
ctr t exec -d --exec-id e4 t1 sleep 30; echo "exit $?"
ctr t ps t1
ctr t kill -s KILL t1; sleep 0.5; ctr t ls
ctr t rm t1
ctr run -d docker.io/library/busybox:latest k1 sleep 1000
ctr t exec --exec-id a k1 sh -c 'printf "b:2:z\na:10:y\nc:1:x\na:10:y\n" > /tmp/f; sort /tmp/f; sort -t: -k2 -n /tmp/f; sort -r /tmp/f; sort -u /tmp/f; sort -t: -k2,2n -r /tmp/f'
ctr t exec --exec-id b k1 sh -c 'printf "b:2:z\na:10:y\nc:1:x\n" | cut -d: -f2; printf "hello world\n" | cut -c1-5; printf "a b c\n" | cut -d" " -f2-; echo abc | cut -c2; echo a:b:c | cut -d: -f1,3; echo nodelim | cut -d: -f2; echo nodelim | cut -s -d: -f2'
ctr t exec --exec-id c k1 sh -c 'cut; echo $?; cut -f; echo $?; cut -d: /etc/passwd; echo $?; cut -f0 /etc/passwd; echo $?; cut -c x /etc/passwd; echo $?'
ctr t exec --exec-id y k1 sh -c 'sort -k /etc/passwd; echo $?; sort -z </dev/null; echo $?; sort /nope; echo $?; cut -d: -f1 /nope; echo $?'
ctr t exec --exec-id z k1 sh -c 'printf "3\n20\n1\n-5\n2.5\nabc\n\n" | sort -n; printf "B\na\nC\nb\n" | sort; printf "B\na\nC\nb\n" | sort -f; printf "x 3\ny 1\nz 2\n" | sort -k2; printf "1K\n2M\n3\n" | sort -h 2>&1; echo $?'
ctr t exec --exec-id w k1 sh -c 'cut -d: -f1,7 /etc/passwd | sort -t: -k2 | head -3; cut -d: -f3 /etc/passwd | sort -n | tail -2; sort -rn -t: -k3 /etc/passwd | cut -d: -f1 | head -3'
ctr t exec --exec-id v k1 sh -c 'echo "a:b" | cut -d "::" -f1; echo $?; echo abc | cut -b2-; echo abcdef | cut -c-3,5-; echo abc | cut -c3-1; echo $?'
ctr t exec --exec-id u k1 sh -c 'sort --help; echo $?; cut --help 2>&1 | head -3'
ctr t exec --exec-id t k1 sh -c 'printf "b\na\n" | sort -o /tmp/o; cat /tmp/o; printf "a\nb\n" > /tmp/s; sort -c /tmp/s; echo $?; printf "b\na\n" | sort -c; echo $?'
ctr t exec --exec-id s k1 sh -c 'printf "a\tb\tc\nd\te\n" | cut -f2; printf "x  y\n" | cut -d" " -f3; echo "a,b" | cut -d, -f 2; echo abc | cut -c 2-; echo abc | cut -c4; echo a:b | cut -d: -f3-; echo $?'
ctr t exec --exec-id r k1 sh -c 'printf "b 2\na 2\nc 1\n" | sort -k2,2 -s; printf "b 2\na 2\nc 1\n" | sort -k2,2; printf "10\n9\n010\n" | sort -n -u; printf "a\n\nb\n" | sort -r; printf "x:1\nx:1\n" | sort -u -t: -k1,1'
ctr t exec --exec-id q k1 sh -c 'sort -t; echo $?; sort -t ab </dev/null; echo $?; cut -c 0 /etc/passwd; echo $?; cut -f 1-2-3 /etc/passwd; echo $?; cut -d: -c1 /etc/passwd; echo $?'
ctr t exec --exec-id p k1 sh -c 'printf "a:b:c\n" | cut -d: -f3,1 -O+; printf "abcdef\n" | cut -c5,1-2,4; cut -s -c1 /etc/passwd; echo $?; cut -b1 -f1 /etc/passwd; echo $?; printf "Feb\njan\nDEC\nx\n" | sort -M; printf "b\0a\0" | sort -z | tr "\0" ,; echo'
ctr t exec --exec-id o k1 sh -c 'printf "  b 1\na 2\n c 3\n" | sort; printf "  b 1\na 2\n c 3\n" | sort -b; printf "x:Ab\nx:aa\n" | sort -t: -k2f; printf "1e3\n5\nfoo\n-inf\n" | sort -g; sort -k1,1x /etc/passwd; echo $?; sort -k1.0 /etc/passwd; echo $?'
ctr t kill -s KILL k1
