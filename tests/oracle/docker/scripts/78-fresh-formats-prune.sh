# A fresh learner's set, round N (issue 11, H51): --format templates with the functions the
# docs list (join, upper, lower, title, split, len, json, index, println, printf) on ps,
# images, inspect, volume and network listings; docker system df -v; docker image prune -a -f;
# docker container prune with until and label filters.
# Written against the real dockerd 20.10.24 before any fix: 46 of 46 lines agreed.
docker load -i busybox-docker.tar
docker run -d --name f78a --label tier=web -e A=1 -e B=2 busybox sleep 1000
docker create --name f78b --label tier=db busybox true
docker ps --format '{{upper .Names}} {{lower .Status | len}}' --filter name=f78a | awk '{print $1}'
docker ps -a --format '{{.Names}}|{{title .Image}}|{{.Label "tier"}}' --filter name=f78 | sort
docker inspect --format '{{join .Config.Env ","}}' f78a
docker inspect --format '{{join .Args "+"}} {{len .Args}}' f78a
docker inspect --format '{{index .Config.Env 0}}' f78a
docker inspect --format '{{index .Config.Labels "tier"}}' f78a
docker inspect --format '{{split .Name "7"}}' f78a
docker inspect --format '{{range split (index .Config.Env 1) "="}}[{{.}}]{{end}}' f78a
docker inspect --format '{{json .Config.Labels}}' f78a f78b
docker inspect --format '{{upper .State.Status}} {{title .State.Status}} {{lower "ABC"}}' f78b
docker inspect --format '{{printf "%s=%d" .Name .State.ExitCode}}' f78b
docker inspect --format '{{println .Name}}{{.Driver}}' f78b
docker inspect --format '{{.Config.Hostname | len}}' f78a
docker inspect --format '{{if eq .State.Status "running"}}up{{else}}down{{end}}' f78a f78b
docker inspect --format '{{range $i, $e := .Config.Env}}{{$i}}:{{$e}} {{end}}' f78a
docker inspect --format '{{index .Config.Env 9}}' f78a
docker inspect --format '{{join .Config.Cmd}}' f78a
docker inspect --format '{{split .Name}}' f78a
docker inspect --format '{{nosuchfunc .Name}}' f78a
docker inspect --format '{{json .HostConfig.RestartPolicy}}' f78a
docker images --format '{{.Repository}} {{upper .Tag}} {{len .ID}}'
docker images --format '{{json .Repository}}'
docker volume create --label x=1 v78
docker volume ls --format '{{.Name}} {{.Driver | upper}} {{.Label "x"}}' --filter name=v78
docker network ls --format '{{title .Name}}/{{.Scope}}' --filter name=bridge
docker system df --format '{{.Type}} {{.TotalCount}}'
docker system df -v --format '{{len .Images}} {{len .Volumes}}'
docker system df -v | grep -A2 '^Local Volumes' | awk '{print $1, $2}'
docker rm -f f78a
docker container prune -f --filter label=tier=web
docker container prune -f --filter 'label!=tier=db'
docker ps -a --format '{{.Names}}' --filter name=f78
docker container prune -f --filter until=1h
docker container prune -f --filter until=notatime
docker container prune -f --filter nosuch=1
docker container prune -f --filter label=tier=db
docker ps -a -q --filter name=f78 | wc -l
docker tag busybox lab78:x
docker image prune -f
docker image prune -a -f --filter label=nosuch=1
docker image prune -a -f | grep -c '^untagged:'
docker images -q | wc -l
docker volume rm v78
