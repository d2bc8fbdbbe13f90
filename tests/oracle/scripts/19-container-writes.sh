# Files a container's processes write persist in its active snapshot (the overlay upper dir); busybox file applets.
ctr images import busybox-oci.tar
ctr run -d docker.io/library/busybox:latest w1 sleep 3600
ctr snapshots usage w1
ctr t exec --exec-id a w1 sh -c 'echo hi > /tmp/x; cat /tmp/x'
ctr t exec --exec-id b w1 cat /tmp/x
ctr snapshots usage w1
ctr t exec --exec-id c w1 sh -c 'echo more >> /tmp/x; cat /tmp/x'
ctr t exec --exec-id d w1 rm /tmp/x
ctr t exec --exec-id e w1 cat /tmp/x
ctr snapshots usage w1
ctr t exec --exec-id f w1 mkdir /data/a
ctr t exec --exec-id g w1 mkdir -p /data/a/b
ctr t exec --exec-id h w1 mkdir /data
ctr t exec --exec-id i w1 ls /data/a
ctr t exec --exec-id j w1 touch /data/t
ctr t exec --exec-id k w1 ls -l /data/t
ctr t exec --exec-id l w1 rm /data/a
ctr t exec --exec-id m w1 rm -r /data/a
ctr t exec --exec-id n w1 rm /nope
ctr t exec --exec-id o w1 rm -f /nope
ctr t exec --exec-id p w1 sh -c 'printf "one\ntwo\nthree\n" > /f; cp /f /g; mv /g /h; cat /h; ls /g'
ctr t exec --exec-id q w1 wc -l /f
ctr t exec --exec-id r w1 wc /f
ctr t exec --exec-id s w1 grep t /f
ctr t exec --exec-id t w1 grep -v t /f
ctr t exec --exec-id u w1 grep -c -i T /f
ctr t exec --exec-id v w1 grep -n zzz /f
ctr t exec --exec-id w w1 rm /etc/hostname
ctr t exec --exec-id x w1 ls /etc/hostname
ctr snapshots usage w1
ctr t kill -s KILL w1
ctr t rm w1
ctr run --rm docker.io/library/busybox:latest w2 cat /tmp/x
ctr c rm w1
