# Symbolic links that lead nowhere inside a busybox container (from pending/172): a loop is ELOOP
# ('Too many levels of symbolic links') for cat and for mkdir -p through it or of it, a link to a
# missing name ENOENT; plain mkdir of either says File exists; the links stay links.
ctr i import busybox-oci.tar >/dev/null
ctr run -d docker.io/library/busybox:latest sl1 sleep 900
ctr t exec --exec-id c26 sl1 sh -c 'cd /tmp && ln -s a b && ln -s b a; readlink -f a; echo rc=$?; cat a; echo rc=$?'
ctr t exec --exec-id c29 sl1 sh -c 'mkdir -p /tmp/a/b/c && ls -R /tmp/a; mkdir /tmp/a; echo rc=$?; mkdir -p /tmp/a; echo rc=$?'
ctr t exec --exec-id d1 sl1 sh -c 'cd /tmp && ln -s nowhere d; mkdir -p d; echo rc=$?; mkdir -p d/x; echo rc=$?; mkdir d; echo rc=$?; cat d; echo rc=$?'
ctr t exec --exec-id d2 sl1 sh -c 'cd /tmp && ls -l a b d | cut -c1-10,57-'
ctr t exec --exec-id d3 sl1 sh -c 'mkdir -p /tmp/real/x && ln -s /tmp/real /tmp/via && mkdir -p /tmp/via/x/y && ls /tmp/real/x'
ctr t kill -s KILL sl1; sleep 1; ctr t rm sl1 >/dev/null; ctr c rm sl1; echo rc=$?
