# needs: bridge
# --pids-limit on run/create and update: a limit of 0 or less is kept as none (inspect shows <nil>), the cgroup's pids.max follows.
docker load -i busybox-docker.tar
docker run -d --name p1 --pids-limit 20 busybox sleep 600
docker inspect -f '{{.HostConfig.PidsLimit}}' p1
docker exec p1 cat /sys/fs/cgroup/pids/pids.max
docker run -d --name p2 --pids-limit -1 busybox sleep 600
docker inspect -f '{{.HostConfig.PidsLimit}}' p2
docker exec p2 cat /sys/fs/cgroup/pids/pids.max
docker run -d --name p3 --pids-limit 0 busybox sleep 600
docker inspect -f '{{.HostConfig.PidsLimit}}' p3
docker run -d --name p4 busybox sleep 600
docker inspect -f '{{.HostConfig.PidsLimit}}' p4
docker update --pids-limit 30 p4
docker inspect -f '{{.HostConfig.PidsLimit}}' p4
docker exec p4 cat /sys/fs/cgroup/pids/pids.max
docker update --pids-limit -1 p1
docker inspect -f '{{.HostConfig.PidsLimit}}' p1
docker exec p1 cat /sys/fs/cgroup/pids/pids.max
docker run --rm --pids-limit abc busybox true
docker create --name p5 --pids-limit 5 busybox
docker inspect -f '{{json .HostConfig.PidsLimit}}' p5
docker rm -f p1 p2 p3 p4 p5
