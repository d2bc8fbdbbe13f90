# needs: bridge
# Networks and volumes with containers: create/ls/inspect/rm of a user-defined network, run on
# it, a published port, volumes mounted by name, prunes.
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
