# A learner's fresh set, round E (session 12): what an ops engineer moving from Docker types
# beyond the earlier sets — run flags in combination (--init, --read-only with --tmpfs options,
# --add-host twice, --dns-search checks, -e forms, --label-file with comments, -w made or
# refused, -u by name and number, --stop-signal/--stop-timeout seen through stop, --restart's
# odd policies, -d --rm, --cidfile, an entrypoint with a space), ps filters combined (status
# twice, name anchors, ancestor by id, exited=, before/since) and multi-field tables and JSON,
# inspect templates over HostConfig, Env, Mounts and Networks, image inspect, history and
# system df forms, events and logs filtered, exec --privileged and --env-file, cp of /., of
# symlinks and into missing parents, diff, commit -c with LABEL/WORKDIR/USER/ENTRYPOINT, odd tag
# references, rmi of an image a running container uses, and typos in several subcommands.
# Lines that could list several things in Go map order are sorted. Written against the real
# dockerd 20.10.24 before the simulator's fixes. No --privileged: where the oracle machine is itself a
# container, runc cannot raise the full capability set ("unable to apply caps"). Lines that need
# changes in the simulated runc (HOME from the image's passwd, /proc/self/status, EBUSY for a
# bind-mounted file) wait in ../pending/44-learner-fresh-e-runc.sh.
# needs: bridge
docker load -i busybox-docker.tar
docker run --rm --init busybox cat /proc/1/cmdline | wc -c
docker run --rm --init busybox sh -c 'exit 3'
docker run --rm --init busybox nosuchcmd 2>&1 | sed 's/tini ([0-9]*)/tini (N)/'
docker run -d --init --name ini busybox sleep 1000
docker top ini | awk 'NR > 1 {print $8, $9, $10, $11}'
docker stop ini
docker inspect -f '{{.State.ExitCode}} {{.HostConfig.Init}} {{.Path}}' ini
docker run --rm --read-only busybox sh -c 'echo x > /tmp/f'
docker run --rm --read-only --tmpfs /tmp busybox sh -c 'echo x > /tmp/f && cat /tmp/f'
docker run --rm --tmpfs /run:rw,noexec,size=64k busybox sh -c 'echo x > /run/f && cat /run/f'
docker run --rm --add-host db:10.0.0.5 --add-host db:10.0.0.6 busybox grep db /etc/hosts
docker run --rm --add-host=gw:10.0.0.1 busybox sh -c 'tail -1 /etc/hosts'
docker run --rm --dns-search 'bad domain' busybox true
docker run --rm --dns 10.1.1.1 --dns-search a.example --dns-search b.example --dns-option ndots:1 busybox cat /etc/resolv.conf
docker run --rm -e A -e B= -e C=1=2 busybox sh -c 'echo "[${A-unset}] [$B] [$C]"'
docker run --rm -e =x busybox true
docker run --rm --env 'SP=a b' busybox sh -c 'echo "[$SP]"'
printf 'tier=web\n# comment\n\nowner\n' > labels.env
docker create --name lab --label-file labels.env -l extra=1 busybox
docker inspect -f '{{json .Config.Labels}}' lab
docker run --rm -w /new/dir busybox sh -c 'pwd; [ -d /new/dir ] && echo made'
docker run --rm -w rel busybox pwd
docker run --rm -u nosuchuser busybox id 2>&1 | grep -v level=error
docker run --rm -u 0:nosuchgroup busybox id 2>&1 | grep -v level=error
docker run -d --name stopt --stop-timeout 1 busybox sleep 1000
docker stop stopt
docker inspect -f '{{.State.ExitCode}} {{.Config.StopTimeout}} {{.State.OOMKilled}}' stopt
docker run -d --name stopsig --stop-signal SIGKILL busybox sleep 1000
docker stop stopsig
docker inspect -f '{{.State.ExitCode}} {{.Config.StopSignal}}' stopsig
docker run -d --restart unless-stopped:3 busybox true
docker run -d --restart on-failure:-1 busybox true
docker run -d --restart=no --name rn busybox true
docker run -d --rm --name rmd busybox true
sleep 2
docker ps -a -f name=rmd -q | wc -l
docker run -d --cidfile cid.txt --name cf busybox sleep 1000
wc -c < cid.txt
[ "$(cat cid.txt)" = "$(docker inspect -f '{{.Id}}' cf)" ] && echo same
docker run -d --cidfile cid.txt busybox true
docker run --rm --entrypoint 'echo hi' busybox 2>&1 | grep -v level=error
docker ps -a -f status=exited -f status=created --format '{{.Names}}' | sort
docker ps -a -f name=^/s --format '{{.Names}}' | sort
docker ps -a -f name='^c' --format '{{.Names}}'
docker ps -a -f name=f$ --format '{{.Names}}'
docker ps -a -f ancestor=aa1bd989d5a2 -f status=running --format '{{.Names}}'
docker ps -a -f exited=137 --format '{{.Names}}' | sort
docker ps -a -f since=stopt -f before=cf --format '{{.Names}}'
docker ps -a -f status=running -f name=cf --format 'table {{.ID}}\t{{.Names}}\t{{.Status}}\t{{.Ports}}'
docker ps -a -f name=lab --format 'table {{.Names}}\t{{.Command}}\t{{.State}}\t{{.Label "tier"}}'
docker ps -a -f name=lab --format '{{json .}}' | sed 's/"Labels":"[^"]*",//'
docker container ls -a -f name=rn --format '{{.Names}}\t{{.Status}}\t{{.Image}}\t{{.LocalVolumes}}'
docker ps -a --filter 'status=stopped'
docker ps -a --filter 'name'
docker run -d --name ho -m 64m --cpus 0.5 --shm-size 1m --read-only --tmpfs /run:size=64k --add-host h:10.2.3.4 --dns 10.0.0.53 --dns-search ex.test -v hv:/data -p 127.0.0.1:18473:80 busybox sleep 1000
docker inspect -f '{{.HostConfig.Privileged}} {{.HostConfig.Memory}} {{.HostConfig.NanoCpus}} {{.HostConfig.ShmSize}} {{.HostConfig.ReadonlyRootfs}}' ho
docker inspect -f '{{.HostConfig.Tmpfs}} {{.HostConfig.ExtraHosts}} {{.HostConfig.Dns}} {{.HostConfig.DnsSearch}} {{.HostConfig.Binds}}' ho
docker inspect -f '{{json .HostConfig.PortBindings}} {{.HostConfig.LogConfig.Type}} {{.HostConfig.AutoRemove}}' ho
docker inspect -f '{{json .Mounts}}' ho
docker inspect -f '{{.Config.Env}} {{.Config.User}} {{.Config.WorkingDir}} {{.Driver}} {{.Platform}}' ho
docker inspect -f '{{range .NetworkSettings.Networks}}{{.Gateway}} {{.IPPrefixLen}} {{len .NetworkID}}{{end}}' ho
docker inspect -f '{{range $k, $v := .NetworkSettings.Ports}}{{$k}} -> {{(index $v 0).HostIp}}:{{(index $v 0).HostPort}}{{end}}' ho
docker inspect -f '{{.HostConfig.Nosuch}}' ho
docker inspect -f '{{.State.Status' ho
docker image inspect -f '{{.RepoDigests}} {{.Parent}} {{.Comment}} {{.Author}} {{.DockerVersion}}' busybox
docker image inspect -f '{{.GraphDriver.Name}} {{.RootFS.Type}} {{len .RootFS.Layers}} {{.Metadata.LastTagTime}}' busybox
docker image inspect -f '{{json .ContainerConfig.Cmd}} {{.Config.WorkingDir}}|{{.Config.User}}|' busybox
docker history --no-trunc --format '{{.CreatedBy}}|{{.Comment}}|{{.CreatedAt}}' busybox
docker history --format 'table {{.ID}}\t{{.CreatedSince}}\t{{.Size}}' busybox
docker image ls --filter label=nosuch --format '{{.Repository}}'
docker image ls --filter since=busybox -q
docker system df
printf 'E1=one\nE2\n' > exec.env
E2=two docker exec --env-file exec.env cf sh -c 'echo $E1 $E2'
docker exec -w tmp cf pwd
docker exec -u 0:0 -w / cf sh -c 'id -u; pwd'
docker exec cf
docker exec cf sh -c 'mkdir -p /srv/d && echo a > /srv/d/f && ln -s /etc/passwd /srv/pl'
docker diff cf | sort
docker cp cf:/srv/d/. outd
ls outd
docker cp cf:/srv/pl pl1
ls -l pl1 | cut -c1
docker cp -L cf:/srv/pl pl2
head -1 pl2
docker cp labels.env cf:/nosuch/dir/
docker cp labels.env cf:/srv/newname
docker exec cf cat /srv/newname
docker cp cf:/srv/d/f nodir/
docker cp outd cf:/srv/d
docker exec cf ls /srv/d
docker commit -c 'LABEL a=b c=d' -c 'WORKDIR /srv' -c 'USER nobody' -c 'ENTRYPOINT ["sh","-c"]' -c 'CMD echo $PWD' cf snap:e
docker image inspect -f '{{json .Config.Labels}} {{.Config.WorkingDir}} {{.Config.User}} {{.Config.Entrypoint}} {{.Config.Cmd}}' snap:e
docker run --rm snap:e
docker run --rm snap:e 'id -u; pwd'
docker commit -m msg nosuch x
docker commit -c 'VOLUME /data' -c 'STOPSIGNAL SIGINT' -c 'ONBUILD RUN true' cf snap:f
docker image inspect -f '{{.Config.Volumes}} {{.Config.StopSignal}} {{.Config.OnBuild}}' snap:f
docker run --name lg -e A=1 --log-opt env=A --log-opt labels=tier -l tier=web busybox sh -c 'echo a; echo b'
docker logs --details lg
sleep 1
docker logs --since 0 --until 0s lg
docker logs -t --tail 1 lg | sed 's/^[^ ]* /T /'
docker logs --tail=all lg
docker logs -x lg
docker tag busybox my.registry:5000/ns/img:v1.2-rc_3
docker tag busybox 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
docker tag busybox UPPER/x
docker tag busybox a/b/c/d:1
docker images --format '{{.Repository}}:{{.Tag}}' | sort
docker rmi -f aa1bd989d5a2
docker rmi busybox
docker rmi my.registry:5000/ns/img:v1.2-rc_3 a/b/c/d:1 2>&1 | sed 's/container [0-9a-f]* is/container C is/'
sleep 1
docker events --since 10m --until 0s --filter container=stopt --filter event=die --format '{{.Action}} {{.Actor.Attributes.exitCode}} {{.Actor.Attributes.name}}'
docker events --since 10m --until 0s --filter type=container --filter event=kill --format '{{.Actor.Attributes.name}} {{.Actor.Attributes.signal}}'
docker events --since 10m --until 0s --filter type=image --format '{{.Action}} {{.Actor.ID}}'
docker contianer ls
docker ps --al
docker container lst
docker system df --verbose=maybe
docker stop -t x cf
docker ps -n abc
docker image rmm busybox
docker exec --nosuch cf true
docker rm -f cf ho stopt stopsig lab rn lg ini
docker volume rm hv
docker system df -v --format '{{.Type}}'
rm -rf labels.env cid.txt exec.env outd pl1 pl2
