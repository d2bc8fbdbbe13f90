# Fresh learner set (issue 14, H43): odd values and flag combinations in `ctr run`, `ctr c create`,
# `ctr i pull` and `ctr t exec`: empty, zero, negative and huge numbers, unicode, `=` forms and repeated
# flags, as a learner tries them after reading the help. Written against the real node before any fix.
# Runs are in the foreground with --rm or removed by the next lines, so no task outlives its line.
# After the first run (75/80): a tmpfs --mount is checked by writing into it, not through /proc/mounts,
# which the simulated container does not have; the last task's removal is a line of its own, so its
# warning's time is the line's own moment on a loaded machine too.
ctr i import busybox-oci.tar >/dev/null
ctr run --rm --env A= docker.io/library/busybox:latest f1 sh -c 'echo "A=[$A]"; env | grep -c ^A='
ctr run --rm --env=B=x=y docker.io/library/busybox:latest f2 sh -c 'echo $B'
ctr run --rm --env E=1 --env E=2 docker.io/library/busybox:latest f4 printenv E
ctr run --rm --env 'U=héllo wörld' docker.io/library/busybox:latest f5 printenv U
ctr run --rm --cwd /nonexistent docker.io/library/busybox:latest f7 pwd
ctr run --rm --cwd=/etc --cwd=/tmp docker.io/library/busybox:latest f8 pwd
ctr run --rm --memory-limit 0 docker.io/library/busybox:latest f9 cat /sys/fs/cgroup/memory.max
ctr run --rm --memory-limit 99999999999999999999 docker.io/library/busybox:latest f12 true
ctr run --rm --memory-limit=67108864 docker.io/library/busybox:latest f13 cat /sys/fs/cgroup/memory.max
ctr run --rm --cpus 0 docker.io/library/busybox:latest f14 cat /sys/fs/cgroup/cpu.max
ctr run --rm --cpus 0.5 docker.io/library/busybox:latest f16 cat /sys/fs/cgroup/cpu.max
ctr run --rm --cpus x docker.io/library/busybox:latest f18 true
ctr run --rm --cpu-shares 2 docker.io/library/busybox:latest f20 cat /sys/fs/cgroup/cpu.weight
ctr run --rm --cpu-quota 0 --cpu-period 0 docker.io/library/busybox:latest f22 cat /sys/fs/cgroup/cpu.max
ctr run --rm --label '' docker.io/library/busybox:latest f24 true
ctr run --rm --label k=v --label k=w docker.io/library/busybox:latest f26 true
ctr run --rm --hostname ünï docker.io/library/busybox:latest f28 hostname
ctr run --rm --hostname=h1 --hostname=h2 docker.io/library/busybox:latest f29 hostname
ctr run --rm --user 0:0 docker.io/library/busybox:latest f30 id
ctr run --rm --uid 1000 --gid 1000 docker.io/library/busybox:latest f32 id
ctr run --rm --annotation a=1 --annotation a=2 docker.io/library/busybox:latest f35 true
ctr run --rm --rootfs docker.io/library/busybox:latest f37 true
ctr run --rm --read-only docker.io/library/busybox:latest f38 sh -c 'touch /x; echo rc=$?'
ctr run --rm --net-host docker.io/library/busybox:latest f39 sh -c 'ls /sys/class/net | grep -c lo'
ctr run --rm --null-io docker.io/library/busybox:latest f41 echo hidden
ctr run --rm --runtime io.containerd.nosuch.v1 docker.io/library/busybox:latest f45 true
ctr run --rm --snapshotter nosuch docker.io/library/busybox:latest f47 true
ctr run --rm --platform linux/s390x docker.io/library/busybox:latest f49 true
ctr run --rm --mount type=tmpfs,destination=/t docker.io/library/busybox:latest f50 sh -c 'touch /t/x && ls /t'
ctr run --rm --mount type=bind,src=/nonexistent,dst=/m,options=rbind docker.io/library/busybox:latest f51 true
ctr run --rm --with-ns pid: docker.io/library/busybox:latest f53 true
ctr run --rm --with-ns ipc: docker.io/library/busybox:latest w1 true; echo rc=$?
ctr c create --with-ns ipc: docker.io/library/busybox:latest w2 true; ctr c info w2 | grep -B1 -A1 '"ipc"'; ctr c rm w2
ctr run --rm --rlimit-nofile 77 docker.io/library/busybox:latest f56 sh -c 'ulimit -n'
ctr run --rm docker.io/library/busybox:latest '' true
ctr run --rm docker.io/library/busybox:latest 'ünï' true
ctr run --rm docker.io/library/busybox:latest f60 sh -c 'exit 300'; echo rc=$?
ctr c create --env X=1 --env X= docker.io/library/busybox:latest g1 printenv X
ctr c info g1 | grep -A3 '"env"'
ctr c create --env PATH --env PATH=/x --env A=1 --env A docker.io/library/busybox:latest g11 true
ctr c info g11 | grep -A4 '"env"'; ctr c rm g11
ctr c create docker.io/library/busybox:latest g1
ctr c create --label a=1 --label 'b=two words' docker.io/library/busybox:latest g2 true
ctr c ls -q 'labels.b==two words'
ctr c ls 'labels.a==1' | awk 'NR>1{print $1, $3}'
ctr c create --cwd relative docker.io/library/busybox:latest g3 true
ctr c info g3 | grep '"cwd"'
ctr c create --config '' docker.io/library/busybox:latest g4 true
ctr c create --config /nonexistent.json g5
ctr c create --rm docker.io/library/busybox:latest g6 true
ctr c create -t docker.io/library/busybox:latest g7 true
ctr c info g7 | grep '"terminal"'
ctr c create --memory-limit 0 docker.io/library/busybox:latest g8 true
ctr c info g8 | grep -c '"memory"'
ctr c create docker.io/library/busybox:latest
ctr c create nosuch:latest g9
ctr c create '' g10
ctr c rm g1 g2 g3 g7 g8
ctr c ls -q
ctr i pull --platform '' nosuch.invalid/x:1 2>&1 | tail -1
ctr i pull --all-platforms --platform linux/amd64 nosuch.invalid/x:1 2>&1 | tail -1
ctr i pull --plain-http --skip-verify nosuch.invalid/x:1 2>&1 | tail -1
ctr i pull '@sha256:abc'
ctr i pull 'x@sha256:short'
ctr i pull --max-concurrent-downloads -1 nosuch.invalid/x:1 2>&1 | tail -1
ctr i pull --max-concurrent-downloads x nosuch.invalid/x:1
ctr run -d docker.io/library/busybox:latest ex1 sleep 300 >/dev/null
ctr t exec ex1 true
ctr t exec --exec-id '' ex1 true
ctr t exec --exec-id e1 ex1 sh -c 'echo in; exit 4'; echo rc=$?
ctr t exec --exec-id=e2 --cwd /etc ex1 pwd
ctr t exec --exec-id e4 --cwd /nonexistent ex1 pwd; echo rc=$?
ctr t exec --exec-id e5 --env A=1 --env A=2 ex1 printenv A
ctr t exec --exec-id e7 --user 65534 ex1 id
ctr t exec --exec-id e8 --user nobody ex1 id
ctr t exec --exec-id e9 --user nosuchuser ex1 id
ctr t exec --exec-id e11 --user '' ex1 id
ctr t exec --exec-id e12 ex1 /nonexistent; echo rc=$?
ctr t exec --exec-id e13 ex1 ''; echo rc=$?
ctr t exec --exec-id 'bad id' ex1 true
ctr t exec --exec-id e16 nosuchtask true
ctr t exec --exec-id e17 ex1
ctr t kill -s KILL ex1; sleep 1
ctr t rm ex1
ctr c rm ex1
