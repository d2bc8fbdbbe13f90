# Hand-written learner set G (helper H16, issue 14): lines a learner might type after the notes' pages on tasks and
# snapshots, none from sets A-F: `t exec` with a reused or missing --exec-id, -t without a terminal, --cwd forms,
# --user names, ids and uid:gid pairs; `t kill` with -a, --exec-id and signals by name, number and SIGRTMIN+n (a
# shell as a task's pid 1 ignores the signals it has no handler for); pause/resume in the wrong state and delete -f
# of running and paused tasks; `ctr run` with --null-io, --log-uri schemes, --fifo-dir, --cni, --cgroup values,
# --pid-file, --env forms; `c create --config` with a missing or bad spec file; `c rm` of several ids; a snapshot
# parent with children; content verbs on missing digests; `i mount`/`unmount`; push and pull to a closed port;
# shim, version, plugins filters; global flags in odd places; typos and missing arguments.
# Left out after the first run (the containerd layer does not model them yet): a container made by `c create --config`
# from the learner's spec file (stored with no image, no snapshot and the file's spec: `c info` shows it, `t start`
# panics on a spec without a process), and a `run --pid-file` into a missing directory (ctr fails after creating the
# task, which stays CREATED: the simulated shim starts a task as it creates it). Writes into a read-only `i mount`
# (EROFS) are not modelled either; the lines check the snapshot kinds instead (a second mount onto a kept view reuses it,
# so --rw gets the read-only view). `sleep 1` before the snapshots: the collector runs a moment after `c rm` and would
# take the view (ctr sets no gc.root label on it) if it were made within that moment, on either node.
ctr -n g i import busybox-oci.tar
ctr -n g i import nginx-docker.tar | wc -l
ctr -n g run -d docker.io/library/busybox:latest s1 sleep 1000
ctr -n g t exec --exec-id e1 s1 echo one
ctr -n g t exec --exec-id e1 s1 echo again
ctr -n g t exec --exec-id e1 -d s1 sleep 300
ctr -n g t exec --exec-id e1 s1 true
ctr -n g t ps s1 | wc -l
ctr -n g t exec s1 echo no-id
ctr -n g t exec --exec-id '' s1 true
ctr -n g t exec --exec-id 'bad id' s1 true
ctr -n g t exec --exec-id e2 -t s1 tty
ctr -n g t exec --exec-id e3 --cwd /nonexistent s1 pwd
ctr -n g t exec --exec-id e4 --cwd /tmp s1 pwd
ctr -n g t exec --exec-id e5 --cwd tmp s1 pwd
ctr -n g t exec --exec-id e6 --env A=1 s1 true
ctr -n g t exec --exec-id e7 --user nobody s1 id
ctr -n g t exec --exec-id e8 --user 65534:0 s1 id
ctr -n g t exec --exec-id e9 --user 1234 s1 id
ctr -n g t exec --exec-id e10 --user ghost s1 id
ctr -n g t exec --exec-id e11 --user root:nobody s1 id
ctr -n g t exec --exec-id e12 --user nobody:ghosts s1 id
ctr -n g t exec --exec-id e13 s1 /no/such
ctr -n g t exec --exec-id e14 s1 sh -c 'exit 7'; echo rc=$?
ctr -n g t exec --exec-id e15 nosuch true
ctr -n g t exec --exec-id e16 s1
ctr -n g t exec --exec-id e17 s1 sh -c 'echo out; echo err >&2' 2>/dev/null
ctr -n g t exec --exec-id e18 --log-uri ftp://x s1 echo x
ctr -n g t ps s1 | wc -l
ctr -n g t kill s1; sleep 1; ctr -n g t ls | awk '$1=="s1"{print $3}'
ctr -n g t kill -s SIGRTMIN+1 s1; sleep 1; ctr -n g t ls | awk '$1=="s1"{print $3}'
ctr -n g t kill -s RTMIN+1 s1
ctr -n g t kill -s 35 s1
ctr -n g t kill -s SIGNOPE s1
ctr -n g t kill -s 0 s1
ctr -n g t kill -s 65 s1
ctr -n g t kill -s '' s1
ctr -n g t kill -s sigterm s1
ctr -n g t kill --exec-id e1 -a s1
ctr -n g t kill --exec-id nope s1
ctr -n g t kill --exec-id e1 -s KILL s1; sleep 1; ctr -n g t ps s1 | wc -l
ctr -n g t kill -a s1; sleep 1; ctr -n g t ls | awk '$1=="s1"{print $3}'
ctr -n g t kill -a -s KILL s1; sleep 1; ctr -n g t ls | awk '$1=="s1"{print $3}'
ctr -n g t kill -s KILL s1
ctr -n g t kill nosuch
ctr -n g t kill
ctr -n g t rm s1
ctr -n g run -d docker.io/library/busybox:latest p1 sleep 1000
ctr -n g t pause p1
ctr -n g t pause p1
ctr -n g t ls | awk '$1=="p1"{print $3}'
ctr -n g t exec --exec-id x p1 true
ctr -n g t delete p1
ctr -n g t kill p1; ctr -n g t ls | awk '$1=="p1"{print $3}'
ctr -n g t resume p1
ctr -n g t resume p1
ctr -n g t pause p1
ctr -n g t delete -f p1
ctr -n g t ls -q
ctr -n g t resume p1
ctr -n g t pause p1
ctr -n g run -d docker.io/library/busybox:latest p2 sleep 1000
ctr -n g t rm p2
ctr -n g t rm -f p2; ctr -n g t ls -q
ctr -n g t del -f p2
ctr -n g t remove p2
ctr -n g t start -d p2; ctr -n g t ls | awk '$1=="p2"{print $3}'
ctr -n g t start -d p2
ctr -n g t pause
ctr -n g t resume
ctr -n g t pause nosuch
ctr -n g t rm -f p2 p1 nosuch
ctr -n g c rm p1 nosuch p2
ctr -n g c ls -q
ctr -n g run --null-io docker.io/library/busybox:latest n1 echo hidden; echo rc=$?
ctr -n g run --null-io -d docker.io/library/busybox:latest n2 sh -c 'echo x; sleep 1000'
ctr -n g t ls | awk '$1=="n2"{print $3}'
ctr -n g t rm -f n2
# `--log-uri binary:///bin/true` is left out: binary loggers are not simulated (the real node exits 1, silent).
ctr -n g run --rm --log-uri ftp://x docker.io/library/busybox:latest n4 echo x
ctr -n g run --rm --log-uri relative.log docker.io/library/busybox:latest n5 echo x
ctr -n g run --rm --log-uri file://$PWD/n6.log docker.io/library/busybox:latest n6 echo logged; cat n6.log
ctr -n g run --rm --fifo-dir $PWD/fifos docker.io/library/busybox:latest n7 echo fifo; ls fifos | wc -l
ctr -n g run --rm --cni docker.io/library/busybox:latest n8 true
ctr -n g run --cni docker.io/library/busybox:latest n13 true; ctr -n g c ls -q | grep -c n13
ctr -n g c rm n13
ctr -n g run --rm --log-uri /nonexistent/out.log docker.io/library/busybox:latest n14 echo x
ctr -n g run --rm --cgroup '' docker.io/library/busybox:latest n9 echo empty-cgroup
ctr -n g run --rm --cgroup /lab/n10 docker.io/library/busybox:latest n10 cat /proc/self/cgroup
ctr -n g run --rm --pid-file $PWD/n11.pid docker.io/library/busybox:latest n11 true; test -s n11.pid && echo has-pid
ctr -n g c ls -q
ctr -n g run --rm --env A docker.io/library/busybox:latest r1 sh -c 'echo "[${A-unset}]"'
ctr -n g run --rm --env A= docker.io/library/busybox:latest r2 sh -c 'echo "[${A-unset}]"'
ctr -n g run --rm --env 'A=b=c' docker.io/library/busybox:latest r3 sh -c 'echo $A'
ctr -n g run --rm --env PATH=/nowhere docker.io/library/busybox:latest r4 ls
ctr -n g run --rm --env HOME=/tmp docker.io/library/busybox:latest r5 sh -c 'cd; pwd'
ctr -n g run --rm --user nobody docker.io/library/busybox:latest r6 id
ctr -n g run --rm -u 1000:1000 docker.io/library/busybox:latest r7 id
ctr -n g run --rm --cwd /nonexistent docker.io/library/busybox:latest r8 pwd
ctr -n g run --rm --cwd /etc docker.io/library/busybox:latest r9 pwd
ctr -n g run --rm --cwd etc docker.io/library/busybox:latest r10 pwd
ctr -n g c ls -q
ctr -n g c create --config nosuch.json docker.io/library/busybox:latest c1
echo '{bad' > bad.json; ctr -n g c create --config bad.json c2
echo '{}' > empty.json; ctr -n g c create --config empty.json docker.io/library/busybox:latest c3
ctr -n g c update c5
ctr -n g c create docker.io/library/busybox:latest c5 echo five
ctr -n g c info --spec c5 | grep -A3 '"args"'
ctr -n g c info c5 --spec
ctr -n g c info --spec nosuch
ctr -n g c rm c5 nosuch; echo rc=$?
sleep 1; ctr -n g c ls -q
ctr -n g snapshots prepare a1
ctr -n g snapshots commit b1 a1
ctr -n g snapshots prepare a2 b1
ctr -n g snapshots prepare a3 b1
ctr -n g snapshots view v1 b1
ctr -n g snapshots ls | awk 'NR>1 && $2!=""{print $1, $2, $3}' | sort
ctr -n g snapshots tree | grep -v sha256 | sort
ctr -n g snapshots info b1 | grep -c '"Kind": "Committed"'
ctr -n g snapshots rm b1
ctr -n g snapshots usage b1
ctr -n g snapshots usage a2 | awk 'NR>1{print $1}'
ctr -n g snapshots mounts mnt-a2 a2 | awk '{print $1, $2, $3}'
ctr -n g snapshots mounts mnt-b1 b1
ctr -n g snapshots commit b2 b1
ctr -n g snapshots commit b3 v1
ctr -n g snapshots prepare a4 nosuchparent
ctr -n g snapshots prepare a2 b1
ctr -n g snapshots label b1 lab=g
ctr -n g snapshots info b1 | grep lab
ctr -n g snapshots rm a2 a3 v1 b1
ctr -n g snapshots ls | grep -c ' b1 '
ctr -n g snapshots rm nosuch
ctr -n g content get sha256:0000000000000000000000000000000000000000000000000000000000000000
ctr -n g content delete sha256:0000000000000000000000000000000000000000000000000000000000000000
ctr -n g content rm sha256:abc
ctr -n g content label sha256:0000000000000000000000000000000000000000000000000000000000000000 a=b
ctr -n g content edit sha256:0000000000000000000000000000000000000000000000000000000000000000
ctr -n g content edit --editor cat sha256:d3f0f01e297149e260681b6e43757513ca07bdb459629d8dee6d986ac3559f21 | head -c 40; echo
ctr -n g content info sha256:d3f0f01e297149e260681b6e43757513ca07bdb459629d8dee6d986ac3559f21
ctr -n g content get
ctr -n g content label
ctr -n g content delete
mkdir -p mnt; ctr -n g i mount docker.io/library/busybox:latest mnt | tail -1
ls mnt/etc
ctr -n g snapshots ls | awk '$1=="mnt"{print $3}'
ctr -n g i unmount mnt
ctr -n g i mount --rw docker.io/library/busybox:latest mnt | tail -1; ctr -n g snapshots ls | awk '$1=="mnt"{print $3}'
ctr -n g i unmount --rm mnt
ctr -n g snapshots ls | grep -c mnt
ctr -n g i unmount nowhere
ctr -n g i mount docker.io/library/busybox:latest
ctr -n g i mount nosuch:1 mnt
ctr -n g i push localhost:1/lab/x:1 docker.io/library/busybox:latest 2>&1 | tail -1
ctr -n g i push --plain-http localhost:1/lab/x:1 docker.io/library/busybox:latest 2>&1 | tail -1
ctr -n g i push localhost:1/lab/x:1 nosuch:1 2>&1 | tail -1
ctr -n g i pull --all-platforms --plain-http localhost:1/lab/x:1 2>&1 | tail -1
ctr -n g i pull --all-platforms --platform linux/arm64 --plain-http localhost:1/lab/x:1 2>&1 | tail -1
ctr version | grep -c Version
ctr version --help | head -3
ctr plugins ls -d 'type==io.containerd.snapshotter.v1' 'id==native' | head -4
ctr plugins ls 'id==overlayfs' | awk 'NR>1{print $1, $2}'
ctr plugins ls 'type==nope'
ctr plugins ls 'bad filter'
ctr plugin ls -q
ctr shim --id
ctr shim --id nosuch state 2>&1 | head -1
ctr -n g shim --id nosuch delete
ctr --namespace= c ls
ctr --namespace '' c ls -q
CONTAINERD_NAMESPACE=g ctr c ls -q
CONTAINERD_NAMESPACE= ctr c ls -q
CONTAINERD_NAMESPACE=g ctr -n default c ls -q
ctr c ls -n g -q
ctr t ls -n g
ctr -n=g t ls -q
ctr -n g -n default c ls -q
ctr -n g tasks exce s1 true
ctr -n g t kil s1
ctr -n g contianers ls
ctr -n g c ls --quite
ctr -n g snapshot ls | wc -l
ctr -n g t ls -q | sort | xargs -r ctr -n g t rm -f
ctr -n g c rm $(ctr -n g c ls -q)
ctr -n g i rm --sync $(ctr -n g i ls -q)
ctr -n g snapshots ls | wc -l
ctr ns rm g
rm -f bad.json empty.json n6.log n11.pid; rm -rf fifos mnt mnt-a2 mnt-b1
