# exec -u (see README.md).
docker load -i busybox-docker.tar
docker run --name b1 -d busybox sleep 3600
docker exec -u nobody b1 id
