# A fresh learner's set, round L (issue 11, H48): what a Docker user does with a running
# container — docker exec -d/-u/-w/-e/--env-file and the exit codes it passes on (a command's
# own, 126, 127, a stopped or paused container), docker logs --until/--details/-n 0 and the =
# forms, docker events in a fixed --since/--until window with --filter, docker wait on several
# containers, docker update of --restart, -m and --cpus on running and stopped ones, docker
# rename's edge cases, docker attach --no-stdin, and docker port's forms. Written against the
# real dockerd 20.10.24 first: 13 of its first 126 lines differed. Changed after that run: the
# events queries come after a sleep (the CLI sends a duration as whole Unix seconds, so events of
# the current second fall outside --until 0s and the real answer depended on the machine's
# speed), the unix times in the since-after-until refusal and the order of `docker port` (the
# CLI ranges over a Go map) are normalised in the line; `docker exec --privileged` is left out
# (the oracle's machine lets runc keep fewer capabilities than a node: `unable to apply caps`),
# and `docker exec -i` reading a redirected stdin waits in ../pending/72-fresh-pending.sh.
# Local files are relative to the run's own directory.
# needs: bridge
docker load -i busybox-docker.tar
docker run -d --name m1 busybox sleep 1000
docker exec -d m1 sh -c 'echo detached > /tmp/d'
sleep 1
docker exec m1 cat /tmp/d
docker exec -u 1000 m1 id
docker exec -u nobody:nogroup m1 id
docker exec -u nosuch m1 id
docker exec -u 5:5 m1 sh -c 'touch /tmp/u5 && ls -ln /tmp/u5' | awk '{print $3, $4}'
docker exec -w /etc m1 pwd
docker exec -w /not/there m1 pwd
docker exec -w relative m1 pwd
docker exec -e FOO=bar -e EMPTY= -e NOVAL m1 sh -c 'echo "$FOO|$EMPTY|${NOVAL-unset}"'
printf 'X=1\nY=two words\n' > m-env && docker exec --env-file m-env m1 sh -c 'echo "$X $Y"'
docker exec --env-file nosuch m1 true
docker exec m1 sh -c 'grep CapEff /proc/self/status'
docker exec m1 sh -c 'exit 42'
docker exec m1 nosuchcommand
docker exec m1 /etc/passwd
docker exec m1 /
docker exec m1
docker exec nosuch-container true
docker exec -d m1 nosuchcommand
docker exec -it m1 true
docker pause m1
docker exec m1 true
docker unpause m1
docker stop -t 0 m1
docker exec m1 true
docker exec -d m1 true
docker rm m1
docker run -d --name m2 busybox sh -c 'echo one; echo two >&2; echo three; sleep 1000'
sleep 1
docker logs -n 0 m2
docker logs --tail=1 m2
docker logs --tail 0 m2
docker logs --tail -1 m2
docker logs --tail abc m2
docker logs --until 0s m2
docker logs --until 1h m2
docker logs --until 2000-01-01 m2
docker logs --until bogus m2
docker logs --since 2099-01-01 m2
docker logs --details m2
docker logs --details --tail 1 m2
docker logs -t m2 | wc -l
docker logs m2 2>/dev/null
docker logs m2 >/dev/null
docker rm -f m2
docker run -d --name m3 --log-opt labels=team --label team=a busybox sh -c 'echo labelled; sleep 1000'
sleep 1
docker logs --details m3
docker rm -f m3
docker run -d --name ev1 --label ev=yes busybox true
docker wait ev1
docker run --name ev2 busybox sh -c 'exit 7'
docker rm ev1 ev2
docker volume create ev-vol
docker volume rm ev-vol
sleep 2
docker events --since 10m --until 0s --filter container=ev1 --format '{{.Action}}'
docker events --since 10m --until 0s --filter container=ev2 --filter event=die --format '{{.Action}} {{.Actor.Attributes.exitCode}}'
docker events --since 10m --until 0s --filter label=ev=yes --format '{{.Type}} {{.Action}}'
docker events --since 10m --until 0s --filter type=volume --filter volume=ev-vol --format '{{.Action}} {{.Actor.ID}}'
docker events --since 10m --until 0s --filter event=destroy --filter event=die --format '{{.Action}} {{.Actor.Attributes.name}}' | sort | uniq -c | sort -k2 | grep ev
docker events --since 10m --until 0s --filter type=bogus
docker events --since 10m --until 0s --filter event=nonsense --format x
docker events --since 10m --until 0s --filter 'container=' --format '{{.Action}}' | wc -l
docker events --since 0s --until 0s
docker events --since -1s --until 0s 2>&1 | sed 's/([0-9]*)/(N)/g'
docker events --until 10m --since 0s --format '{{.Action}}' 2>&1 | sed 's/([0-9]*)/(N)/g'
docker run -d --name w1 busybox sh -c 'sleep 1; exit 3'
docker run -d --name w2 busybox sh -c 'exit 4'
docker wait w1 w2
docker wait w1 nosuch w2
docker wait
docker rm w1 w2
docker run -d --name u1 busybox sleep 1000
docker create --name u2 busybox true
docker update --restart always u1 u2
docker inspect -f '{{.Name}} {{.HostConfig.RestartPolicy.Name}}' u1 u2
docker update -m 64m u1
docker update -m 64m --memory-swap 128m u2
docker inspect -f '{{.Name}} {{.HostConfig.Memory}} {{.HostConfig.MemorySwap}}' u1 u2
docker update -m 2m u1
docker update -m 0 u1
docker update --cpus 0.5 u1 u2
docker inspect -f '{{.Name}} {{.HostConfig.NanoCpus}}' u1 u2
docker update --cpus 1000 u1
docker update --cpus abc u1
docker update --cpus -2 u1
docker update u1
docker update --restart always --rm u1
docker update --restart no nosuch u1
docker rm -f u1 u2
docker run -d --name r1 busybox sleep 1000
docker rename r1 r1
docker rename r1 /r1slash
docker rename /r1slash r2
docker rename r2 'bad name'
docker rename r2 ''
docker rename r2 ünï
docker rename r2 a
docker rename a r3 extra
docker ps --format '{{.Names}}' --filter name=r
docker rm -f r3
docker run -d --name at1 busybox sh -c 'sleep 1; echo attached-out; echo attached-err >&2; exit 5'
docker attach --no-stdin at1; echo "attach exit $?"
docker attach --no-stdin at1
docker attach --sig-proxy=false nosuch
docker rm at1
docker run -d --name p1 -p 8080:80 -p 127.0.0.1:9090:90/udp -p 7000-7001:7000-7001 busybox sleep 1000
docker port p1 | sort
docker port p1 80
docker port p1 80/tcp
docker port p1 90/udp
docker port p1 90
docker port p1 7001
docker port p1 81
docker port p1 80/sctp
docker port p1 abc
docker port p1 80/
docker port p1 99999
docker port p1 9-8
docker port p1 7000-7001
docker port p1 80/tcp extra
docker port nosuch
docker container port p1 7000/tcp
docker rm -f p1
