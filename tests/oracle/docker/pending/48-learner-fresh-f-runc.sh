# Set F's lines (../scripts/48-learner-fresh-f.sh) that the docker side now gets right but the
# simulated container does not show yet: busybox sh's `ulimit` builtin over the spec's rlimits
# and /sys/class/net/<if>/address. (The /proc/sys, chown and df lines agree now and moved to
# ../scripts/49-learner-fresh-g.sh.)
# needs: bridge
docker load -i busybox-docker.tar
docker run --rm --ulimit nofile=1024:2048 busybox sh -c 'ulimit -n; ulimit -Hn'
docker run --rm --ulimit nproc=64 busybox sh -c 'ulimit -u'
docker run --rm --mac-address 02:42:ac:11:00:99 busybox cat /sys/class/net/eth0/address
