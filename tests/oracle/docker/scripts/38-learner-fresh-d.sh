# A learner's fresh set, round D (session 11): volumes with labels, options and filters, in use
# and pruned with filters; system df -v; container, image and network prune with until= and
# label= filters; commit's -c/-m/-a/--pause and the history it leaves; image inspect and inspect
# --type; rename's odd cases; wait on several; kill -s by name and number; logs --since/--until/
# --details/-t; ps --format with Label/Mounts/Networks/Size and the filters least asked;
# run --read-only, --tmpfs, --add-host, --dns, --cap-add, --label-file, --stop-signal,
# --stop-timeout, --init and the --mount forms and their errors. Prune and diff lines that could
# list several ids (Go map order) are kept to one entry or sorted. Written against the real
# dockerd 20.10.24 before the simulator's fixes.
docker load -i busybox-docker.tar
docker volume create --label env=prod --label team=a va
docker volume create --label env=dev vb
docker volume create -o type=tmpfs -o device=tmpfs -o o=size=1m vt
docker volume create --driver local vd
docker volume create --opt foo=bar vbad
docker volume create --driver local --opt type=none vnone
docker volume ls -f label=env -q
docker volume ls -f label=env=prod -q
docker volume ls -f name=v -q
docker volume ls -f name=t -q
docker volume ls -f driver=local -q
docker volume ls -f dangling=false -q
docker volume ls -f dangling=maybe
docker volume inspect --format '{{.Name}} {{.Labels}} {{.Options}}' va vt
docker volume inspect --format '{{json .Labels}}' vb
docker volume inspect --format '{{.Mountpoint}}' vd
docker volume inspect -f '{{.CreatedAt}}' vd
docker run -d --name usev -v va:/data busybox sleep 1000
docker volume rm va
docker volume ls -f dangling=true -q
docker volume prune -f --filter label=env=dev
docker volume prune -f --filter until=1h
docker volume prune -f --filter 'label!=env'
docker volume ls -q
docker ps --format '{{.Names}} {{.Mounts}}'
docker ps -f volume=va --format '{{.Names}}'
docker ps -f volume=/data --format '{{.Names}}'
docker ps -f volume=nosuch --format '{{.Names}}'
docker ps --format '{{.Networks}}'
docker ps -f network=bridge --format '{{.Names}}'
docker ps -f network=nosuch --format '{{.Names}}'
docker rm -f usev
docker volume rm va vt
docker create --name cr1 -l tier=web -l owner=me --expose 80 --expose 90/udp busybox true
docker ps -a --format '{{.Label "tier"}}|{{.Label "nosuch"}}|{{.Label "owner"}}'
docker ps -a -f status=created --format '{{.Names}} {{.Status}}'
docker ps -a -f expose=80 --format '{{.Names}}'
docker ps -a -f expose=90/udp --format '{{.Names}}'
docker ps -a -f expose=90/tcp --format '{{.Names}}'
docker ps -a -f health=none --format '{{.Names}}'
docker ps -a -f health=bogus
docker ps -a -f label=tier=web -f label=owner --format '{{.Names}}'
docker ps -a -f publish=80 --format '{{.Names}}'
docker ps -a --size --format '{{.Names}} {{.Size}}'
docker rename cr1 cr2
docker rename cr2 /cr3
docker rename cr3 'bad name'
docker rename cr3 ''
docker rename cr3
docker ps -a --format '{{.Names}}'
docker run --name w1 busybox sh -c 'exit 4'
docker run --name w2 busybox true
docker wait w1 w2
docker wait w2 nosuch w1
docker container prune -f --filter label=nosuch=1
docker container prune -f --filter until=1h
docker container prune -f --filter until=bogus
docker container prune -f --filter label=tier=web
docker container prune -f --filter bogus=1
docker ps -a --format '{{.Names}}' | sort
docker rm w1 w2
docker run --name lg busybox sh -c 'echo first; echo second'
docker logs --since 2000-01-01 lg
docker logs --since 1h lg
docker logs --until 2000-01-01 lg
docker logs --until 1h lg
docker logs --until bogus lg
docker logs --details lg
docker logs -t lg
docker logs -t --tail 1 lg
docker rm lg
docker run -d --name k1 busybox sleep 1000
docker kill -s HUP k1
docker ps -a -f name=k1 --format '{{.Status}}'
docker run -d --name k2 busybox sleep 1000
docker kill -s 9 k2
docker inspect -f '{{.State.ExitCode}}' k2
docker kill -s SIGBOGUS k2
docker kill -s 0 k2
docker rm k1 k2
docker run -d --name cm -e A=1 busybox sh -c 'echo hi > /made; sleep 1000'
docker commit -m 'a message' -a 'Ann <ann@x>' -c 'CMD ["echo","from","commit"]' -c 'ENV B=2' -c 'EXPOSE 8080' cm snap:d
docker commit --pause=false cm snap:e
docker commit -c 'BOGUS x' cm snap:f
docker commit -c 'RUN echo x' cm snap:f
docker commit cm 'Bad:Name'
docker image inspect snap:d --format '{{.Comment}}|{{.Author}}|{{.Config.Cmd}}|{{.Config.Env}}|{{.Config.ExposedPorts}}'
docker run --rm snap:d
docker history snap:d --format '{{.CreatedBy}}|{{.Comment}}' | head -2
docker history -H=false busybox
docker history --no-trunc --format '{{.ID}} {{.Size}}' busybox
docker history -q snap:d
docker history --format 'table {{.CreatedBy}}\t{{.Size}}' busybox
docker image inspect snap:d --format '{{len .RootFS.Layers}} {{.Parent}}' | cut -c1-2
docker inspect --type volume vb --format '{{.Name}}'
docker inspect --type network bridge --format '{{.Name}} {{.Driver}}'
docker inspect --type container snap:d
docker inspect --type image cm
docker diff cm | sort
docker rm -f cm
docker rmi snap:d snap:e
docker image prune -f --filter until=1h
docker image prune -f --filter label=x
docker network create --label purpose=test nl
docker network create nk
docker network prune -f --filter label=nosuch
docker network prune -f --filter label=purpose=test
docker network prune -f --filter until=1h
docker network ls -f name=n --format '{{.Name}}'
docker network rm nk
docker run --rm --read-only busybox touch /x
docker run --rm --read-only --tmpfs /t busybox sh -c 'touch /t/x && echo ok'
docker run --rm --tmpfs /t:size=1m,mode=700 busybox ls -ld /t | cut -c1-10
docker run --rm --add-host h1:10.1.2.3 --add-host h2:10.4.5.6 busybox sh -c 'grep h[12] /etc/hosts'
docker run --rm --add-host bad busybox true
docker run --rm --dns 10.9.9.9 --dns-search ex.local --dns-option ndots:2 busybox cat /etc/resolv.conf
docker run --rm --dns bogus busybox true
docker run --rm --cap-add bogus busybox true
docker create --name caps --cap-add NET_ADMIN --cap-drop chown busybox true
docker inspect -f '{{.HostConfig.CapAdd}} {{.HostConfig.CapDrop}}' caps
echo 'lf=1' > /tmp/labels.txt
docker create --name lf --label-file /tmp/labels.txt --stop-signal SIGUSR1 --stop-timeout 7 --init busybox true
docker inspect -f '{{.Config.Labels}} {{.Config.StopSignal}} {{.Config.StopTimeout}} {{.HostConfig.Init}}' lf
docker create --label-file /nosuch.txt busybox true
docker create --stop-signal BOGUS busybox true
docker rename caps /
docker ps -a -f publish=1:2
docker ps -a -f expose=bogus
docker rm caps lf
docker run --rm --mount type=bind,source=/nosuch,target=/x busybox true
docker run --rm --mount type=bind,target=/x busybox true
docker run --rm --mount type=bogus,target=/x busybox true
docker run --rm --mount source=mv,target=/d busybox true
docker run --rm --mount type=volume,src=mv,dst=/d,readonly busybox touch /d/f
docker run --rm --mount type=tmpfs,target=/t,tmpfs-size=1m,tmpfs-mode=750 busybox ls -ld /t | cut -c1-10
docker run --rm --mount type=tmpfs,source=x,target=/t busybox true
docker run --rm --mount type=volume,target=/d,bogus=1 busybox true
docker run --rm --mount type=bind,source=/tmp,target=/h,readonly busybox touch /h/f
docker run --rm --mount type=tmpfs busybox true
docker run --rm --mount foo busybox true
docker run --rm --mount type=bind,src=/tmp,dst=/a,readonly=maybe busybox true
docker run --rm --mount type=bind,source=rel,target=/x busybox true
docker run --rm --mount type=volume,readonly,target=/d busybox true
docker run --rm --mount type=volume,target=/d,volume-opt=foo=bar busybox true
docker run --rm --tmpfs rel busybox true
docker run --rm --add-host h:bogus busybox true
docker run --rm -e A=1 busybox env
docker volume create --opt o=x vo
docker volume create --opt size=1m vs
docker create --stop-signal 0 busybox true
docker volume rm mv
docker rm -f k1
docker system df -v
