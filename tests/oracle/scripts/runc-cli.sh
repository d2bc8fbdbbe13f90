# runc 1.1.5 on the node, on the containers containerd's shims made: runc keeps their state under
# /run/containerd/runc/<namespace> (the shim's default root), whatever containerd's own state dir.
# list, state, ps, kill, delete, spec, features and the help, errors and exit codes (runc's
# main hands errors to logrus: a level=error line on stderr). CREATED and PIDs are normalised.
ctr i import busybox-oci.tar
ctr run -d docker.io/library/busybox:latest t1 sleep 1000
ctr c create docker.io/library/busybox:latest c1 sh
runc --root /run/containerd/runc/default list
runc --root /run/containerd/runc/default list -q
runc --root=/run/containerd/runc/default list --format json
runc --root /run/containerd/runc/default list -f xml
runc --root /run/containerd/runc/default list extra
runc --root /run/containerd/runc/default state t1
runc --root /run/containerd/runc/default state c1
runc --root /run/containerd/runc/default state nosuch
runc --root /run/containerd/runc/default state
runc --root /run/containerd/runc/default state ''
runc --root /run/containerd/runc/default ps t1
runc --root /run/containerd/runc/default ps --format json t1
runc --root /run/containerd/runc/default ps -f yaml t1
runc --root /run/containerd/runc/default ps
runc --root /run/containerd/runc/default ps nosuch
runc list
runc list -q
runc list -f json
runc state t1
runc --root /run/containerd/runc/k8s.io list
runc --root /tmp/nowhere list -f json
runc nosuch
runc help nosuch
runc --nosuch list
runc list --nosuch
runc --log-format xml list
runc --log-format json --root /run/containerd/runc/default state nosuch
# configLogrus (main.go's Before) runs before any command, help included, and opens --log's file
# then; a global flag runc cannot parse stops before it, so that error stays on stderr.
runc --log-format xml
runc --log-format xml help
runc --log nosuch-dir/runc.log list
runc --log nosuch-dir/runc.log --log-format json list
runc --log runc.log list -q
ls runc.log
runc --log runc.log nosuch
runc --log runc.log --bogus list 2>&1 >/dev/null
runc --log runc.log list --bogus 2>&1 >/dev/null
runc --log runc.log state nosuch
cat runc.log
runc -v
runc --version list
runc features | head -3
runc features extra
ctr t exec -d --exec-id e1 t1 sleep 500
runc --root /run/containerd/runc/default ps t1
sleep 1
runc --root /run/containerd/runc/default ps --format json t1
runc --root /run/containerd/runc/default kill t1 FOO
runc --root /run/containerd/runc/default kill t1 TERM extra
runc --root /run/containerd/runc/default kill nosuch KILL
runc --root /run/containerd/runc/default kill t1 USR1
runc --root /run/containerd/runc/default kill t1 99
runc --root /run/containerd/runc/default delete t1
runc --root /run/containerd/runc/default delete nosuch
runc --root /run/containerd/runc/default delete -f nosuch
runc --root /run/containerd/runc/default kill t1 KILL
sleep 1
ctr t ls
runc --root /run/containerd/runc/default list
runc --root /run/containerd/runc/default state t1
runc --root /run/containerd/runc/default kill t1
runc --root /run/containerd/runc/default kill --all t1 KILL
runc --root /run/containerd/runc/default ps --format json t1
runc --root /run/containerd/runc/default delete t1
runc --root /run/containerd/runc/default list -q
ctr t ls
ctr t rm t1
ctr t ls
ctr run -d docker.io/library/busybox:latest t2 sleep 1000
runc --root /run/containerd/runc/default delete -f t2
sleep 1
ctr t ls
runc --root /run/containerd/runc/default list -q
ctr t rm t2
mkdir -p /tmp/runc-b && cd /tmp/runc-b && runc spec && wc -c config.json && runc spec; echo $?
cd /tmp/runc-b && runc spec --rootless -b /tmp/runc-b2; echo $?
mkdir -p /tmp/runc-b2 && runc spec --rootless -b /tmp/runc-b2 && head -c 40 /tmp/runc-b2/config.json; echo
runc spec extra
rm -rf /tmp/runc-b /tmp/runc-b2
