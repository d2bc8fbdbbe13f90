# Lines of oracle 172 (busybox 1.35 applets in a container) the simulator does not answer as containerd 1.6.20's
# node does yet, kept out of the CI set until it does: /proc/self is a symlink to the reader's PID (ls -ld shows l,
# readlink /proc/self/exe names /bin/busybox); stat -f (%T is
# UNKNOWN for the overlay root); test -ef of a hard link (the simulator copies on ln). Run with diff-cli.ts.
ctr i import busybox-oci.tar >/dev/null
ctr run -d docker.io/library/busybox:latest app3 sleep 900
ctr t exec --exec-id c24 app3 sh -c 'ls -ld /proc/self | cut -c1-10; readlink /proc/self/exe; ls -la /proc/self/ | head -1'
ctr t exec --exec-id c40 app3 sh -c 'stat -f -c "%T" /; stat -c "%i" / >/dev/null; echo rc=$?'
ctr t exec --exec-id c41 app3 sh -c 'touch -d @100 /tmp/old; touch -d @200 /tmp/new'
ctr t exec --exec-id c42 app3 sh -c 'ln /tmp/new /tmp/new2; [ /tmp/new -ef /tmp/new2 ] && echo same; [ -s /tmp/new ] || echo empty; [ -L /bin/sh ] && echo link'
ctr t kill -s KILL app3; sleep 1; ctr t rm app3 >/dev/null; ctr c rm app3; echo rc=$?
