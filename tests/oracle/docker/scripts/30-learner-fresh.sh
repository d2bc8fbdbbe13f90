# A learner's fresh set (session 10): wrong states (kill twice at once, pause twice, exec in a
# paused or stopped container), odd flags (-e/--env-file names passed from the CLI's environment,
# resource limits checked at create as at update, with their warnings), renames, tags, volumes and
# networks in use. Written against the real dockerd 20.10.24 before the simulator's fixes.
docker load -i busybox-docker.tar
docker run -d --name w1 busybox sleep 1000
docker run -d --name w1 busybox sleep 1000
docker rm w1
docker stop nosuch
docker kill w1 w1
docker start w1
docker pause w1
docker pause w1
docker exec w1 echo hi
docker unpause w1
docker unpause w1
docker exec w1 sh -c 'echo $HOME; pwd'
docker exec -w /tmp w1 pwd
docker exec -e A=1 w1 sh -c 'echo $A'
docker exec w1 nosuchcmd
docker exec -u nobody w1 id
docker rename w1 w2
docker rename w2 w2
docker rename nosuch w3
docker ps --format '{{.Names}} {{.Command}}'
docker ps -q | wc -l
docker ps --filter name=w --format '{{.Names}}'
docker ps --filter status=paused
docker ps --filter status=bogus
docker ps -n 0
docker ps --no-trunc --format '{{.Command}}'
docker top w2
docker port w2
docker port w2 80
docker stop -t 0 w2
docker ps -a --format '{{.Names}} {{.Status}}' | sed 's/([0-9]*) .*/(N)/'
docker inspect --format '{{.State.ExitCode}} {{.State.Running}}' w2
docker exec w2 true
docker rm w2
docker rm -f w2
docker rm -f w2
docker run --rm busybox sh -c 'exit 3'; echo "exit $?"
docker run --rm busybox false; echo "exit $?"
docker run --rm nosuchimage:v9 true; echo "exit $?"
docker run --rm -e FOO busybox sh -c 'echo [$FOO]'
FOO=bar docker run --rm -e FOO busybox sh -c 'echo [$FOO]'
docker run --rm -w /nonexist busybox pwd
docker run --rm --entrypoint echo busybox a b
docker run --rm --entrypoint "" busybox echo x
docker run --rm -h myhost busybox hostname
docker run --rm --name bad/name busybox true
docker run --rm -m 1k busybox true
docker run --rm --cpus 0.5 busybox true; echo "exit $?"
docker run --rm --cpus -1 busybox true
docker run --rm --restart always busybox true
docker run -d --restart on-failure:2 --name rf busybox false
sleep 3
docker inspect --format '{{.RestartCount}} {{.State.Status}}' rf
docker rm -f rf
docker images --format '{{.Repository}}:{{.Tag}}'
docker image inspect --format '{{.Os}}/{{.Architecture}}' busybox
docker tag busybox mybox
docker tag busybox mybox:1.0
docker images --format '{{.Repository}} {{.Tag}}' | sort
docker rmi mybox mybox:1.0
docker rmi mybox
docker tag busybox Bad
docker tag nosuch x
docker history --format '{{.CreatedBy}}' busybox
docker volume create v1
docker volume create v1
docker run -d --name vu -v v1:/data busybox sleep 100
docker volume rm v1
docker rm -f vu
docker volume rm v1
docker volume rm v1
docker network create n1
docker network create n1
docker network rm n1 n1
docker network rm bridge
docker network inspect --format '{{.Driver}}' host none
docker run --rm --memory-swap 10m busybox true
docker run --rm -m 10m --memory-swap 5m busybox true
docker run --rm --blkio-weight 300 busybox true
docker run --rm --cpus 3 busybox true
printf 'A=1\nFOO\nBAR\n# c\n' > /tmp/envf
FOO=bar docker run --rm --env-file /tmp/envf busybox sh -c 'echo [$A] [$FOO] [${BAR-unset}]'
docker run --rm -e BAR busybox sh -c 'echo [${BAR-unset}]'
docker run -d --name k1 busybox sleep 100
docker kill k1 nosuch
docker wait k1
docker kill k1
docker rm -f k1
rm -f /tmp/envf
