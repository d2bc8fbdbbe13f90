# A learner's network, volume and image subcommands (issue 11): create with --subnet/--gateway/
# --internal and the duplicate-name refusal, --ip on a user network, connect/disconnect twice,
# rm of a network in use, volume labels and dangling filters, rm of a volume in use, image tag/rm
# twice, history -q, system df --format. Written against the real dockerd 20.10.24: 48 of 48
# lines agreed before any change.
docker load -i busybox-docker.tar
docker network create n81
docker network create n81
docker network create --driver bridge --subnet 10.81.0.0/24 --gateway 10.81.0.1 n81b
docker network create --subnet 10.81.0.0/24 n81c
docker network create --internal n81i
docker network ls --filter name=n81 --format '{{.Name}} {{.Driver}} {{.Scope}}'
docker network ls -q --filter name=n81b | wc -l
docker network inspect -f '{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}} {{.Internal}}' n81b
docker network inspect -f '{{.Internal}}' n81i
docker network inspect nosuch
docker network rm nosuch
docker run -d --name c81 --network n81b --ip 10.81.0.50 busybox sleep 1000
docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' c81
docker network rm n81b
docker network disconnect n81b c81
docker network disconnect n81b c81
docker network connect n81 c81
docker network connect n81 c81
docker inspect -f '{{len .NetworkSettings.Networks}}' c81
docker network ls --filter driver=bridge --format '{{.Name}}' | sort
docker network prune -f --filter label=none
docker network rm n81b n81i
docker volume create v81
docker volume create --label a=b --name v81b
docker volume ls --filter label=a=b --format '{{.Name}} {{.Driver}}'
docker volume ls -q --filter dangling=true | grep v81 | sort
docker volume inspect -f '{{.Name}} {{.Driver}} {{.Mountpoint}} {{.Labels}}' v81b
docker volume inspect v81 nosuch
docker volume rm v81 nosuch
docker volume rm v81b
docker run -d --name c81v -v v81c:/data busybox sleep 1000
docker volume rm v81c
docker volume ls --filter dangling=false -q
docker image ls --format '{{.Repository}}:{{.Tag}}' | sort
docker image inspect -f '{{.Os}}/{{.Architecture}}' busybox
docker image tag busybox b81:one
docker image ls b81
docker image rm b81:one
docker image rm b81:one
docker image history -q busybox | wc -l
docker image prune -f
docker system df --format '{{.Type}} {{.TotalCount}}'
docker rm -f c81 c81v
docker network rm n81 n81c
docker volume rm v81c
docker volume prune -f
