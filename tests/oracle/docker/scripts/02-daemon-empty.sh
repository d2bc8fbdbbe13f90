# A fresh daemon with nothing in it: the empty tables, missing objects, bad --format templates.
docker version
docker info
docker images
docker images -a
docker images -q
docker images --digests
docker image ls
docker ps
docker ps -a
docker ps -q
docker ps -aq
docker ps -s
docker ps --no-trunc
docker container ls -a
docker volume ls
docker volume ls -q
docker rm nosuch
docker rm nosuch other
docker rm -f nosuch
docker rmi nosuch
docker rmi -f nosuch
docker rmi nosuch:1 other
docker image rm nosuch
docker image inspect nosuch
docker image inspect nosuch other
docker ps --format '{{.Nope}}'
docker ps --format '{{'
docker ps --format '{{.ID}}'
docker ps --format 'table {{.ID}}\t{{.Names}}'
docker images --format '{{.Nope}}'
docker images --format '{{.Repository}}'
docker images --format 'table {{.Repository}}\t{{.Tag}}'
