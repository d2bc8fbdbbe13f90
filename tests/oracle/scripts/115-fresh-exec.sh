# Hand-written fresh learner set (issue 14), part 2: `ctr t exec` with --user (names, ids, pairs,
# missing ones), --cwd (absolute, relative, missing, a file), --tty without a terminal, repeated --env, and an
# exec into tasks in the wrong state.
ctr i import busybox-oci.tar
ctr run -d docker.io/library/busybox:latest x1 sleep 600
ctr t exec --exec-id a1 --user nobody x1 id
ctr t exec --exec-id a2 --user 65534 x1 id -u
ctr t exec --exec-id a3 --user 1234:5678 x1 id
ctr t exec --exec-id a4 --user nobody:root x1 id
ctr t exec --exec-id a5 --user ghost x1 id
ctr t exec --exec-id a6 --user root:ghosts x1 id
ctr t exec --exec-id a7 --user 0:0 x1 whoami
ctr t exec --exec-id a8 --user "" x1 id
ctr t exec --exec-id a9 --user 1000 x1 sh -c 'echo $HOME'
ctr t exec --exec-id a10 --user nobody x1 sh -c 'echo $HOME; touch /root/x; echo $?'
ctr t exec --exec-id b1 --cwd /etc x1 pwd
ctr t exec --exec-id b2 --cwd /nope x1 pwd
ctr t exec --exec-id b3 --cwd etc x1 pwd
ctr t exec --exec-id b4 --cwd /etc/passwd x1 pwd
ctr t exec --exec-id b5 --cwd "" x1 pwd
ctr t exec --exec-id b6 --cwd /tmp --user nobody x1 sh -c 'pwd; id -u'
ctr t exec --exec-id c1 --tty x1 tty
ctr t exec --exec-id c2 -t x1 echo hi
ctr t exec --exec-id c3 x1 tty
ctr t exec --exec-id c4 --env A=1 --env A=2 x1 sh -c 'echo $A'
ctr t exec --exec-id c5 --env NOVAL x1 sh -c 'env | grep -c NOVAL'
ctr t exec --exec-id c6 x1 sh -c 'exit 42'
ctr t exec --exec-id c7 x1 nosuchcmd
ctr t exec --exec-id c8 x1 /etc/passwd
ctr t exec --exec-id c9 -d x1 sleep 30
ctr t ps x1 | wc -l
ctr t exec x1 true
ctr t exec --exec-id c10 nosuchtask true
ctr t exec --exec-id c11 x1
ctr t pause x1
ctr t exec --exec-id d1 x1 true
ctr t resume x1
ctr t exec --exec-id d2 --user nobody --cwd /home --env Q=w x1 sh -c 'echo $Q; pwd; id -un'
ctr c create docker.io/library/busybox:latest x2 sleep 600
ctr t exec --exec-id e1 x2 true
ctr t start -d x2
ctr t exec --exec-id e2 --user 2:3 x2 id -G
ctr t kill -s 9 x2; sleep 1; ctr t exec --exec-id e3 x2 true
ctr t ls
ctr t kill -a -s 9 x1; sleep 1; ctr t rm x1; ctr t rm x2
ctr t ls
