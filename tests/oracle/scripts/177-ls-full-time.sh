# busybox 1.35 ls --full-time in a container: a long listing (it implies -l, whatever -1 says)
# whose date column is the whole `YYYY-MM-DD HH:MM:SS +0000` (the container's zone is UTC).
ctr i import busybox-oci.tar >/dev/null
ctr run -d docker.io/library/busybox:latest lf1 sleep 900
ctr t exec --exec-id c32 lf1 sh -c 'touch -d "2020-01-02 03:04:05" /tmp/t && ls -l --full-time /tmp/t 2>/dev/null | awk "{print \$6, \$7}"; stat -c %Y /tmp/t'
ctr t exec --exec-id f2 lf1 sh -c 'ls --full-time /tmp/t; ls --full-time -1 /tmp'
ctr t exec --exec-id f3 lf1 sh -c 'cd /tmp && touch -d @0 z && ls -n --full-time z'
ctr t exec --exec-id f4 lf1 sh -c 'mkdir /tmp/dd && touch -d "2001-02-03 04:05:06" /tmp/dd && ls -d --full-time /tmp/dd'
ctr t kill -s KILL lf1; sleep 1; ctr t rm lf1 >/dev/null; ctr c rm lf1; echo rc=$?
