# ctr --rootfs-propagation (linux.rootfsPropagation as typed; runc's specconv refuses names it
# does not know) and the order of ctr tasks exec's IO flag checks (after the task is loaded).
ctr i import busybox-oci.tar
ctr c create --rootfs-propagation shared docker.io/library/busybox:latest c1 hostname
ctr c info c1 | grep -B1 -A1 rootfsPropagation
ctr c create --rootfs-propagation '' docker.io/library/busybox:latest c2
ctr c info c2 | grep -c rootfsPropagation
ctr c create --rootfs-propagation bogus docker.io/library/busybox:latest c3 true
ctr t start c3
ctr c ls -q
ctr run --rm --rootfs-propagation bogus docker.io/library/busybox:latest r1 true
ctr run --rm --rootfs-propagation rslave docker.io/library/busybox:latest r2 echo ok
ctr run --rm --rootfs-propagation private docker.io/library/busybox:latest r3 echo ok
ctr c ls -q
ctr t exec --exec-id e1 --log-uri file:///tmp/l.log missing hostname
ctr t exec --exec-id e1 --log-uri file:///tmp/l.log c1 hostname
ctr run -d docker.io/library/busybox:latest w1 sleep 1000
ctr t exec --exec-id e2 -t --log-uri file:///tmp/l.log w1 hostname
ctr t exec --exec-id e3 --fifo-dir /tmp --log-uri file:///tmp/l.log w1 hostname
ctr t kill -s KILL w1
