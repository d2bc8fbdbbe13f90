# needs: bridge
# docker network connect/disconnect seen from inside the container (moby v20.10.24
# daemon/container_operations.go ConnectToNetwork, updateNetworkSettings, allocateNetwork;
# libnetwork sandbox.go's endpoint order, osl's interface names): each new interface takes the
# sandbox's next ethN (a counter, not the lowest free one); the default route goes through the
# endpoint whose network name sorts first (internal ones last); a start joins "bridge" first but
# names the interfaces in that sorted order (with three networks `ip a` would list them in Go map
# order, as the `disconnect` events of a container that stops on more than one network come:
# two networks here). Endpoints made by connect show IPAMConfig {}, DriverOpts {} and
# Aliases [] in inspect. `disconnect` of a running container is logged twice, of a stopped one
# once; connect of a stopped one not at all (the `connect` comes at its start).
docker load -i busybox-docker.tar
docker network create --subnet 10.5.0.0/24 mynet
docker network create --subnet 10.6.0.0/24 anet
docker network create --internal --subnet 10.7.0.0/24 inet
docker run -d --name c1 busybox sleep 3600
docker network connect mynet c1
docker exec c1 ip route
docker exec c1 ip addr
docker inspect -f '{{json .NetworkSettings.Networks}}' c1
docker network disconnect bridge c1
docker exec c1 ip route
docker exec c1 ip a
docker inspect -f '{{json .NetworkSettings.Networks}}' c1
docker network connect bridge c1
docker exec c1 ip route
docker exec c1 ip a
docker inspect -f '{{json .NetworkSettings.Networks}}' c1
docker network disconnect mynet c1
docker network connect mynet c1
docker exec c1 ip -4 a
docker run -d --name c2 --network mynet busybox sleep 3600
docker inspect -f '{{json .NetworkSettings.Networks}}' c2
docker network connect bridge c2
docker exec c2 ip route
docker exec c2 ip -4 addr
docker network connect anet c2
docker exec c2 ip route
docker network disconnect bridge c2
docker exec c2 ip route
docker network connect inet c2
docker exec c2 ip route
docker network disconnect anet c2
docker network disconnect mynet c2
docker exec c2 ip route
docker run -d --name c4 --network inet busybox sleep 3600
docker exec c4 ip route
docker run -d --name c3 --network none busybox sleep 3600
docker network connect mynet c3
docker network connect bridge c3
docker network disconnect none c3
docker network connect mynet c3
docker exec c3 ip route
docker exec c3 ip a
docker inspect -f '{{json .NetworkSettings.Networks}}' c3
docker run -d --name h1 --network host busybox sleep 3600
docker network connect mynet h1
docker network connect host c1
docker network disconnect host h1
docker run -d --name k1 --network container:c1 busybox sleep 3600
docker network connect mynet k1
docker network disconnect mynet c1
docker stop -t 0 c1
docker network disconnect bridge c1
docker network connect anet c1
docker network connect bridge c1
docker start c1
docker exec c1 ip route
docker exec c1 ip -4 a
docker inspect -f '{{json .NetworkSettings.Networks}}' c1
docker network connect bridge c1
docker network disconnect mynet nosuch
docker network disconnect anet c1
docker rm -f k1
docker rm -f c1
docker rm -f c2
docker rm -f c3
docker rm -f c4
docker rm -f h1
docker network rm mynet anet inet
sleep 1
docker events --since 10m --until 0s --filter type=network --format '{{.Action}} {{.Actor.Attributes.name}}'
