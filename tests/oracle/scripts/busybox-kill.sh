# busybox kill run inside a container: its list of names, its errors, and signals that reach
# another process of the container (PID 1 ends on KILL, and on TERM only when it traps it).
ctr i import busybox-oci.tar
ctr run -d docker.io/library/busybox:latest k1 sleep 300
ctr t exec --exec-id a k1 kill -l
ctr t exec --exec-id b k1 kill -l 9
ctr t exec --exec-id c k1 kill -l HUP
ctr t exec --exec-id d k1 kill
ctr t exec --exec-id e k1 kill 999
ctr t exec --exec-id f k1 kill -FOO 1
ctr t exec --exec-id g k1 kill -s FOO 1
ctr t exec --exec-id h k1 kill abc
ctr t exec --exec-id i k1 kill -0 1
ctr t exec --exec-id j k1 kill 1
ctr t ls
ctr t exec --exec-id k k1 kill -9 1
ctr t ls
ctr t exec --exec-id l k1 kill -l 0 129 sigterm io 40
ctr t exec --exec-id m k1 kill -l 1 xyz 2
ctr t exec --exec-id n k1 kill -n 9 1
ctr t exec --exec-id o k1 kill ''
ctr t exec --exec-id p k1 kill 12, 0099999
ctr t exec --exec-id q k1 sh -c 'kill -l 0; kill -n 9 1; kill ""; echo $?; kill " 99998 99997"; echo $?'
ctr run -d docker.io/library/busybox:latest k2 sh -c 'trap "exit 7" TERM; while true; do sleep 1; done'
ctr t exec --exec-id a k2 kill -s TERM 1
sleep 2
ctr t ls
ctr run -d docker.io/library/busybox:latest k3 sh -c 'trap "exit 3" HUP; while true; do sleep 1; done'
ctr t exec --exec-id a k3 sh -c 'kill -HUP 1; echo sent'
ctr run -d docker.io/library/busybox:latest k4 sh -c 'trap "exit 4" USR1; while true; do sleep 1; done'
ctr t exec --exec-id a k4 sh -c 'echo 1 | xargs kill -USR1'
sleep 2
ctr t ls
ctr t rm k3
ctr t rm k4
ctr run -d docker.io/library/busybox:latest k5 sh -c 'trap "exit 5" USR1; while true; do sleep 1; done'
ctr t exec -d --exec-id a k5 sh -c 'sleep 3; kill -USR1 1'
sleep 1
ctr t ls
sleep 4
ctr t ls
ctr t rm k5
ctr t kill -s KILL k1
sleep 1
ctr t rm k1
ctr t rm k2
