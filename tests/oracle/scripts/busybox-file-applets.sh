# busybox md5sum/sha1sum/sha256sum (and -c), base64, readlink, realpath, tee, xargs, du and test in a
# container: output, errors, exit codes. Listings of several entries go through sort (readdir
# order on a real overlayfs).
ctr i import busybox-oci.tar
ctr run -d docker.io/library/busybox:latest fa1 sleep 300
ctr t exec --exec-id a fa1 sh -c 'mkdir -p /w/a/b /w/c && echo hi > /w/a/x.conf && echo yo > /w/a/b/y.conf && touch /w/c/.hid /w/z && ln -s a /w/la && ln -s nowhere /w/dangle'
ctr t exec --exec-id b fa1 sh -c 'cd /w && md5sum a/x.conf nosuch a; echo rc=$?'
ctr t exec --exec-id c fa1 sh -c 'cd /w && md5sum a/x.conf a/b/y.conf > /tmp/s && md5sum -c /tmp/s && echo bad >> a/x.conf && md5sum -c /tmp/s; echo rc=$?'
ctr t exec --exec-id d fa1 sh -c 'printf "%s  z\nxyz\n" 00000000000000000000000000000000 > /tmp/s2; cd /w && md5sum -cw /tmp/s2; echo rc=$?; md5sum -cs /tmp/s2; echo rc=$?'
ctr t exec --exec-id e fa1 sh -c 'echo hi | sha256sum; echo hi | sha1sum -; echo hi | md5sum -s; echo rc=$?'
ctr t exec --exec-id f fa1 md5sum -c /nosuch
ctr t exec --exec-id g fa1 sh -c 'echo hello | base64; echo aGVsbG8K | base64 -d; echo aG= | base64 -d; echo rc=$?'
ctr t exec --exec-id h fa1 sh -c 'printf "hello world and more text that goes past seventy six columns of base64 output" | base64; printf abc | base64 -w 2'
ctr t exec --exec-id i fa1 sh -c 'echo x | base64 -w x; echo rc=$?; base64 /w; echo rc=$?; base64 /nosuch; echo rc=$?'
ctr t exec --exec-id j fa1 sh -c 'cd /w && readlink la; readlink -f la/x.conf; readlink z; echo rc=$?; readlink -v z; readlink -v nosuch; readlink -f dangle'
ctr t exec --exec-id k fa1 sh -c 'cd /w && realpath la dangle nosuch . z/x; echo rc=$?'
ctr t exec --exec-id l fa1 readlink a b
ctr t exec --exec-id m fa1 sh -c 'echo hi | tee /tmp/t1 /nosuch/x; echo rc=$?; cat /tmp/t1; echo more | tee -a /tmp/t1 >/dev/null; cat /tmp/t1; echo x | tee /w; echo rc=$?'
ctr t exec --exec-id n fa1 sh -c 'printf "a b\nc\n" | xargs -n 1 echo X; printf "x\ny\n" | xargs -I{} echo [{}]; echo a | xargs nosuch; echo rc=$?; echo a | xargs false; echo rc=$?'
ctr t exec --exec-id o fa1 sh -c 'cd /w && find . -name "*.conf" | sort | xargs cat; find . -type f | sort | xargs -t ls -l 2>&1 >/dev/null'
ctr t exec --exec-id p fa1 sh -c 'printf "a \"b c\" d\\\\ e\n" | xargs -n1 echo; printf "it'"'"'s\n" | xargs echo; echo rc=$?'
ctr t exec --exec-id q fa1 sh -c 'printf "a b END c\n" | xargs -E END echo; printf "" | xargs echo X; printf "" | xargs -r echo X; echo a | xargs -n 0 echo; echo rc=$?'
ctr t exec --exec-id r fa1 sh -c 'echo a b | xargs sh -c "exit 255"; echo rc=$?; printf "a b c d\n" | xargs -s 10 echo; printf "aaaaaaaaaaaa\n" | xargs -s 10 echo; echo rc=$?'
ctr t exec --exec-id s fa1 sh -c 'cd /w && du a; du -s a; du -sh a; du -a a | sort -k2; du -c a c; du nosuch; echo rc=$?'
ctr t exec --exec-id t fa1 sh -c 'cd /w && du -b a/x.conf; du -m a; du -d 1 a | sort -k2; du -k z'
ctr t exec --exec-id u fa1 sh -c "du -x | sort -k2"
ctr t exec --exec-id v fa1 test -f /etc/passwd
ctr t exec --exec-id w fa1 test -d /etc/passwd
ctr t exec --exec-id x fa1 [ 1 -eq 2
ctr t exec --exec-id y fa1 [ 2 -gt 1 ]
ctr t exec --exec-id z fa1 test a -eq 1
ctr t exec --exec-id aa fa1 sh -c 'cd /w && find . -type f -exec test -s {} \; -print | sort'
ctr t kill -s KILL fa1
