# docker 20.10's other command groups on a daemon in no swarm and with no plugins: swarm, node,
# service, stack, config and secret refused as the daemon refuses them (never `swarm init`: on a
# real daemon it makes a swarm and its docker_gwbridge on the host), plugin and builder answers,
# and contexts kept under a config dir of the run's own (DOCKER_HOST emptied so that the default
# context is the stock socket on both sides; no ~/.docker is made).
docker swarm --help
docker swarm leave
docker swarm leave --force
docker swarm join-token worker
docker swarm join-token
docker swarm join-token nosuch
docker swarm unlock-key
docker swarm update --autolock
docker swarm ca
docker swarm unlock
docker swarm join
docker swarm join --token abc 127.0.0.1:1
docker node ls
docker node ls -q
docker node inspect self
docker node inspect -f '{{.ID}}' a b
docker node ps
docker node rm x
docker node promote x
docker node update --availability drain x
docker service ls
docker service ps x
docker service inspect x
docker service rm x
docker service logs x
docker service create busybox
docker service create --name web -p 80:80 nginx
docker service create
docker service scale x=2
docker service scale x=2 y=3
docker service scale x=a
docker service scale x
docker service update --image busybox x
docker service rollback x
docker stack ls
docker stack ps x
docker stack services x
docker stack rm x
docker stack deploy x
docker stack deploy -c nosuch.yml x
printf 'version: "3"\nservices:\n  web:\n    image: nginx\n' > stack.yml
docker stack deploy -c stack.yml x
docker config ls
docker config create x nosuch
echo hi | docker config create x -
echo hi > f.txt
docker config create x f.txt
docker config inspect x
docker config rm x
docker secret ls
echo hi | docker secret create x -
docker secret create x nosuch
docker secret inspect x
docker secret rm x
docker secret ls --format '{{.Name}}'
docker plugin ls
docker plugin ls -q
docker plugin ls --no-trunc
docker plugin ls --format '{{.Name}}'
docker plugin ls --format 'table {{.ID}}'
docker plugin ls -f enabled=true
docker plugin ls -f nosuch=1
docker plugin inspect x
docker plugin inspect -f '{{.Name}}' x y
docker plugin rm x
docker plugin rm -f x y
docker plugin enable x
docker plugin disable x
docker plugin set x a=b
docker plugin push x
docker plugin create x /nosuch
docker plugin create x .
docker plugin upgrade x
docker builder prune -f
docker builder prune -af
docker builder prune --filter until=24h -f
docker builder prune --filter nosuch=1 -f
docker builder prune --keep-storage 1GB -f
docker builder prune
echo n | docker builder prune -a
docker manifest rm a/b
docker manifest push a/b
docker manifest annotate a/b c/d --os linux
docker trust revoke busybox
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context ls
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context ls -q
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context ls --format '{{json .}}'
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context inspect
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context inspect nosuch
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context create c1 --docker host=unix:///var/run/docker.sock --description "my ctx"
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context create c1
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context create c3 --docker host=tcp://1.2.3.4:2375
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context create c4 --docker nosuch=1
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context create default
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context create 'bad name'
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context create c2 --from c1
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context ls
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context use c1
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context ls
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context use nosuch
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context use
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker --context nosuch ps
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context update c2 --description new
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context update nosuch --description new
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context rm c1
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context rm default nosuch c2
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context use default
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context rm c1 c3
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context export c3
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context import c5 nosuch.tar
cat cfg/config.json
