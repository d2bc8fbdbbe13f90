# Container checkpoints around a task's states, restore's reference parsing, and the cgroup
# values runc writes (--cpus as Go converts it, limits the v1 kernel refuses, a memory limit in metrics).
ctr images import busybox-oci.tar
ctr run -d docker.io/library/busybox:latest c9 sleep 100
ctr c checkpoint c9 ckpt0
ctr c restore c9 ckpt1:v1
ctr c restore c9 ckpt1
ctr c restore c9 ckpt0
ctr c checkpoint --rw c9 ckpt2
ctr content get $(ctr content get $(ctr i ls | awk '/ckpt2/{print $3}') | grep -o 'sha256:[0-9a-f]*' | tail -1) | tar tzf -
ctr t pause c9
ctr c checkpoint --task c9 ckpt3
ctr c checkpoint c9 ckpt3
ctr t resume c9
ctr snapshots usage m1
ctr t ls
ctr t kill -s 9 c9
sleep 1
ctr c checkpoint --rw c9 ckpt4
ctr i ls -q
ctr t rm c9
ctr c rm c9
ctr run -d --cpus 0.5 docker.io/library/busybox:latest q1 sleep 100
ctr run -d --cpus 1.5 docker.io/library/busybox:latest q2 sleep 100
ctr run -d --cpus 0.333333 docker.io/library/busybox:latest q3 sleep 100
ctr run -d --cpus -2 docker.io/library/busybox:latest q4 sleep 100
ctr c info q1 | grep -A3 '"cpu"'
ctr c info q2 | grep -A3 '"cpu"'
ctr c info q3 | grep -A3 '"cpu"'
ctr c info q4 | grep -A3 '"cpu"'
ctr run -d --memory-limit 10000000 docker.io/library/busybox:latest m1 sleep 100
ctr t metrics --format json m1 | grep -q '"hierarchical_memory_limit": 9998336,' && echo limit-kept
ctr t metrics m1 | grep -q '^memory.limit_in_bytes *9998336 *$' && echo limit-shown
ctr run -d --memory-limit 4096 docker.io/library/busybox:latest m2 sleep 100 2>&1 | grep -o 'unable to set memory limit to 4096'
ctr run -d --cpu-quota 1 docker.io/library/busybox:latest m3 sleep 100
ctr run -d --cpu-quota 999 --cpu-period 100000 docker.io/library/busybox:latest m4 sleep 100
ctr run -d --cpu-quota 1000 --cpu-period 999 docker.io/library/busybox:latest m5 sleep 100
ctr run -d --cpu-period 1000001 docker.io/library/busybox:latest m6 sleep 100
ctr run -d --cpu-quota -5 docker.io/library/busybox:latest m7 sleep 100
ctr run -d --cgroup /x/y --cpu-quota 5 docker.io/library/busybox:latest m8 sleep 100
ctr c create --memory-limit 1 docker.io/library/busybox:latest m9 sleep 100
ctr t start -d m9 2>&1 | grep -o 'unable to set memory limit to 1 '
ctr snapshots usage m1
ctr t ls
