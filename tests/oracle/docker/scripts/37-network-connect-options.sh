# needs: bridge
# docker network connect with --alias and --ip, and on a container that never ran (moby
# v20.10.24 daemon/container_operations.go updateNetworkConfig: no --ip or --alias on the
# predefined networks; a container connected while not running shows its networks without a
# NetworkID until it starts). /etc/hosts gets a line per endpoint as it joins, at the start (the
# default bridge first, the others in Go map order: one other here) and on a connect; a
# disconnect leaves its line.
docker load -i busybox-docker.tar
docker network create --subnet 10.5.0.0/24 mynet
docker run -d --name c1 busybox sleep 3600
docker network connect --alias web --alias w2 --ip 10.5.0.50 mynet c1
docker inspect -f '{{json .NetworkSettings.Networks.mynet.IPAMConfig}} {{json .NetworkSettings.Networks.mynet.Aliases}} {{.NetworkSettings.Networks.mynet.IPAddress}}' c1
docker exec c1 ip -4 addr show eth1
docker network inspect -f '{{range .Containers}}{{.Name}} {{.IPv4Address}} {{.MacAddress}}{{end}}' mynet
docker create --name c2 busybox sleep 3600
docker network connect mynet c2
docker inspect -f '{{json .NetworkSettings.Networks}}' c2
docker start c2
docker exec c2 ip route
docker exec c2 ip -4 a
docker inspect -f '{{.NetworkSettings.IPAddress}} {{.NetworkSettings.Gateway}}' c2
docker network disconnect bridge c2
docker inspect -f '{{.NetworkSettings.IPAddress}}|{{.NetworkSettings.Gateway}}|{{.NetworkSettings.MacAddress}}' c2
docker network connect --alias x bridge c2
docker network connect --ip 172.17.0.9 bridge c2
docker stop -t 0 c2
docker network connect bridge c2
docker inspect -f '{{json .NetworkSettings.Networks.bridge}}' c2
docker run -d --name c3 busybox sleep 3600
docker network connect mynet c3
docker exec c3 cat /etc/hosts
docker network disconnect bridge c3
docker exec c3 cat /etc/hosts
docker create --name c4 --network mynet busybox sleep 3600
docker network connect bridge c4
docker start c4
docker exec c4 cat /etc/hosts
docker stop -t 0 c3
docker start c3
docker exec c3 cat /etc/hosts
docker rm -f c1
docker rm -f c2
docker rm -f c3
docker rm -f c4
