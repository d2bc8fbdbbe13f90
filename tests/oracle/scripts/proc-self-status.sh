# /proc/<pid>/status inside ctr's containers (simulator/containerd/tasks/proc-status.ts): the
# capability sets after execve (ctr's default 14, --cap-add/--cap-drop, --privileged), NoNewPrivs
# (ctr sets it unless --allow-new-privs), Seccomp (2 and one filter with --seccomp), the exec
# user's ids, the cpuset, the reader's name and place. --privileged takes cap.Current(), the
# machine's own set (this one lacks CAP_SYS_RESOURCE), so its lines count the sets starting
# 000001ff. Memory figures, switch counts and fields newer kernels add are the machine's. An exec'd shell
# leads its own session: its NSsid is compared with 1 in the shell, as its number varies with the real
# node's threads (a count of lines without the digit 1 failed once the real PID reached the teens).
ctr i import busybox-oci.tar
ctr run --rm docker.io/library/busybox:latest c1 grep Cap /proc/self/status
ctr run --rm docker.io/library/busybox:latest c2 grep NoNewPrivs /proc/self/status
ctr run --rm docker.io/library/busybox:latest c3 grep Seccomp /proc/self/status
ctr run --rm --seccomp docker.io/library/busybox:latest c4 grep Seccomp /proc/self/status
ctr run --rm --allow-new-privs docker.io/library/busybox:latest c5 grep NoNewPrivs /proc/self/status
ctr run --rm --cap-add CAP_NET_ADMIN --cap-drop CAP_CHOWN docker.io/library/busybox:latest c6 grep Cap /proc/self/status
ctr run --rm --privileged docker.io/library/busybox:latest c7 grep -c '^Cap[PEB][a-z]*:.000001ff' /proc/self/status
ctr run --rm --privileged docker.io/library/busybox:latest c8 grep Seccomp /proc/self/status
ctr run --rm docker.io/library/busybox:latest c9 sh -c 'head -n 16 /proc/self/status'
ctr run --rm docker.io/library/busybox:latest c10 grep Cpus /proc/self/status
ctr run -d docker.io/library/busybox:latest idle sleep 1000
ctr t exec --exec-id e1 idle grep Name /proc/1/status
ctr t exec --exec-id e2 --user nobody idle grep Uid /proc/self/status
ctr t exec --exec-id e3 --user nobody idle grep Groups /proc/self/status
ctr t exec --exec-id e4 --user nobody idle grep Cap /proc/self/status
ctr t exec --exec-id e5 --user 1000:2000 idle grep Gid /proc/self/status
ctr t exec --exec-id e6 idle sh -c 'set -- $(grep NSsid /proc/self/status); [ "$2" != 1 ] && echo own session'
ctr t exec --exec-id e7 idle grep Cap /proc/1/status
ctr t kill -s KILL idle
