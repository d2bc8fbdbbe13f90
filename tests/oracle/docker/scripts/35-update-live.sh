# needs: bridge
# Limits changed by `docker update` on a running container, as the learner checks them (moby
# v20.10.24 daemon/update.go: HostConfig rewritten, the task's cgroup updated in place):
# inspect's HostConfig, and the limit half of docker stats' MEM USAGE / LIMIT column (the usage
# half is the kernel's count, different on every run, so it is cut off). Unlimited shows the
# machine's memory (the oracle and the simulated node differ there), so only set limits are read.
docker load -i busybox-docker.tar
docker run -d --name m1 busybox sleep 3600
docker update -m 128m --memory-swap 256m --cpus 1 m1
docker inspect -f '{{.HostConfig.Memory}} {{.HostConfig.NanoCpus}} {{.HostConfig.MemorySwap}} {{.HostConfig.CpuQuota}} {{.HostConfig.CpuPeriod}}' m1
docker stats --no-stream --format '{{.Name}} {{.MemUsage}}' m1 | cut -d/ -f2
docker run -d --name m2 -m 64m --cpus 0.5 busybox sleep 3600
docker stats --no-stream --format '{{.MemUsage}}' m2 | cut -d/ -f2
docker update -m 96m m2
docker stats --no-stream --format '{{.MemUsage}}' m2 | cut -d/ -f2
docker inspect -f '{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}} {{.HostConfig.NanoCpus}}' m2
docker update -m 100000000 m2
docker stats --no-stream --format '{{.MemUsage}}' m2 | cut -d/ -f2
docker stop -t 0 m2
docker update -m 48m m2
docker start m2
docker stats --no-stream --format '{{.MemUsage}}' m2 | cut -d/ -f2
docker rm -f m1
docker rm -f m2
