# Lines of the fresh round L (68–71, issue 11, H48) that still differ from the real dockerd
# 20.10.24: /proc/mounts in a container, busybox ps listing itself under --init, and docker
# exec -i reading to the end of a redirected stdin.
docker load -i busybox-docker.tar
docker run --rm --tmpfs /data:rw,noexec busybox sh -c 'grep " /data " /proc/mounts | cut -d" " -f3,4'
docker run --rm --init busybox ps -o pid,comm
docker run -d --name pend1 busybox sleep 1000
docker exec -i pend1 cat < /dev/null; echo "status $?"
docker rm -f pend1
