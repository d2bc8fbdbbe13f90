# needs: bridge
# --tmpfs options (47): the daemon's mount.ParseTmpfsOptions while it builds the spec at start (no
# help hint), the kernel's tmpfs parser behind runc for the values (EINVAL), and what passes.
# Detached, so the CLI's racy "error waiting for container" line never comes into it.
docker load -i busybox-docker.tar
docker run -d --name t1 --tmpfs /x:foo busybox true
docker run -d --name t2 --tmpfs /x:size=abc busybox true
docker run -d --name t3 --tmpfs /x:size=1m,foo=bar busybox true
docker run -d --name t4 --tmpfs /x:huge=sometimes busybox true
docker run --rm --tmpfs /x:size=1m,mode=700 busybox sh -c 'touch /x/a && echo written'
docker run --rm --tmpfs /x:ro,nodev busybox touch /x/a
docker run --rm --tmpfs /x:size=10%,nr_inodes=1k,uid=1000 busybox true
docker ps -a --format '{{.Names}} {{.Status}}' | sort
docker rm t1 t2 t3 t4
