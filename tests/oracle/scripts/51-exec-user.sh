# ctr tasks exec --user: oci.WithUser on the container's spec, names and ids from the image's
# /etc/passwd and /etc/group (Debian's 1.6.20 takes an id outside 0…2^31-1 as a name).
ctr i import busybox-oci.tar
ctr c create docker.io/library/busybox:latest idle sleep 1000
ctr t exec --exec-id e0 --user nobody idle id
ctr t start -d idle
ctr t exec --exec-id e1 --user nobody idle id
ctr t exec --exec-id e2 --user 65534 idle id
ctr t exec --exec-id e3 --user 1234 idle id
ctr t exec --exec-id e4 --user alice idle id
ctr t exec --exec-id e5 --user nobody:root idle id
ctr t exec --exec-id e6 --user nobody:nogroup idle id
ctr t exec --exec-id e7 --user 5:6 idle id
ctr t exec --exec-id e8 --user 1:2:3 idle id
ctr t exec --exec-id e9 --user : idle id
ctr t exec --exec-id e10 --user :nobody idle id
ctr t exec --exec-id e11 --user -1 idle id
ctr t exec --exec-id e12 --user root idle id
ctr t exec --exec-id e13 --user alice:5 idle id
ctr t exec --exec-id e14 --user 7:bogus idle id
ctr t exec --exec-id e15 --user 4294967296 idle id
ctr t exec --exec-id e16 --user 2147483647 idle id
ctr t exec --exec-id e17 --user nobody missing id
ctr t exec --exec-id e18 --user=nobody idle whoami
ctr t exec --exec-id e19 --user '' idle id
ctr t exec --exec-id e20 --user +5 idle id
ctr t exec --exec-id e21 --user 0:nobody idle id
ctr c create docker.io/library/busybox:latest notask
ctr t exec --exec-id e22 --user alice notask id
ctr t exec --exec-id e23 --user nobody notask id
ctr t kill -s KILL idle
