# needs: bridge
# More of what `docker events` shows a learner (moby v20.10.24 daemon/events.go callers): network
# connect/disconnect (twice for a running container), volume create/mount/unmount/destroy,
# exec_create/exec_start/exec_die with exit codes, rename, update, kill with its signal, top,
# archive-path/extract-to-dir (docker cp), pause/commit/unpause (commit pauses by default),
# export, image tag/untag/delete, the prunes' own `prune` events with `reclaimed`, and the
# filters by type, event, container, network and volume, combined. `-v /data` makes an
# anonymous volume (the CLI puts it in Config.Volumes, not HostConfig.Binds).
docker load -i busybox-docker.tar
docker network create n1
docker run -d --name e1 busybox sleep 3600
docker network connect n1 e1
docker network disconnect n1 e1
docker volume create v1
docker run --rm --name r1 -v v1:/data busybox true
docker run --name r2 -v /data busybox true
docker exec e1 true
docker exec e1 sh -c 'exit 3'
docker exec e1 nosuchcmd
docker rename e1 e2
docker update --cpu-shares 512 e2
docker kill -s HUP e2
docker top e2
docker cp e2:/etc/hostname /tmp/h4-hostname
docker cp /tmp/h4-hostname e2:/tmp/
docker restart -t 1 e2
docker commit e2 snap:1
docker export e2 -o /tmp/h4-e2.tar
docker kill e2
docker tag busybox bb:1
docker rmi bb:1
docker rmi snap:1
docker volume rm v1
docker network rm n1
docker inspect -f '{{json .Config.Volumes}} {{json .HostConfig.Binds}} {{range .Mounts}}{{.Type}} {{.Destination}} {{.RW}}{{end}}' r2
docker container prune -f
docker volume prune -f
docker network create n2
docker network prune -f
docker image prune -f
sleep 1
docker events --since 10m --until 0s --filter type=container --format '{{.Action}} {{.Actor.Attributes.name}} {{.Actor.Attributes.exitCode}}{{.Actor.Attributes.signal}}'
docker events --since 10m --until 0s --filter type=volume --format '{{.Action}} {{.Actor.Attributes.driver}} {{.Actor.Attributes.destination}}'
docker events --since 10m --until 0s --filter type=image --format '{{.Action}} {{.Actor.Attributes.name}}'
docker events --since 10m --until 0s --filter type=network --format '{{.Action}} {{.Actor.Attributes.name}} {{.Actor.Attributes.reclaimed}}'
docker events --since 10m --until 0s -f event=die -f event=kill --format '{{.Status}} {{.Actor.Attributes.name}}'
docker events --since 10m --until 0s -f container=e2 -f event=exec_die --format '{{.Status}} {{.Actor.Attributes.exitCode}}'
docker events --since 10m --until 0s -f event=prune
docker events --since 10m --until 0s -f type=container -f event=rename
docker events --since 10m --until 0s -f type=network -f event=connect -f network=bridge --format '{{.Actor.Attributes.container}}'
docker events --since 10m --until 0s -f volume=v1 --format '{{.Type}} {{.Action}}'
docker rm -f e2
rm -f /tmp/h4-hostname /tmp/h4-e2.tar
