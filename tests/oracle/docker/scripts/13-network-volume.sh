# needs: bridge
# busybox ip in a container (see README.md).
docker load -i busybox-docker.tar
docker load -i nginx-docker.tar
docker network create net1
docker run -d --name web --network net1 nginx:alpine
docker run --rm busybox ip -4 addr show eth0
docker run --rm --network none busybox ip -4 addr
