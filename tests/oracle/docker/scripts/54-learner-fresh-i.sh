# A learner's fresh set, round I (issue 11): what a Docker user moving to containerd tries next
# that sets A–H had not — exec -u in its forms (name, uid, uid:gid, a missing user or group),
# exec -w/-e/-d and exec into paused, stopped and missing containers, docker cp both ways with odd
# paths (a missing parent, a trailing slash, /. of a directory, a relative container path, a
# stopped container, a --read-only rootfs), docker diff after adds, changes and deletes, commit
# with --change then a run of the new image and its history, inspect -f templates over
# containers, images, networks and volumes (--type, range, index, json, len), logs --tail forms,
# stats --no-stream --format, rename refusals, wait of several, update --restart against
# --rm, container prune --filter, image prune -a, events filtered, save | load and export |
# import. Written against the real dockerd 20.10.24 first. Deterministic on the real side: local
# files are relative (the run's own directory), `run --rm` start failures drop dockerd's racy
# `error waiting for container` line, events are read after a `sleep 1` (--until 0s is a whole
# second) with --since 1h (a loaded machine takes more than 10 minutes over the script), and
# image prune's reclaimed total is left out (the exported rootfs holds the real busybox binary).
# Left out as not simulated here: `id -G`, busybox `find` and `ls -R`, a file's owner and
# permission checks for an exec'd non-root user (touch /root/x as nobody), `docker cp -` from
# stdin; --privileged runs and execs fail on this oracle machine (its bounding set lacks
# CAP_SYS_RESOURCE), so exec --privileged is held by unit tests.
# needs: bridge
docker load -i busybox-docker.tar
docker run -d --name i1 --label stage=one busybox sleep 1000
docker exec -u 0 i1 id
docker exec -u root:nogroup i1 id
docker exec -u nobody:nosuch i1 id
docker exec -u nosuch i1 id
docker exec -u 1234:5678 i1 id
docker exec -u daemon i1 sh -c 'echo $HOME; id -un'
docker exec -u 65534 -w /tmp i1 pwd
docker exec -w /nosuch i1 pwd
docker exec -w /etc/hostname i1 pwd
docker exec -e A=1 -e B i1 sh -c 'echo "A=$A B=${B-unset}"'
docker exec -e PATH=/nowhere i1 ls
docker exec i1 nosuchcmd
docker exec i1 /etc/hostname
docker exec i1 sh -c 'exit 7'
docker exec -d i1 sh -c 'echo made > /tmp/made'
docker exec i1 cat /tmp/made
docker exec -d i1 nosuchcmd
docker exec i1
docker exec nosuch true
docker exec -it i1 true
docker exec -u nobody i1 touch /tmp/by-nobody
docker exec i1 ls /tmp/by-nobody
docker pause i1
docker exec i1 true
docker unpause i1
docker create --name i2 busybox sleep 5
docker exec i2 true
docker run --rm -u 1234 busybox id
docker run --rm -u nobody:users busybox id 2>&1 | grep -v level=error
docker run --rm -u nosuch busybox id 2>&1 | grep -v level=error
docker run --rm -u 0:nosuch busybox id 2>&1 | grep -v level=error
docker run --rm -u 1:2 -w /tmp busybox sh -c 'id; pwd'
docker exec i1 sh -c 'mkdir -p /data/sub && echo a > /data/sub/f && echo b > /data/top'
docker cp i1:/data h-cp1
ls h-cp1 h-cp1/sub
docker cp i1:/data/. h-cp2
ls h-cp2
docker cp i1:/data/top nosuch-dir/
docker cp i1:/data/top nosuch-parent/x/y
docker cp i1:/data/top h-top
cat h-top
docker cp i1:data/sub/f h-rel
cat h-rel
docker cp i1:/data/sub/f/ h-x
docker cp i1:/data/nope h-x
mkdir -p h-src/inner && echo hi > h-src/inner/g && echo top > h-src/t
docker cp h-src i1:/opt
docker exec i1 ls /opt /opt/inner
docker cp h-src/. i1:/opt2
docker cp h-src/t i1:/nosuchdir/
docker cp h-src/t i1:/nosuchdir/t
docker cp h-src/t i1:/etc/hostname/
docker cp h-src i1:/etc/hostname
docker cp h-src/t i1:/opt3
docker exec i1 cat /opt3
docker cp h-nope i1:/tmp
docker cp h-src/t nosuch:/tmp
docker cp i1:/tmp h-src/t
docker cp h-src/t h-other
docker cp i1:/a i1:/b
docker create --name i3 busybox true
docker cp h-src/t i3:/t-created
docker cp i3:/t-created h-back
cat h-back
docker run -d --name i4 --read-only busybox sleep 1000
docker cp h-src/t i4:/tmp/
docker diff i3
docker exec i1 sh -c 'rm /etc/hostname 2>&1; rm -f /bin/wget; echo x >> /etc/group; mkdir -p /usr/new/dir'
docker diff i1 | sort
docker diff nosuch
docker diff
docker commit --change 'ENV ROUND=i' --change 'CMD ["cat","/data/top"]' --change 'WORKDIR /data' -a learner -m 'round i' i1 roundi:1
docker run --rm roundi:1
docker run --rm roundi:1 sh -c 'echo $ROUND; pwd'
docker image inspect -f '{{.Author}}|{{.Comment}}|{{json .Config.Cmd}}|{{.Config.WorkingDir}}|{{len .RootFS.Layers}}' roundi:1
docker history --format '{{.CreatedBy}}|{{.Comment}}' roundi:1
docker commit --change 'BOGUS x' i1 roundi:2
docker commit --change 'EXPOSE 8080/udp' --change 'LABEL a=b' i1 roundi:3
docker image inspect -f '{{json .Config.ExposedPorts}} {{json .Config.Labels}}' roundi:3
docker commit i1 Round:bad
docker commit nosuch roundi:4
docker commit --pause=false i1
docker images --filter dangling=true --format '{{.Repository}} {{.Tag}}'
docker inspect -f '{{.Name}} {{.Config.User}} {{.HostConfig.ReadonlyRootfs}} {{.State.Running}} {{.State.Paused}}' i1 i4
docker inspect -f '{{index .Config.Labels "stage"}} {{len .Config.Env}} {{index .Config.Cmd 1}}' i1
docker inspect --type image -f '{{.Config.Cmd}} {{.Size}} {{.RepoTags}}' busybox
docker inspect --type container -f '{{.Name}}' busybox
docker inspect --type network -f '{{.Name}} {{.Driver}} {{.Scope}} {{.Internal}} {{.Attachable}}' bridge
docker inspect --type volume -f '{{.Name}}' nosuch
docker inspect --type bogus i1
docker volume create --label v=1 ivol
docker inspect -f '{{.Name}} {{.Driver}} {{.Mountpoint}} {{.Scope}} {{json .Labels}} {{.Options}}' ivol
docker volume inspect -f '{{range $k, $v := .Labels}}{{$k}}:{{$v}}{{end}}' ivol
docker network create --label n=1 inet
docker network inspect -f '{{.Name}} {{.IPAM.Driver}} {{len .Containers}} {{json .Labels}} {{.EnableIPv6}}' inet
docker network connect inet i1
docker network connect inet i1
docker network inspect -f '{{range .Containers}}{{.Name}}{{end}}' inet
docker inspect -f '{{range $n, $c := .NetworkSettings.Networks}}{{$n}} {{end}}' i1
docker network disconnect inet i3
docker network connect nosuchnet i1
docker network connect inet nosuch
docker network disconnect inet i1
docker network disconnect inet i1
docker network disconnect -f inet i1
docker network connect --alias x1 --alias x2 inet i3
docker inspect -f '{{json .NetworkSettings.Networks.inet.Aliases}}' i3
docker network rm inet
docker run --name i5 busybox sh -c 'for n in 1 2 3 4 5; do echo line$n; done'
docker run --name i9 busybox sh -c 'echo e1 >&2; echo e2 >&2'
docker logs --tail 1 i9
docker logs --tail 1 i9 2>/dev/null
docker logs --tail 2 i5
docker logs --tail 0 i5
docker logs --tail all i5 2>&1 | wc -l
docker logs --tail -1 i5 2>/dev/null | wc -l
docker logs --tail x i5
docker logs -n 1 i5
docker logs --since 1h --tail 1 i5
docker logs --until 2000-01-01 i5
docker logs --since 2099-01-01 i5
docker logs --since bogus i5
docker logs --until 1h --tail 3 i5
docker logs i9 2>/dev/null
docker logs i9 2>&1 >/dev/null
docker stats --no-stream --format '{{.Name}} {{.PIDs}}' i1
docker stats --no-stream --format '{{.Container}}' i1 | wc -c
docker stats --no-stream --format '{{.Name}}' i1 i4 | sort
docker stats --no-stream nosuch
docker stats --no-stream --format '{{.Name}} {{.MemPerc}}' i5
docker stats --no-stream --format '{{.Bogus}}' i1
docker stats --no-stream --format 'table {{.Name}}\t{{.PIDs}}' i1
docker system df --format '{{.Type}} {{.TotalCount}} {{.Active}}'
docker system df -v --format '{{json .}}' | wc -l
docker rename i5 i1
docker rename i5 'bad/name'
docker rename i5 i5
docker rename i5 i6
docker rename nosuch i7
docker rename i6
docker inspect -f '{{.Name}}' i6
docker wait i5 i6
docker wait i6 nosuch
docker wait i3
docker run -d --rm --name i8 busybox sleep 1000
docker update --restart always i8
docker update --restart on-failure:2 i8
docker update --restart no i8
docker update --restart unless-stopped i4
docker inspect -f '{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}' i4
docker update --restart on-failure:-1 i4
docker rm -f i8
docker export i3 | docker import - fromexport:1
docker run --rm fromexport:1 cat /t-created
docker export -o h-e.tar i3
docker import -c 'ENTRYPOINT ["cat"]' h-e.tar fromexport:2
docker run --rm fromexport:2 /t-created
docker import h-e.tar Bad:tag
docker export nosuch
docker history --format '{{.CreatedBy}} {{.Comment}}' fromexport:2
docker create --name p1 --label keep=yes busybox true
docker create --name p2 --label keep=no busybox true
docker create --name p3 busybox true
docker container prune -f --filter label=keep=no
docker container prune -f --filter label!=keep
docker ps -a --filter name=p --format '{{.Names}}' | sort
docker container prune -f --filter until=2000-01-01
docker container prune -f --filter bogus=1
docker container prune -f --filter until=bogus
docker rm p1
docker tag busybox spare:1
docker image prune -a -f --filter label=nope=1
docker image prune -a -f | grep -v 'Total reclaimed' | sed 's/: sha256:.*//' | sort | uniq -c
docker images --format '{{.Repository}}:{{.Tag}}' | sort
sleep 1
docker events --since 1h --until 0s --filter container=i6 --format '{{.Action}}'
docker events --since 1h --until 0s --filter event=rename --format '{{.Actor.Attributes.name}} {{.Actor.Attributes.oldName}}'
docker events --since 1h --until 0s --filter type=volume --format '{{.Action}} {{.Actor.ID}}'
docker events --since 1h --until 0s --filter event=commit --format '{{.Type}} {{.Actor.Attributes.comment}}'
docker events --since 1h --until 0s --filter container=i1 --filter event=exec_die --format '{{.Actor.Attributes.execID}}' | wc -l
docker save roundi:1 | docker load
docker save -o h-r.tar roundi:1 roundi:3
docker rmi roundi:1 roundi:3
docker load -q -i h-r.tar
docker load -i h-src/t
docker rm -f i1 i4
docker volume rm ivol
