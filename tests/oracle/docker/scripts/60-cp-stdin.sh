# docker cp with `-` (issue 11): a tar on stdin unpacked into a directory of a running container
# (files and directories under their own names, a trailing slash, -a), the CLI's refusal of a
# destination that is not a directory it could stat (a file, a missing path, a missing container:
# all "must be a directory"), the daemon's untar failure on bytes that are not a tar, an empty
# stdin (nothing to unpack, exit 0); and the other way, the archive on stdout read by tar. Then
# busybox's id -G and -Gn in the container: getgroups' list alone, by number or name.
docker load -i busybox-docker.tar
docker run -d --name cps busybox sleep 1000
echo hi > cps-f; mkdir -p cps-d/e; echo x > cps-d/e/g; tar -cf - cps-f cps-d | docker cp - cps:/tmp
docker exec cps cat /tmp/cps-f /tmp/cps-d/e/g
docker exec cps ls /tmp /tmp/cps-d
tar -cf - cps-f | docker cp - cps:/etc/hostname
tar -cf - cps-f | docker cp - cps:/nosuch
tar -cf - cps-f | docker cp - nosuch:/tmp
echo garbage | docker cp - cps:/tmp
docker cp - cps:/tmp < /dev/null
echo again > cps-f; tar -cf - cps-f | docker cp - cps:/tmp/
docker exec cps cat /tmp/cps-f
tar -cf - cps-f | docker cp -a - cps:/root
docker exec cps cat /root/cps-f
docker cp cps:/tmp/cps-d - | tar -t
docker cp cps:/tmp/cps-f - | tar -xO
docker exec cps id -G
docker exec cps id -Gn
docker exec -u 1000:1000 cps id -G
docker exec -u nobody cps id -Gn
docker rm -f cps
