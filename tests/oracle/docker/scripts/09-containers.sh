# Container lifecycle: run (--rm, -d, exit codes, a name in use, a missing image), create,
# start (-a), logs (--tail), wait, rename, stop, kill, restart, pause/unpause, rm (-f), -e/-w,
# --entrypoint, --hostname, -v of a host directory, and their errors.
docker load -i busybox-docker.tar
docker load -i nginx-docker.tar
docker run --rm busybox echo hello
docker run --rm busybox sh -c "exit 3"
docker run --name b1 -d busybox sleep 3600
docker run --name b1 -d busybox sleep 3600
docker ps
docker ps -a
docker ps -q
docker ps -l
docker ps -n 1
docker create --name c1 busybox echo created
docker ps -a
docker start c1
docker start -a c1
docker logs c1
docker wait c1
docker rename c1 c2
docker ps -a --format '{{.Names}} {{.Status}}'
docker stop -t 1 b1
docker ps -a
docker start b1
docker kill b1
docker kill b1
docker restart -t 1 b1
docker pause b1
docker ps
docker unpause b1
docker rm b1
docker rm -f b1
docker rm c2
docker rm c2
docker ps -a
docker run -d --name envs -e A=1 -w /tmp busybox sh -c 'echo $A; pwd; id'
docker wait envs
docker logs envs
docker logs --tail 1 envs
docker rm envs
docker run --rm --entrypoint echo busybox hi there
docker run --rm --hostname myhost busybox hostname
docker run --rm -v "$PWD":/data busybox ls /data
docker run --rm busybox
docker run --nosuch busybox
docker run
docker create
docker start nosuch
docker stop nosuch
docker logs nosuch
