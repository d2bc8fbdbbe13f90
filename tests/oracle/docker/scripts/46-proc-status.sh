# needs: bridge
# /proc/<pid>/status inside dockerd's containers (simulator/containerd/tasks/proc-status.ts) and
# EBUSY on the files runc bind-mounts. Only the lines the container decides are compared: the
# capability sets left after execve (docker's 14 by default: CapEff 00000000a80425fb; a user
# other than root keeps none), NoNewPrivs, the user's ids, the cpuset, the reader's name, PID and
# session. Memory figures, switch counts and the fields newer kernels add (Kthread, untag_mask)
# are the machine's; Seccomp waits in ../pending/46-proc-status-seccomp.sh. `docker run
# --privileged` fails on this machine and is left out.
docker load -i busybox-docker.tar
docker run --rm busybox grep Cap /proc/self/status
docker run --rm --cap-add NET_ADMIN --cap-drop CHOWN busybox grep Cap /proc/self/status
docker run --rm --cap-drop ALL busybox grep Cap /proc/self/status
docker run --rm busybox grep NoNewPrivs /proc/self/status
docker run --rm -u 1000:2000 busybox sh -c 'grep Uid /proc/self/status; grep Gid /proc/self/status; grep Groups /proc/self/status; grep Cap /proc/self/status'
docker run --rm --cpuset-cpus 1 busybox grep Cpus /proc/self/status
docker run --rm busybox grep Cpus /proc/self/status
docker run --rm busybox grep Mems_allowed_list /proc/self/status
docker run --rm busybox sh -c 'head -n 16 /proc/self/status'
docker run -d --name cf busybox sleep 1000
docker exec cf grep Name /proc/1/status
docker exec cf grep State /proc/1/status
docker exec cf grep -c PPid /proc/1/status
docker exec -u nobody cf sh -c 'grep Uid /proc/self/status; grep Groups /proc/self/status; grep Cap /proc/self/status'
docker exec cf sh -c 'grep SigIgn /proc/self/status; grep SigIgn /proc/self/status'
docker exec cf sh -c 'grep PPid /proc/self/status'
docker exec cf busybox grep Name /proc/self/status
docker exec cf sh -c 'grep State /proc/self/status'
docker exec cf rm /etc/hostname
docker exec cf rm /etc/hosts
docker exec cf rm -f /etc/resolv.conf
docker exec cf mv /etc/hostname /tmp/x
docker exec cf sh -c 'echo a > /tmp/y; mv /tmp/y /etc/hostname'
docker exec cf sh -c 'echo newname > /etc/hostname; cat /etc/hostname'
docker exec cf rm -rf /etc
docker exec cf ls /etc
docker exec cf sh -c 'rm /etc/hosts; echo $?'
docker rm -f cf
