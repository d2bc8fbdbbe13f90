# Dialing containerd: a path that is no socket refuses at once, a missing one waits (a 2 s deadline sees the
# first attempt time out, a shorter one does not), ctr 1.6.20 never strips unix://, an empty address dials nothing.
ctr -a /etc/hostname version
ctr -a /etc/hostname i ls
ctr -a /tmp i ls
ctr -a /nonexistent.sock --connect-timeout 100ms i ls
ctr -a /nonexistent.sock --connect-timeout 2s i ls
ctr -a unix:///nonexistent.sock --connect-timeout 500ms c ls
ctr -a unix:///nonexistent.sock --connect-timeout 2s c ls
ctr -a unix:///etc/hostname --connect-timeout 2s ns ls -q
ctr -a "" version
ctr -a "" ns ls
ctr -a "" plugins ls
ctr -a "" oci spec | head -2
ctr -a tcp://127.0.0.1:1 --connect-timeout 500ms i ls
ctr --connect-timeout bogus i ls
ctr --connect-timeout -1s i ls
ctr -a relative.sock --connect-timeout 300ms i ls
