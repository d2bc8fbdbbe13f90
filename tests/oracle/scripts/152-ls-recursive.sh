# busybox ls -R in a container: every directory under a `dir:` header, subdirectories in order,
# dot directories only with -a, links not followed; with several operands and with -l.
ctr i import busybox-oci.tar
ctr run -d docker.io/library/busybox:latest r1 sleep 300
ctr t exec --exec-id a r1 sh -c 'mkdir -p /d1/sub/deep /d1/.hid /d2 && echo hi > /d1/a && echo x > /d1/sub/b && touch /d1/.h /d1/sub/deep/c && ln -s /etc /d1/link'
ctr t exec --exec-id b r1 ls -R /d1
ctr t exec --exec-id c r1 ls -Ra /d1
ctr t exec --exec-id d r1 ls -R /d1/ /d2
ctr t exec --exec-id e r1 sh -c 'cd /d1 && ls -R'
ctr t exec --exec-id f r1 sh -c 'cd /d1 && ls -R sub a'
ctr t exec --exec-id g r1 ls -lR /d1/sub | sed 's/ [A-Z][a-z][a-z] [ 0-9][0-9] [0-9:]* / DATE /'
ctr t exec --exec-id h r1 ls -R /nonexist; echo "rc=$?"
ctr t kill -s KILL r1
