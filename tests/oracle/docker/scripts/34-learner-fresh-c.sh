# A learner's fresh set, round C (session 11): exit codes of `docker run` (the command's own,
# 125 for docker's refusals, 126 and 127 for what cannot be executed), restart policies and
# their conflicts, ports given the odd ways, logs of stopped containers, wait and restart,
# history and tags, export / import, anonymous volumes and `rm -v`, ps filters by exit code and
# ancestor, export and cp of containers that are not running. `docker logs --tail` is asked only of a container that wrote to stdout alone: the
# order of its stdout and stderr lines in the json log is a race of two copiers. Written against the real dockerd 20.10.24 before the simulator's fixes.
docker load -i busybox-docker.tar
docker run --rm busybox sh -c 'exit 3'
docker run --rm busybox false
docker run --rm busybox nosuchcmd
docker run --rm busybox /etc
docker run --rm -w /nonexistent/dir busybox pwd
docker run --rm -u 1234:5678 busybox id
docker run --rm --entrypoint echo busybox hi there
docker run --rm --entrypoint '' busybox echo empty entrypoint
docker run --rm -e FOO -e BAR=2 busybox sh -c 'echo "[$FOO] [$BAR]"'
docker run --rm --env-file /nonexistent.env busybox true
docker run --name 'bad name' busybox true
docker run --name -x busybox true
docker run --rm --restart always busybox true
docker run -d --restart bogus busybox true
docker run -d --restart on-failure:x busybox true
docker run -d --name rp --restart on-failure:2 busybox sh -c 'exit 1'
docker inspect --format '{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}' rp
docker rm -f rp
docker run -d -p 70000:80 busybox true
docker run -d -p 80:99999 busybox true
docker run -d -p abc busybox true
docker run -d -p 8080-8081:80-83 busybox true
docker run -d -p 1.2.3:80:80 busybox true
docker run -d -p 80/bogus busybox true
docker run -d -p 80: busybox true
docker create -p ::1:80:80 busybox true
docker run --rm -m 1k busybox true
docker run --rm --cpus -1 busybox true
docker run --rm --cpus 1000 busybox true
docker run --name mixed busybox sh -c 'echo one; echo two >&2; echo three'
docker logs mixed
docker rm mixed
docker run --name done1 busybox sh -c 'echo one; echo two; echo three'
docker logs done1
docker logs --tail 1 done1
docker logs --tail 0 done1
docker logs --tail -1 done1
docker logs --tail x done1
docker logs --since bogus done1
docker logs -n 2 done1
docker logs nosuch
docker wait done1
docker wait nosuch
docker wait done1 nosuch
docker start -a done1
docker restart done1
docker wait done1
docker ps -a --filter exited=0 --format '{{.Names}}'
docker ps -a --filter exited=bogus
docker ps -a --filter ancestor=busybox --format '{{.Names}}' | sort
docker ps -a --filter ancestor=nosuch
docker ps -a --filter before=done1 --format '{{.Names}}'
docker ps -a --filter since=nosuch
docker ps -a --filter label=x
docker ps --format 'table {{.Names}}\t{{.Image}}'
docker ps -a --format '{{.Names}}: {{.Status}}' --filter name=done1
docker image inspect busybox --format '{{.Config.Entrypoint}}|{{.Config.Volumes}}|{{.Config.OnBuild}}|{{.Config.Labels}}|{{.Config.ExposedPorts}}|{{.Config.Healthcheck}}|{{.Config.StopTimeout}}|{{.Config.Shell}}'
docker inspect done1 --format '{{.Config.ExposedPorts}}|{{.Config.Healthcheck}}|{{.Config.StopTimeout}}|{{.Config.Shell}}|{{.Config.MacAddress}}|{{.Config.Entrypoint}}'
docker history busybox --format '{{.CreatedBy}}' | head -3
docker history -q busybox
docker history nosuch
docker tag busybox Busybox:1
docker tag busybox busybox:-bad
docker tag busybox localhost:5000/team/bb:1.0
docker images localhost:5000/team/bb
docker rmi localhost:5000/team/bb:1.0
docker tag nosuch x:1
docker export done1 > /tmp/done1.tar
tar -tf /tmp/done1.tar | grep -c .
tar -tvf /tmp/done1.tar | grep -v ' bin/.' | awk '{print $1, $2, $3, $6, $7, $8}'
docker import /tmp/done1.tar imported:1
docker images imported --format '{{.Repository}}:{{.Tag}}'
docker image inspect imported:1 --format '{{.Config.Cmd}} {{len .RootFS.Layers}}'
docker import /nosuch.tar x:1
docker export nosuch > /dev/null
docker create --name cr busybox cat /from-host
echo hello > /tmp/h.txt
docker cp /tmp/h.txt cr:/from-host
docker cp cr:/etc/hostname - | tar -xOf - | wc -c
docker start -a cr
docker cp cr:/etc/hostname - | tar -xOf - | wc -c
docker cp cr:/etc/passwd /tmp/cr-passwd
head -1 /tmp/cr-passwd
docker export cr | tar -tf - | grep -c .
docker diff cr
docker rm cr
docker run --rm busybox ls -l /etc/mtab
docker run --rm busybox sh -c 'ls -ld /dev/shm | grep -c drwxrwxrwt; wc -c < /etc/hostname'
docker run -d --name vol1 -v /data busybox sleep 1000
docker volume ls -q | wc -l
docker inspect --format '{{range .Mounts}}{{.Type}} {{.Destination}} {{.RW}}{{end}}' vol1
docker rm -f -v vol1
docker volume ls -q | wc -l
docker volume create --label tier=db labelled
docker volume ls -f label=tier=db -q
docker volume ls -f dangling=true -q
docker volume inspect --format '{{.Labels}} {{.Driver}} {{.Scope}}' labelled
docker volume rm labelled nosuch
docker rm done1
docker rmi imported:1
docker system df --format '{{.Type}} {{.TotalCount}}'
