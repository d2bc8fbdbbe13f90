# A fresh learner's set, round 82 (issue 11, H59): the `docker container …` management forms a
# Docker user reaches for after `docker run` (create/start/exec/top/logs/port/pause/stats/wait/
# diff/export/commit/cp/attach/rename/kill/stop/update/inspect/ls/prune), each as the long form
# of a verb the notes use short, with the errors each gives on a stopped, paused or missing
# container. Written against the real dockerd 20.10.24 before any fix: 70 of 71 lines agreed;
# the one that differed, `exec --privileged`, fails on the oracle machine itself (its bounding
# set lacks CAP_SYS_RESOURCE, see 54-learner-fresh-i.sh) and was taken out.
# needs: bridge
docker load -i busybox-docker.tar
docker container create --name c82 -p 8082:80 -l tier=web busybox sleep 1000
docker container ls -a --format '{{.Names}} {{.Status}} {{.Ports}}'
docker container start c82
docker container ls --format '{{.Names}} {{.Ports}} {{.Labels}}'
docker container port c82
docker container port c82 80
docker container port c82 80/tcp
docker container port c82 81
docker container port c82 80/udp
docker container exec c82 hostname -s | wc -c
docker container exec -u nobody c82 id
docker container exec -w /tmp -e A=1 c82 sh -c 'pwd; echo $A'
docker container exec -d c82 sh -c 'echo detached > /tmp/d'
docker container exec c82 sh -c 'cat /proc/self/status | grep CapEff'
docker container top c82 -o pid,comm | sed 1d | awk '{print $2}'
docker container pause c82
docker container ls --format '{{.Names}} {{.State}}'
docker container exec c82 true
docker container exec -d c82 true
docker container pause c82
docker container stop c82
docker container unpause c82
docker container unpause c82
docker container stats --no-stream --format '{{.Name}} {{.PIDs}}' c82
docker container rename c82 c82b
docker container rename c82b c82b
docker container rename nosuch82 x
docker container inspect -f '{{.Name}} {{.State.Status}}' c82b
docker container kill -s HUP c82b
docker container kill -s NOPE c82b
docker container inspect -f '{{.State.Running}} {{.State.ExitCode}}' c82b
docker container update --restart on-failure:3 c82b
docker container inspect -f '{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}' c82b
docker container update -m 64m --memory-swap 128m c82b
docker container inspect -f '{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}}' c82b
docker container update --cpus 0.5 c82b
docker container inspect -f '{{.HostConfig.NanoCpus}}' c82b
docker container update --cpus 0.5 --cpu-quota 1000 c82b
docker container kill c82b
docker container wait c82b
docker container inspect -f '{{.State.Status}} {{.State.ExitCode}}' c82b
docker container exec c82b true
docker container exec -u root -w / c82b true
docker container attach c82b
docker container stop c82b
docker container kill c82b
docker container pause c82b
docker container top c82b
docker container port c82b
docker container logs c82b | wc -l
docker container diff c82b | sort -k2
docker container export c82b | tar -t | grep -c '^'
docker container export -o c82.tar c82b && tar -tf c82.tar | grep -E '^(etc/hostname|tmp/d|bin/sh)$'
docker container commit -m 'from c82' -c 'CMD ["cat","/tmp/d"]' c82b img82
docker container run --rm img82
docker container cp c82b:/tmp/d - | tar -xOf -
docker container rm c82b
docker container rm c82b
docker container create --name p82a -l keep=no busybox true
docker container create --name p82b -l keep=yes busybox true
docker container prune -f --filter label=keep=no
docker container ls -a --format '{{.Names}}' --filter name=p82
docker container prune -f --filter label!=keep=no
docker container ls -a --filter name=p82 -q | wc -l
docker container prune -f --filter until=1h
docker container prune -f --filter bogus=1
docker container ls --filter bogus=1
docker container rm -f $(docker container ls -aq --filter name=82) > /dev/null; docker container ls -a -q | wc -l
docker image rm img82
