# Pause, kill and force-delete; starting again after rm; run -d then t start; c rm with a task; exec cwd errors; checkpoints.
# (A snapshot kept by c rm --keep-snapshot is garbage-collected about a second later on a real node, so it is not looked at here.)
ctr images import busybox-oci.tar
ctr run -d docker.io/library/busybox:latest p1 sleep 1000
ctr t pause p1
ctr t rm p1
ctr t rm -f p1
ctr t ls
ctr c rm p1
ctr run -d docker.io/library/busybox:latest p2 sleep 1000
ctr t pause p2
ctr t kill p2
ctr t ls
ctr t kill -s 9 p2
sleep 1; ctr t ls
ctr t resume p2
ctr t rm p2
ctr t start -d p2
ctr t ls
ctr t rm -f p2
ctr c rm p2
ctr c create docker.io/library/busybox:latest e2 sh -c "exit 3"
ctr c create docker.io/library/busybox:latest e2 -- sh -c "exit 3"
ctr t start e2
ctr t ls
ctr t start e2
ctr t start -d e2
sleep 1; ctr t ls
ctr t rm e2
ctr t start e2
ctr c rm e2
ctr run -d docker.io/library/busybox:latest q3 sleep 1000
ctr t start -d q3
ctr t start q3
ctr c rm q3
ctr c rm -f q3
ctr t exec -d --exec-id y1 q3 sleep 300
ctr t exec --exec-id y3 --cwd relative q3 pwd
ctr t exec --exec-id y4 --cwd /etc/passwd q3 pwd
ctr t exec --exec-id y5 --cwd /nonexistent q3 pwd
ctr t exec --exec-id y6 --cwd /etc q3 pwd
ctr t rm -f q3
ctr c rm --keep-snapshot q3
ctr c create docker.io/library/busybox:latest q4 true
ctr t start q4
ctr t start q4
ctr t rm q4
ctr c rm q4
ctr run -d docker.io/library/busybox:latest ck1 sleep 1000
ctr c checkpoint ck1 docker.io/library/ck1:1
ctr c checkpoint ck1 docker.io/library/ck1:1
ctr c checkpoint missing docker.io/library/ck1:2
ctr c restore ck1 docker.io/library/ck1:1
ctr c restore ck2 docker.io/library/ck1:1
ctr c restore ck2 ck1-bare
ctr t rm -f ck1
ctr c rm ck1
ctr c restore ck1 docker.io/library/ck1:1
ctr i rm docker.io/library/ck1:1
ctr c create docker.io/library/busybox:latest nosnap echo hi
ctr snapshots rm nosnap
ctr t start nosnap
ctr c rm nosnap
ctr c ls
ctr t ls
