# A learner's fresh set, round M (issue 11): what a Docker user moving to containerd types next —
# ps filters no set had (volume, network, publish, expose, health, is-task) and their combos,
# inspect templates with index/len/range/json and the string functions, container prune with
# label filters, export | import with -c/--change and -m, save | load round trips, image prune
# -a with filters, and run's -e/--env-file/-w/-u/--entrypoint together. Written against the real
# dockerd 20.10.24 first: 1 of 55 lines differed (`join` on .Config.Cmd, which the typed
# types.ContainerJSON holds as a strslice.StrSlice); 0 now.
# needs: bridge
docker load -i busybox-docker.tar
docker volume create mv1 > /dev/null; docker network create mnet > /dev/null
docker run -d --name m1 -v mv1:/data --network mnet busybox sleep 1000 > /dev/null
docker run -d --name m2 -p 18080:80 --expose 9000 busybox sleep 1000 > /dev/null
docker run --name m3 -l tier=db busybox sh -c 'exit 3'
docker run --name m4 -v /data busybox true
docker ps --filter volume=mv1 --format '{{.Names}}'
docker ps -a --filter volume=/data --format '{{.Names}}' | sort
docker ps --filter network=mnet --format '{{.Names}} {{.Networks}}'
docker ps --filter network=bridge --format '{{.Names}}'
docker ps --filter publish=18080 --format '{{.Names}}'
docker ps --filter publish=80/tcp --format '{{.Names}}'
docker ps --filter expose=9000 --format '{{.Names}}'
docker ps --filter expose=8000-9500 --format '{{.Names}}'
docker ps -a --filter exited=3 --filter label=tier=db --format '{{.Names}} {{.Status}}' | sed -E 's/ [0-9]+ seconds? ago| Less than a second ago//'
docker ps -a --filter status=exited --filter status=running -q | wc -l
docker ps --filter health=none --format '{{.Names}}' | sort
docker ps --filter is-task=false --format '{{.Names}}' | sort
docker ps --filter nosuch=1
docker ps --filter status=sleeping
docker ps -a --filter 'name=^m[12]$' --format '{{.Names}}' | sort
docker ps -a --format '{{.Names}}\t{{.Label "tier"}}' --filter label=tier
docker inspect -f '{{len .Mounts}} {{(index .Mounts 0).Type}} {{(index .Mounts 0).Name}}' m1
docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}' m1
docker inspect -f '{{json .HostConfig.PortBindings}}' m2
docker inspect -f '{{range $p, $conf := .NetworkSettings.Ports}}{{$p}}={{if $conf}}{{(index $conf 0).HostPort}}{{else}}none{{end}} {{end}}' m2
docker network inspect -f '{{range .Containers}}{{.Name}}{{end}} {{len .Containers}}' mnet
docker inspect -f '{{.State.ExitCode}} {{.State.Status}} {{.Config.Labels.tier}} {{index .Config.Labels "tier"}}' m3
docker inspect -f '{{upper .Name}} {{lower "AB"}} {{title "x y"}} {{split .Config.Image ":"}} {{join .Config.Cmd "|"}}' m3
docker container prune -f --filter label=tier=db | head -1
docker container prune -f --filter label!=tier | grep -c '^[0-9a-f]\{64\}$'
docker ps -a --format '{{.Names}}' | sort
docker rm -f m1 m2 > /dev/null; docker network rm mnet; docker volume rm mv1
docker run --name ex busybox sh -c 'mkdir /app && echo hi > /app/f'
docker export ex | docker import -c 'CMD ["cat", "/app/f"]' -c 'WORKDIR /app' -c 'ENV A=1' -m 'from ex' - imp:1 | cut -c1-7
docker run --rm imp:1
docker image inspect -f '{{json .Config.Cmd}} {{.Config.WorkingDir}} {{json .Config.Env}} {{.Comment}}' imp:1
docker history --format '{{.CreatedBy}}|{{.Comment}}' imp:1
docker export ex | docker import --change 'EXPOSE 80' --change 'USER nobody' - imp:2 > /dev/null; docker image inspect -f '{{json .Config.ExposedPorts}} {{.Config.User}}' imp:2
docker export ex | docker import -c 'RUN echo no' - imp:3
docker export ex | docker import -c 'BOGUS x' - imp:3
docker save imp:1 -o imp.tar && docker rmi imp:1 > /dev/null && docker load -i imp.tar
docker save busybox imp:2 | docker load | sort
docker image prune -a -f --filter until=1h | tail -1
docker image prune -f --filter until=notatime
docker image prune -a -f --filter nosuch=1
printf 'A=1\n# c\nB\nC=x y\n' > m.env
B=fromhost docker run --rm --env-file m.env -e A=2 busybox sh -c 'echo $A $B "$C"'
docker run --rm -w /nonexist -u 65534:65534 busybox sh -c 'pwd; id; ls -ld . | cut -c1-30'
docker run --rm --entrypoint '' busybox echo empty-entrypoint
docker run --rm --entrypoint echo busybox
docker run --rm --entrypoint 'sh -c' busybox 'echo x'
docker run --rm -u nobody -w /tmp busybox sh -c 'touch f && ls -n f | cut -c1-25'
docker run --rm -e X busybox env | grep -c ^X
docker rm ex
docker image prune -a -f | grep -c deleted:
