# busybox `ls -l` inside containers (issue 11/10): directories of the image's layers with their
# real link count (2 + subdirectories), directories overlayfs merges from several layers (/,
# /etc: dockerd's init layer and the image; any after a write into the upper dir) with 1, the
# tmpfs mounts (/dev, /dev/shm, --tmpfs) sized 40 + 20 a entry, devpts, proc, sysfs and
# cgroupfs with size 0 and no blocks, runc's device nodes with major, minor in the size column,
# -n, -h (a 7-wide column), -a's `.` and `..`, `total` lines. The date column is cut out
# (files made at the container's start carry its time): `cut -c1-43,57-`, with -h
# `cut -c1-41,55-`. /proc's own link count counts the host's processes: cut too.
# resolv.conf is the oracle machine's: left out of listings.
docker load -i busybox-docker.tar
docker load -i nginx-docker.tar
docker run --rm busybox ls -l / | cut -c1-43,57- | grep -v proc
docker run --rm busybox ls -la /etc | cut -c1-43,57- | grep -v resolv
docker run --rm busybox ls -l /dev | cut -c1-43,57-
docker run --rm busybox ls -la /dev | cut -c1-43,57-
docker run --rm busybox ls -ld /sys /tmp /root /home /var /usr | cut -c1-43,57-
docker run --rm busybox ls -ld /proc | cut -c1-10,16-43,57-
docker run --rm busybox ls /sys
docker run --rm busybox sh -c 'ls -l /bin | head -3' | cut -c1-43,57-
docker run --rm busybox ls -ln /etc | cut -c1-43,57- | grep -v resolv
docker run --rm busybox ls -lh /bin/busybox /etc/passwd | cut -c1-41,55-
docker run --rm busybox ls -lhd /bin /var/www | cut -c1-41,55-
docker run --rm busybox ls -l /dev/shm /dev/pts /dev/mqueue | cut -c1-43,57-
docker run --rm busybox ls -ld /sys/fs/cgroup /sys/fs/cgroup/pids | cut -c1-43,57-
docker run --rm busybox ls -l /sys/fs/cgroup | cut -c1-43,57-
docker run --rm busybox ls -ld /sys/fs/cgroup/memory /sys/fs/cgroup/cpu | cut -c1-43,57-
docker run --rm busybox ls -l /sys/fs/cgroup/pids | cut -c1-43,57-
docker run --rm busybox ls -l /var /home /usr | cut -c1-43,57-
docker run --rm busybox ls -la /tmp | cut -c1-43,57-
docker run -d -t --name lst busybox sleep 3600
docker exec lst ls -l /dev/console | cut -c1-43,57-
docker exec lst ls -l /dev | cut -c1-43,57-
docker rm -f lst
docker run --rm busybox ls -l /etc/hostname /etc/hosts /etc/mtab /.dockerenv | cut -c1-43,57-
docker run -d --name lsc busybox sleep 3600
docker exec lsc ls -ld /etc /bin /var | cut -c1-43,57-
docker exec lsc touch /etc/x
docker exec lsc ls -ld /etc | cut -c1-43,57-
docker exec lsc ls -la /etc | cut -c1-43,57- | grep -v resolv
docker exec lsc mkdir -p /tmp/a/b /tmp/a/c
docker exec lsc ls -la /tmp/a | cut -c1-43,57-
docker exec lsc ls -ld /tmp | cut -c1-43,57-
docker exec lsc mkdir /var/www/sub
docker exec lsc ls -ld /var/www /var | cut -c1-43,57-
docker exec lsc ln -s /etc/passwd /tmp/lnk
docker exec lsc sh -c 'echo hello > /tmp/f'
docker exec lsc ls -l /tmp | cut -c1-43,57-
docker rm -f lsc
docker run --rm nginx:alpine ls -l /usr/share/nginx/html | cut -c1-43,57-
docker run --rm nginx:alpine ls -la /usr/share/nginx | cut -c1-43,57-
docker run --rm --tmpfs /scratch busybox ls -ld /scratch | cut -c1-43,57-
docker run --rm --tmpfs /scratch busybox sh -c 'echo hi > /scratch/f; mkdir /scratch/d; ls -la /scratch' | cut -c1-43,57-
docker run --rm nginx:alpine ls -ld /usr/share/nginx/html /etc /usr | cut -c1-43,57-
