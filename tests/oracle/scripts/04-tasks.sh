# Tasks: their whole life, signals, exec, pause/resume, errors.
ctr images import busybox-oci.tar
ctr c create docker.io/library/busybox:latest s1 sleep 3600
ctr t ls
ctr t start -d s1
ctr t start -d s1
ctr t start -d missing
ctr t ls
ctr t exec s1 ls /
ctr t exec --exec-id e1 s1 echo hi from exec
ctr t exec --exec-id e2 s1 sh -c "exit 3"
ctr t exec --exec-id e3 s1 nosuchcmd
ctr t exec --exec-id e4 missing ls
ctr t exec --exec-id e5 s1
ctr t exec -d --exec-id long s1 sleep 1000
ctr t exec -d --exec-id long s1 sleep 1000
ctr t pause s1
ctr t ls
ctr t pause s1
ctr t exec --exec-id e6 s1 ls
ctr t resume s1
ctr t resume s1
ctr t kill --exec-id nope s1
ctr t kill --exec-id long s1
ctr t kill -a --exec-id long s1
ctr t kill s1
sleep 1; ctr t ls
ctr t kill -s SIGINT s1
sleep 1; ctr t ls
ctr t kill -s BOGUS s1
ctr t rm s1
ctr t kill -s SIGKILL s1
sleep 1; ctr t ls
ctr t kill s1
ctr t kill --all s1
ctr t rm s1
ctr t rm s1
ctr t start -d s1
ctr t kill -s 9 s1
sleep 1; ctr t ls
ctr t delete s1
ctr t start -d s1
ctr t rm -f s1
ctr t ls
ctr t kill missing
ctr t rm missing
ctr t kill
ctr t pause
ctr t resume missing
ctr c create docker.io/library/busybox:latest e1 echo hello world
ctr t start e1
ctr t ls
ctr t start e1
ctr c create docker.io/library/busybox:latest x1 sh -c "echo out; echo err >&2; exit 7"
ctr c create docker.io/library/busybox:latest x1 -- sh -c "echo out; echo err >&2; exit 7"
ctr t start x1
ctr t ls
ctr t rm x1
ctr c create docker.io/library/busybox:latest bad1 /nonexistent
ctr t start bad1
ctr t ls
ctr c rm s1 e1 x1 bad1
ctr c ls
