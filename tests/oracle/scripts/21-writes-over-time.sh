# A process writes its files and its output at its own moments: after its sleep, not when it starts.
ctr images import busybox-oci.tar
ctr run -d docker.io/library/busybox:latest late sh -c 'sleep 2; echo late > /late; rm /etc/hostname; sleep 3600'
ctr t exec --exec-id a late cat /late
ctr t exec --exec-id b late ls /etc/hostname
sleep 3
ctr t exec --exec-id c late cat /late
ctr t exec --exec-id d late ls /etc/hostname
ctr snapshots usage late
ctr t kill -s KILL late
sleep 1
ctr t rm late
ctr run -d docker.io/library/busybox:latest killed sh -c 'sleep 5; echo never > /never'
ctr t kill -s KILL killed
sleep 6
ctr t rm killed
ctr snapshots usage killed
ctr run --rm docker.io/library/busybox:latest timed sh -c 'echo one; sleep 1; echo two >&2; sleep 1; echo three'
ctr run --rm docker.io/library/busybox:latest nested sh -c 'sleep 1; sh -c "echo x; sleep 1; echo y > /y"; cat /y'
ctr c rm late killed
