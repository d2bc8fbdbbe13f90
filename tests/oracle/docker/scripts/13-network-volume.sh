# needs: bridge
# busybox ip in containers (simulator/programs/ip): on the default bridge, with --network none,
# on a user-defined network of a given subnet, and sharing another container's namespace.
# (A user-defined network without --subnet is left out: the harness's private default bridge
# frees 172.17.0.0/16, which the real daemon then hands to that network.)
docker load -i busybox-docker.tar
docker load -i nginx-docker.tar
docker network create net1
docker run -d --name web --network net1 nginx:alpine
docker run --rm busybox ip -4 addr show eth0
docker run --rm --network none busybox ip -4 addr
docker run --rm busybox ip a
docker run --rm busybox ip link
docker run --rm busybox ip l show dev eth0
docker run --rm busybox ip -6 addr
docker run --rm busybox ip route
docker run --rm busybox ip r get 1.1.1.1
docker run --rm busybox ip rule
docker run --rm busybox ipneigh
docker run --rm busybox ip addr show nosuch
docker run --rm busybox ip link show nosuch
docker run --rm busybox ip addr show eth0 lo
docker run --rm busybox ip addr foo
docker run --rm busybox ip tu
docker run --rm busybox ip addr add 1.2.3.4/24 dev eth0
docker run --rm busybox ip link set eth0 down
docker run --rm busybox ip route del default
docker run --rm --network none busybox ip a
docker run --rm --network none busybox ip route
docker run --rm --network none busybox ip route get 1.1.1.1
docker network create --subnet 10.5.0.0/24 net2
docker run --rm --network net2 busybox ip a
docker run --rm --network net2 busybox ip r
docker run -d --name box busybox sleep 100
docker run --rm --network container:box busybox ip -4 a
docker exec box ip addr show dev eth0
