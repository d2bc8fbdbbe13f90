# oci.WithCPUCFS stores quota and period together as soon as either flag is given: --cpu-quota
# alone keeps period 0, --cpu-period alone keeps quota -1 (and the cgroup keeps the kernel's quota).
ctr images import busybox-oci.tar
ctr c create --cpu-quota 20000 docker.io/library/busybox:latest q1 sleep 100
ctr c info q1 | grep -A4 '"cpu"'
ctr c create --cpu-period 50000 docker.io/library/busybox:latest q2 sleep 100
ctr c info q2 | grep -A4 '"cpu"'
ctr run -d --cpu-period 50000 docker.io/library/busybox:latest q3 sleep 100
ctr t ls
ctr run --rm --cpu-period 50000 docker.io/library/busybox:latest q4 cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us /sys/fs/cgroup/cpu/cpu.cfs_period_us
ctr t kill -s 9 q3
