# exec -u and cp to a tar stream on stdout (see README.md).
docker load -i busybox-docker.tar
docker run --name b1 -d busybox sleep 3600
docker exec -u nobody b1 id
docker cp b1:/etc/hostname - | tar t
