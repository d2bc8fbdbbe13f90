# needs: bridge
# The cgroup v1 files a container sees under /sys/fs/cgroup, before and after `docker update`
# (runc's cgroupfs mount of the container's own cgroup; the oracle machine mounts cpu and
# cpuacct apart, a node with `cpu,cpuacct` lists those and their symlinks instead).
# A real 20.10.24 here printed: 9223372036854771712 (unlimited, 2^63-1 down to a page), -1 and
# 100000 for cfs quota/period; after -m 128m --memory-swap 256m --cpus 1: 134217728,
# 268435456, 100000 100000; cpu.shares 1024, then 512; pids.max 50; /proc/self/cgroup
# `9:name=systemd:/docker/<id>` … `1:cpu:/docker/<id>`, `0::/docker/<id>`.
docker load -i busybox-docker.tar
docker run -d --name m1 busybox sleep 3600
docker exec m1 ls /sys/fs/cgroup
docker exec m1 cat /sys/fs/cgroup/memory/memory.limit_in_bytes
docker exec m1 cat /sys/fs/cgroup/memory.max
docker exec m1 cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us /sys/fs/cgroup/cpu/cpu.cfs_period_us
docker exec m1 cat /sys/fs/cgroup/cpu/cpu.shares
docker update -m 128m --memory-swap 256m --cpus 1 m1
docker exec m1 cat /sys/fs/cgroup/memory/memory.limit_in_bytes
docker exec m1 cat /sys/fs/cgroup/memory/memory.memsw.limit_in_bytes
docker exec m1 cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us /sys/fs/cgroup/cpu/cpu.cfs_period_us
docker update --cpu-shares 512 --pids-limit 50 m1
docker exec m1 cat /sys/fs/cgroup/cpu/cpu.shares /sys/fs/cgroup/pids/pids.max
docker run -d --name m2 -m 64m --cpus 0.5 busybox sleep 3600
docker exec m2 cat /sys/fs/cgroup/memory/memory.limit_in_bytes /sys/fs/cgroup/cpu/cpu.cfs_quota_us
docker exec m2 cat /proc/self/cgroup
docker rm -f m1
docker rm -f m2
