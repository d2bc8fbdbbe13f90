# A fresh learner's set, round L (issue 11, H48): the list commands a Docker user pipes into jq or
# a script — docker container/image/volume/network ls with --format '{{json .}}', `table` with
# chosen columns and with text between them, --no-trunc, -q with filters, the keys each kind's
# json has, and the errors of bad templates and bad filters. Written against the real dockerd
# 20.10.24 first; local files are relative to the run's own directory.
# needs: bridge
docker load -i busybox-docker.tar
docker run -d --name n1 --label tier=web -p 8081:80 busybox sleep 1000
docker create --name n2 --label tier=db busybox true
docker volume create --label purpose=test n-vol
docker network create --label scope=lab n-net
docker container ls --format '{{json .}}' | sed 's/"ID":"[0-9a-f]*"/"ID":"x"/; s/"RunningFor":"[^"]*"/"RunningFor":"x"/; s/"CreatedAt":"[^"]*"/"CreatedAt":"x"/; s/"Status":"[^"]*"/"Status":"x"/'
docker container ls -a --format '{{json .Names}}' | sort
docker container ls -a --format '{{json .Labels}} {{json .Mounts}} {{json .Networks}}' --filter name=n2
docker container ls -a --format 'table {{.Names}}\t{{.Image}}\t{{.Ports}}' | sort
docker container ls -a --format 'table {{.Names}}:{{.Command}}' | sort
docker container ls -a --format 'table' | head -2
docker container ls --format '{{.Label "tier"}}|{{.Label "nope"}}'
docker container ls -a --format '{{.Size}}' --filter name=n2
docker container ls -a -s --format 'table {{.Names}}\t{{.Size}}' --filter name=n2
docker container ls -a --no-trunc --format '{{.Command}}' | sort
docker container ls --format '{{.LocalVolumes}} {{.Networks}}'
docker container ls -a --filter label=tier --format '{{.Names}}' | sort
docker container ls -a --filter label=tier=db -q | wc -l
docker container ls -a --filter status=created --format '{{.Names}} {{.State}}'
docker container ls -a --filter status=bogus
docker container ls -a --filter publish=80 --format '{{.Names}}'
docker container ls -a --filter expose=80/tcp --format '{{.Names}}'
docker container ls --filter ancestor=busybox --format '{{.Names}}'
docker container ls --filter network=bridge --format '{{.Names}}'
docker container ls --format '{{.Nope}}'
docker container ls --format '{{.Names'
docker container ls --format '{{json .}}' --quiet | wc -l
docker container ls -n 1 --format '{{.Names}}'
docker container ls -n 0 --format '{{.Names}}' | wc -l
docker container ls -n -1 --format '{{.Names}}' | wc -l
docker image ls --format '{{json .}}' | sed 's/"CreatedSince":"[^"]*"/"CreatedSince":"x"/'
docker image ls --format 'table {{.Repository}}\t{{.Tag}}\t{{.Size}}'
docker image ls --format 'table {{.Repository}}:{{.Tag}}'
docker image ls --format '{{.ID}}' --no-trunc
docker image ls --format '{{.Digest}}|{{.CreatedAt}}' | sed 's/[0-9]/N/g'
docker image ls --format '{{.Containers}} {{.SharedSize}} {{.UniqueSize}} {{.VirtualSize}}'
docker image ls --filter reference='busy*' --format '{{.Repository}}'
docker image ls --filter reference='*:latest' -q | wc -l
docker image ls --filter dangling=false --format '{{.Repository}}'
docker image ls --filter dangling=maybe
docker image ls --filter before=busybox
docker image ls --filter since=nosuch:tag
docker image ls busybox:nosuch
docker image ls 'BUSYBOX'
docker image ls --format '{{.Bad}}'
docker volume ls --format '{{json .}}' --filter name=n-vol
docker volume ls --format 'table {{.Name}}\t{{.Driver}}\t{{.Scope}}' --filter label=purpose
docker volume ls --format '{{.Labels}} {{.Label "purpose"}} {{.Mountpoint}} {{.Size}} {{.Links}}' --filter name=n-vol
docker volume ls -q --filter dangling=true | grep -c n-vol
docker volume ls --filter driver=local --filter name=n-vol -q
docker volume ls --filter label=purpose=other -q | wc -l
docker volume ls --filter bogus=1
docker volume ls --format '{{.Nope}}'
docker network ls --format '{{json .}}' --filter name=n-net | sed 's/"ID":"[0-9a-f]*"/"ID":"x"/; s/"CreatedAt":"[^"]*"/"CreatedAt":"x"/'
docker network ls --format 'table {{.Name}}\t{{.Driver}}\t{{.Scope}}\t{{.IPv6}}\t{{.Internal}}'
docker network ls --format '{{.Name}} {{.Labels}} {{.Label "scope"}}' --filter label=scope
docker network ls --filter driver=bridge --format '{{.Name}}' | sort
docker network ls --filter type=custom --format '{{.Name}}'
docker network ls --filter type=builtin --format '{{.Name}}' | sort
docker network ls --filter type=bogus
docker network ls --no-trunc --format '{{.ID}}' --filter name=none | wc -c
docker network ls -q --filter name=n- | wc -l
docker network ls --filter dangling=true --format '{{.Name}}'
docker network ls --format '{{.Nope}}'
docker ps --format '{{json .}}' --filter name=nosuch
docker ps --format 'table {{json .Names}}' --filter name=n1
docker ps --format '{{.Names}}' --format '{{.ID}}' --filter name=n1 | wc -c
docker ps --format "{{printf \"%-8s|\" .Names}}{{.State}}" --filter name=n1
docker ps --format '{{upper .Names}} {{lower "ABC"}} {{title "one two"}} {{len .Names}}' --filter name=n1
docker ps --format '{{join (split .Ports ", ") "+"}}' --filter name=n1
docker ps --format '{{range $i, $e := split .Names "1"}}[{{$i}}:{{$e}}]{{end}}' --filter name=n1
docker ps --format '{{if eq .State "running"}}up{{else}}down{{end}} {{.Names}}' --filter name=n1
docker ps --format '{{truncate .Names 1}} {{pad .Names 1 1}}|' --filter name=n1
docker rm -f n1 n2
docker volume rm n-vol
docker network rm n-net
