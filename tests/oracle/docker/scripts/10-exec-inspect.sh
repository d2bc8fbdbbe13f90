# exec (-w, -e, exit codes, a missing command, a stopped container), inspect --format of a
# container, ps --format, top, diff, cp errors, port.
docker load -i busybox-docker.tar
docker run --name b1 -d busybox sleep 3600
docker exec b1 ls /
docker exec b1 nosuch
docker exec b1 sh -c 'exit 4'
docker exec -w /tmp b1 pwd
docker exec -e X=y b1 sh -c 'echo $X'
docker exec nosuch ls
docker inspect --format '{{.State.Status}}' b1
docker inspect --format '{{.Name}} {{.Config.Image}} {{.State.Running}}' b1
docker inspect --format '{{json .Config.Cmd}}' b1
docker inspect --format '{{.HostConfig.RestartPolicy.Name}}' b1
docker inspect --format '{{range .Mounts}}{{.Destination}}{{end}}' b1
docker inspect nosuch
docker container inspect --format '{{.Id}}' b1
docker ps --format '{{.Names}}\t{{.Image}}\t{{.Command}}'
docker ps --format '{{json .Names}}'
docker ps --format 'table {{.Names}}\t{{.Status}}'
docker top b1
docker diff b1
docker exec b1 touch /tmp/new
docker diff b1
docker cp b1:/nosuch .
docker cp b1:/etc/hostname - | tar t
docker cp nosuch.txt b1:/tmp/
docker port b1
docker stop -t 1 b1
docker exec b1 ls
docker rm b1
