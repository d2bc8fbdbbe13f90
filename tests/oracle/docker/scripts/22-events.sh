# docker events (moby v20.10.24 daemon/events, docker/cli cli/command/system/events.go): what the
# daemon logged of containers, images, networks and volumes, asked with --since/--until in the
# past so the stream ends (the `sleep 1`: --until 0s is a whole second, the events must lie
# before it); filters by type, event, container, image, label; --format over events.Message.
# One container per `docker rm`: the CLI removes several in parallel, so their `destroy` events
# would come in either order.
docker load -i busybox-docker.tar
docker run -d --name e1 -l a=b busybox sleep 3600
docker rename e1 e2
docker pause e2
docker unpause e2
docker exec e2 true
docker kill -s USR1 e2
docker stop -t 1 e2
docker tag busybox bb:1
docker rmi bb:1
docker run --name e3 -v vol1:/data busybox true
docker rm -v e2
docker rm -v e3
docker network create n1
docker network rm n1
docker volume create v1
docker volume rm v1 vol1
sleep 1
docker events --since 10m --until 0s
docker events --since 10m --until 0s --format '{{json .Actor}} {{.Status}}|{{.ID}}|{{.From}}|{{.Scope}}' --filter type=network
docker events --since 10m --until 0s --filter event=exec_create --filter container=e2
docker events --since 10m --until 0s --filter image=busybox --format '{{.Type}} {{.Action}} {{.Actor.Attributes.name}}'
docker events --since 10m --until 0s --filter label=a=b --format '{{.Status}} {{.From}} {{.Scope}}'
docker system events --since 10m --until 0s -f type=volume
docker events --since 10m --until 0s --filter bogus=1 --format '{{.Action}}'
docker events --until 0s --format '{{.Action}}'
docker events --format '{{.Foo}}'
docker events --format '{{.ID'
docker events --since abc
docker events --since 2030-01-01 --until 2029-12-31T23:59:59.5Z
docker events extra
docker events --help
docker system events --help
