# needs: bridge
# The cgroup v1 files a container sees under /sys/fs/cgroup and in /proc/<pid>/cgroup, before
# and after `docker update` (runc's cgroupfs mount of the container's own cgroup; the oracle
# machine mounts cpu and cpuacct apart, a node with `cpu,cpuacct` lists those and their
# symlinks instead). A running container's update reaches its cgroup at once (containerd's task
# Update); a stopped one's at its next start. runc refuses cpu-shares the kernel clamps (its
# start error races with the CLI's wait, whose `error waiting for container` line is filtered).
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
docker exec m1 ls /sys/fs/cgroup/memory
docker exec m1 cat /sys/fs/cgroup/cpuset/cpuset.cpus /sys/fs/cgroup/cpuset/cpuset.mems /sys/fs/cgroup/cpuset/cpuset.effective_cpus
docker exec m1 cat /sys/fs/cgroup/devices/devices.list
docker exec m1 cat /sys/fs/cgroup/freezer/freezer.state /sys/fs/cgroup/pids/pids.max /sys/fs/cgroup/pids/pids.current
docker exec m1 cat /sys/fs/cgroup/memory/memory.memsw.limit_in_bytes /sys/fs/cgroup/memory/memory.soft_limit_in_bytes /sys/fs/cgroup/memory/memory.swappiness
docker exec m1 cat /sys/fs/cgroup/cpu/cpu.rt_runtime_us /sys/fs/cgroup/cpu/cpu.rt_period_us /sys/fs/cgroup/cpu/cpu.idle
docker exec m1 cat /proc/1/cgroup
docker exec m1 sh -c 'echo 1 > /sys/fs/cgroup/pids/pids.max'
docker exec m1 cat /sys/fs/cgroup/memory/memory.force_empty
docker exec m1 ls /sys/fs/cgroup/systemd
docker run --rm -m 64m busybox cat /sys/fs/cgroup/memory/memory.memsw.limit_in_bytes
docker run --rm --memory-reservation 32m --cpu-shares 1 --cpuset-cpus 0 busybox cat /sys/fs/cgroup/memory/memory.soft_limit_in_bytes /sys/fs/cgroup/cpu/cpu.shares /sys/fs/cgroup/cpuset/cpuset.cpus
docker run --rm --memory-reservation 32m --cpu-shares 2 --cpuset-cpus 0 busybox cat /sys/fs/cgroup/memory/memory.soft_limit_in_bytes /sys/fs/cgroup/cpu/cpu.shares /sys/fs/cgroup/cpuset/cpuset.cpus
docker run --rm --cpu-shares 300000 busybox true 2>&1 | grep -v level=error
docker run --rm --cpu-period 50000 --cpu-quota 25000 busybox cat /sys/fs/cgroup/pids/pids.max /sys/fs/cgroup/cpu/cpu.cfs_period_us /sys/fs/cgroup/cpu/cpu.cfs_quota_us
docker run --rm --network none busybox cat /proc/self/cgroup
docker pause m1
docker exec m1 true
docker unpause m1
docker update --pids-limit -1 m1
docker exec m1 cat /sys/fs/cgroup/pids/pids.max
docker update -m 32m m1
docker exec m1 cat /sys/fs/cgroup/memory/memory.limit_in_bytes /sys/fs/cgroup/memory/memory.memsw.limit_in_bytes
docker stop -t 1 m1
docker update -m 48m --memory-swap 96m m1
docker start m1
docker exec m1 cat /sys/fs/cgroup/memory/memory.limit_in_bytes /sys/fs/cgroup/memory/memory.memsw.limit_in_bytes
docker rm -f m1
docker rm -f m2
