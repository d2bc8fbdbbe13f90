# Task life cycles: signals by name and number, traps in sh, execs, kill --all, exec after the init exits.
ctr images import busybox-oci.tar
ctr run -d docker.io/library/busybox:latest sig1 sh -c 'trap "echo got HUP" HUP; trap "echo got USR1" USR1; trap "echo got TERM; exit 7" TERM; while true; do sleep 1; done'
ctr t kill -s SIGHUP sig1
ctr t kill -s usr1 sig1
sleep 2; ctr t ls
ctr t kill -s 15 sig1
sleep 2; ctr t ls
ctr t kill sig1
ctr t kill -s 9 sig1
ctr t rm sig1
ctr c rm sig1
ctr run -d docker.io/library/busybox:latest sig2 sleep 1000
ctr t kill -s 2 sig2
ctr t kill -s HUP sig2
ctr t kill -s 10 sig2
ctr t kill -s sigterm sig2
sleep 1; ctr t ls
ctr t exec -d --exec-id x1 sig2 sleep 500
ctr t exec -d --exec-id x2 sig2 sleep 600
ctr t exec -d --exec-id x3 sig2 sh -c "sleep 700"
ctr t ps sig2
ctr t kill -s HUP --exec-id x1 sig2
sleep 1; ctr t ps sig2
ctr t kill -s 15 --exec-id x1 sig2
ctr t rm --exec-id x1 sig2
ctr t kill --all sig2
sleep 1; ctr t ps sig2
ctr t ls
ctr t kill -a -s 9 sig2
sleep 1; ctr t ls
ctr t ps sig2
ctr t kill --all sig2
ctr t kill --exec-id x2 sig2
ctr t exec --exec-id late sig2 echo late
ctr t metrics sig2 > /dev/null; echo $?
ctr t rm sig2
ctr t metrics sig2
ctr t ps sig2
ctr c rm sig2
ctr run -d docker.io/library/busybox:latest sig3 sh -c "sleep 1; exit 5"
sleep 2; ctr t ls
ctr t exec --exec-id after sig3 true
ctr t kill -s 9 sig3
ctr t rm sig3
ctr c rm sig3
ctr t ls
ctr c ls
