# The last lines of the fresh round L (68–71, issue 11, H48), agreeing since H51: /proc/mounts in
# a docker container — the overlay2 root with its lower dirs through overlay2/l links (their ids
# normalised as LINK1…), dockerd's default mounts, cgroup v1's tmpfs and hierarchies, the volume
# and network-file binds on the node's disk (read-only with --read-only), --tmpfs and
# docker-init's bind in WithMounts' order, runc's readonly and masked paths; busybox ps under
# --init listing itself as tini's child (PPID 1; its PID, always 7 on the real node, is 7 or 8
# here as the model's runc threads take 5 or 6 PIDs, so it is not printed); and docker exec -i
# reading a redirected stdin to its end. One named volume per line only: dockerd's MountPoints map gives two at the
# same depth in a random order.
# needs: bridge
docker load -i busybox-docker.tar
docker run --rm --tmpfs /data:rw,noexec busybox sh -c 'grep " /data " /proc/mounts | cut -d" " -f3,4'
docker run --rm busybox cat /proc/mounts
docker run --rm --read-only --tmpfs /data:rw,noexec,size=10m -v vol72:/v busybox cat /proc/mounts
docker run --rm --init --shm-size 1m -v vol72:/a/b/c busybox mount
docker run --rm --network none --tmpfs /run busybox grep -c ext4 /proc/mounts
docker volume rm vol72
docker run --rm --init busybox ps -o comm
docker run --rm --init busybox ps -o ppid,comm
docker run -d --name pend1 busybox sleep 1000
docker exec -i pend1 cat < /dev/null; echo "status $?"
true | docker exec -i pend1 cat; echo "status $?"
docker exec -i pend1 sh -c 'read x; echo "read $?"' < /dev/null
docker rm -f pend1
