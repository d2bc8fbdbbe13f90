# A learner's fresh set, round B (session 10): image filters and formats, inspect templates,
# cp both ways and its missing paths (lstat //nosuch: ResolveHostSourcePath joins dir and name
# with one more /), commit, networks and volumes in use, prune, system df. docker diff's order
# is Go map order on a real daemon (naive diff), so its lines are compared sorted.
docker load -i busybox-docker.tar
docker images -q | wc -l
docker images busybox
docker images 'busy*'
docker images nosuch
docker images -f dangling=false --format '{{.Repository}}'
docker images -f reference=busybox --format '{{.Tag}}'
docker images -f bogus=1
docker image ls --no-trunc --format '{{.ID}}' | cut -c1-7
docker image inspect nosuch
docker image inspect --format '{{json .RepoTags}}' busybox
docker inspect --type image --format '{{.Config.Cmd}}' busybox
docker inspect --type container busybox
docker inspect --type bogus busybox
docker run -d --name c1 busybox sleep 1000
docker inspect --format '{{.Name}} {{.Path}} {{.Args}}' c1
docker inspect --format '{{.HostConfig.NetworkMode}} {{.HostConfig.RestartPolicy.Name}}' c1
docker inspect --format '{{range $k, $v := .NetworkSettings.Networks}}{{$k}}{{end}}' c1
docker inspect --format '{{index .Config.Cmd 0}}' c1
docker inspect --format '{{.Config.Nosuch}}' c1
docker inspect --format '{{.State.Pid}}' c1 | grep -c '^[0-9]'
docker inspect -s --format '{{.SizeRw}}' c1
docker inspect c1 nosuch --format '{{.Name}}'
echo hello > /tmp/cpf
docker cp /tmp/cpf c1:/tmp/
docker exec c1 cat /tmp/cpf
docker cp c1:/tmp/cpf /tmp/cpf2
cat /tmp/cpf2
docker cp c1:/nosuch /tmp/x
docker cp /nosuch c1:/tmp
docker cp c1:/etc/hostname - | tar -tf -
docker cp nosuch:/etc /tmp
docker exec c1 mkdir -p /data/sub
docker cp c1:/data /tmp/datacopy
ls /tmp/datacopy
docker diff c1 | sort
docker commit c1 snap:v1
docker images --format '{{.Repository}}:{{.Tag}}' | sort
docker history --format '{{.CreatedBy}}' snap:v1 | head -2
docker rm -f c1
docker rmi snap:v1
docker rmi busybox:nosuch
docker network ls --format '{{.Name}} {{.Driver}}'
docker network create --driver bogus n2
docker network create --subnet 10.99.0.0/24 n3
docker network inspect --format '{{range .IPAM.Config}}{{.Subnet}}{{end}}' n3
docker run -d --name c3 --network n3 busybox sleep 100
docker inspect --format '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' c3
docker network connect n3 c3
docker network disconnect n3 c3
docker network disconnect n3 c3
docker network rm n3
docker rm -f c3
docker network rm n3
docker network prune -f
docker volume ls --format '{{.Name}}'
docker volume create --name v9
docker volume inspect --format '{{.Driver}} {{.Mountpoint}}' v9
docker volume inspect nosuch
docker run --rm -v v9:/d busybox sh -c 'echo x > /d/f; ls /d'
docker run --rm -v v9:/d:ro busybox touch /d/g
docker run --rm -v /tmp/datacopy:/m busybox ls /m
docker volume prune -f
docker volume rm v9
docker system df --format '{{.Type}}'
docker container prune -f
docker image prune -f
docker ps -a --format '{{.Names}}'
docker version --format '{{.Server.Version}}'
docker info --format '{{.Driver}} {{.CgroupDriver}}'
rm -rf /tmp/cpf /tmp/cpf2 /tmp/datacopy /tmp/x
docker run -d --name c4 busybox sleep 100
docker cp /nosuchdir/f c4:/tmp
docker cp /tmp/nosuch c4:/tmp
docker cp -L /nosuch c4:/tmp
docker cp nosuchrel c4:/tmp
docker rm -f c4
