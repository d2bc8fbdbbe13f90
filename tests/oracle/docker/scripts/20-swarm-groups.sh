# docker 20.10's swarm-mode groups on a daemon in no swarm: swarm, node, service, stack, config
# and secret refused as the daemon refuses them (never `swarm init`: on a real daemon it makes a
# swarm and its docker_gwbridge on the host).
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
