# needs: bridge
# Networks and volumes (needs docker load (D3), run (D1), D2's networks, volumes and ports).
docker load -i busybox-docker.tar
docker load -i nginx-docker.tar
docker network ls
docker network inspect bridge
docker network inspect --format '{{range .IPAM.Config}}{{.Subnet}}{{end}}' bridge
docker network create net1
docker network create net1
docker network ls
docker network inspect --format '{{.Driver}} {{.Scope}}' net1
docker run -d --name web --network net1 nginx:alpine
docker run --rm --network net1 busybox wget -qO- http://web/
docker run -d --name pub -p 47080:80 nginx:alpine
docker port pub
docker ps --format '{{.Names}} {{.Ports}}'
docker run --rm busybox ip -4 addr show eth0
docker run --rm --network none busybox ip -4 addr
docker network rm net1
docker rm -f web pub
docker network rm net1
docker network rm nosuch
docker volume create v1
docker volume ls
docker volume inspect v1
docker run --rm -v v1:/data busybox sh -c 'echo hi > /data/f'
docker run --rm -v v1:/data busybox cat /data/f
docker volume rm v1
docker volume rm v1
docker volume prune -f
docker network prune -f
