# Containers: --rm after a failed start, -u from the image's passwd and group files, docker
# --network host's hostname, /.dockerenv, create's Attach fields.
# An attached `run --rm` whose start fails races on a real CLI (its wait request cancelled:
# `error waiting for container: context canceled`, logged in 4 of 18 real runs), so its
# stderr is dropped here and only its exit code compared; -d never logs it.
docker load -i busybox-docker.tar
docker run --rm -d busybox nosuch
docker run --rm busybox /etc/passwd 2>/dev/null; echo "exit $?"
docker create --rm --name cr busybox nosuch
docker start cr
docker ps -a
docker run -d --name envs -u nobody busybox id
docker wait envs
docker logs envs
docker run --rm -u 1000:1000 busybox id
docker run --rm -u 1000 busybox id
docker run --rm -u nobody:root busybox id
docker run --rm -u root:nobody busybox id
docker run --rm -u 1000 busybox whoami
docker run --rm -u nobody busybox whoami
docker run --rm -d -u nosuch busybox id
docker run --rm -d -u nobody:nosuch busybox id
docker rm envs
docker ps -a
test "$(docker run --rm --network host busybox hostname)" = "$(hostname)" && echo same host name
docker run --rm busybox ls -a /
docker run --rm busybox ls /.dockerenv
docker create --name c1 busybox true
docker create -i --name c2 busybox true
docker inspect --format '{{.Config.AttachStdin}} {{.Config.AttachStdout}} {{.Config.AttachStderr}} {{.Config.StdinOnce}}' c1 c2
docker rm c1 c2
