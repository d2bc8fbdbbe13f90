# docker update (docker/cli cli/command/container/update.go, moby v20.10.24 daemon/update.go,
# container_unix.go UpdateContainer, daemon_unix.go verifyPlatformContainerResources): the
# names echoed, the daemon's warnings after them, its refusals and conflicts, and what
# `docker inspect` shows of HostConfig afterwards, on running, created and stopped containers.
docker load -i busybox-docker.tar
docker run -d --name u1 busybox sleep 3600
docker create --name u2 -m 64m busybox sleep 3600
docker run -d --name u3 --rm busybox sleep 3600
docker inspect --format '{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}}' u1 u2
docker update u1
docker update --restart always u1
docker inspect --format '{{json .HostConfig.RestartPolicy}}' u1
docker update --restart on-failure:3 u1 u2
docker update --restart bogus u1
docker update --restart always:2 u1
docker update --restart always u3
docker update -m 64m u1
docker update -m 64m --memory-swap 128m u1
docker inspect --format '{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}}' u1 u2
docker update -m 4m u1
docker update -m 32m u2
docker update -m 256m u2
docker update --memory-swap 32m u2
docker update -m 64m --memory-swap 32m u2
docker inspect --format '{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}}' u2
docker update --cpus 1.5 u1
docker update --cpus 50 u1
docker update --cpu-period 100000 u1
docker update --cpu-shares 512 --cpuset-cpus 0 --pids-limit 100 u1
docker update --cpuset-cpus 7 u1
docker update --cpuset-cpus x u1
docker update --cpuset-mems 1 u1
docker update --kernel-memory 64m u1
docker update --kernel-memory 1m u1
docker update --memory-reservation 32m u1
docker update --memory-reservation 128m u1
docker update --pids-limit -1 u1
docker inspect --format '{{json .HostConfig}}' u1
docker update --cpus 0.5 nosuch u1
docker update -m 1x u1
docker update --cpus abc u1
docker update --cpu-quota 500 u2
docker update --cpu-period 100 u2
docker update --cpu-period 100000 --cpu-quota 50000 u2
docker update --cpus 1 u2
docker stop -t 0 u1
docker update --cpu-shares 100 u1
docker rm u1
docker update --cpu-shares 100 u1
docker container update --help
docker update
docker rm -f u2 u3
sleep 1
docker events --since 10m --until 0s --filter event=update --format '{{.Actor.Attributes.name}}'
