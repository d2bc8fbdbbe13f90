# Set F's lines (../scripts/48-learner-fresh-f.sh) that the docker side now gets right but the
# simulated container does not show yet: busybox sh's `ulimit` builtin over the spec's rlimits,
# /proc/sys inside a container from the spec's sysctls, busybox df over the container's mounts
# (--shm-size), /sys/class/net/<if>/address, and busybox chown (refused without CAP_CHOWN).
# needs: bridge
docker load -i busybox-docker.tar
docker run --rm --ulimit nofile=1024:2048 busybox sh -c 'ulimit -n; ulimit -Hn'
docker run --rm --ulimit nproc=64 busybox sh -c 'ulimit -u'
docker run --rm --sysctl net.ipv4.ip_forward=1 busybox cat /proc/sys/net/ipv4/ip_forward
docker run --rm --sysctl kernel.msgmax=65536 busybox cat /proc/sys/kernel/msgmax
docker run --rm --shm-size 1m busybox df -k /dev/shm
docker run --rm --mac-address 02:42:ac:11:00:99 busybox cat /sys/class/net/eth0/address
docker run --rm --cap-drop chown busybox chown 1 /tmp
