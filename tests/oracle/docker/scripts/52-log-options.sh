# The json-file log driver's --log-opt (issue 11): max-size rotates the log before an entry once
# the file has reached it (1k is 1000 bytes), max-file keeps that many files in all (1: the file
# starts over), compress gzips the rotated ones, and `docker logs` reads the rotated files first;
# a restarted container's logger goes on from the file's size. Unknown keys are refused at create
# (exit 125), bad values at each start (`failed to initialize logging driver: …`, the container
# stays Created). The failing runs are detached, so the CLI's racing wait line never comes in.
# The rotated files' sizes are left out: a stamp's trailing zeros are dropped (115 or 114 bytes).
# Last, the files beside the log: resolv.conf.hash (sha256 of the resolv.conf setupDNS built; none
# with --network host).
# needs: bridge
docker load -i busybox-docker.tar
docker run --name l1 --log-opt max-size=1k --log-opt max-file=2 busybox sh -c 'i=0; while [ $i -lt 100 ]; do echo line-$i-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx; i=$((i+1)); done' > /dev/null
docker logs l1 | head -2
docker logs l1 | wc -l
docker logs --tail 3 l1
docker logs --tail 0 l1 | wc -l
docker inspect -f '{{json .HostConfig.LogConfig}}' l1
D=$(docker info -f '{{.DockerRootDir}}')/containers/$(docker inspect -f '{{.Id}}' l1); ls $D | grep json.log | sed 's/[0-9a-f]\{64\}/ID/'; wc -l < $D/*json.log.1; wc -l < $D/*json.log
docker start -a l1 | tail -1
docker logs l1 | wc -l
docker logs l1 | head -1
docker run --name l2 --log-opt max-size=2k --log-opt max-file=3 --log-opt compress=true busybox sh -c 'i=0; while [ $i -lt 100 ]; do echo line-$i-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx; i=$((i+1)); done' > /dev/null
D=$(docker info -f '{{.DockerRootDir}}')/containers/$(docker inspect -f '{{.Id}}' l2); ls $D | grep json.log | sed 's/[0-9a-f]\{64\}/ID/'
docker logs l2 | head -2
docker logs l2 | wc -l
docker logs --tail 25 l2 | head -1
docker run --name l4 --log-opt max-size=1k busybox sh -c 'i=0; while [ $i -lt 100 ]; do echo line-$i-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx; i=$((i+1)); done' > /dev/null
docker logs l4
docker run --name l5 --log-opt max-file=3 --log-opt tag=x --log-opt labels-regex=a --log-opt env-regex=b busybox echo kept
docker logs l5
docker run -d --name e1 --log-opt foo=bar busybox true
docker run -d --name e2 --log-opt max-size=abc busybox true
docker run -d --name e3 --log-opt max-size=0 busybox true
docker run -d --name e4 --log-opt max-size=-1 busybox true
docker run -d --name e5 --log-opt max-file=0 busybox true
docker run -d --name e6 --log-opt max-file=x busybox true
docker run -d --name e7 --log-opt max-file=99999999999999999999 busybox true
docker run -d --name e8 --log-opt compress=maybe busybox true
docker run -d --name e9 --log-opt compress=true busybox true
docker run -d --name e10 --log-opt compress=true --log-opt max-file=2 busybox true
docker run -d --name e11 --log-opt max-size busybox true
docker run -d --name e12 --log-opt max-size=1.5k --log-opt max-file=+2 --log-opt compress=1 busybox true
docker create --name s1 --log-opt max-file=0 busybox true
docker start s1
docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.State.Error}}' s1
docker ps -a --format '{{.Names}} {{.Status}}' | sort
docker rm -f l1 l2 l4 l5 e2 e3 e4 e5 e6 e7 e8 e9 e10 e11 e12 s1
docker run -d --name r1 busybox sleep 100 > /dev/null
D=$(docker info -f '{{.DockerRootDir}}')/containers/$(docker inspect -f '{{.Id}}' r1); ls $D | sed 's/[0-9a-f]\{64\}/ID/' | sort; cat $D/resolv.conf.hash; echo; sha256sum < $D/resolv.conf; stat -c '%a %s' $D/resolv.conf.hash
docker network create rn > /dev/null
docker run -d --name r2 --network rn busybox sleep 100 > /dev/null
D=$(docker info -f '{{.DockerRootDir}}')/containers/$(docker inspect -f '{{.Id}}' r2); ls $D | sed 's/[0-9a-f]\{64\}/ID/' | sort
docker run -d --name r3 --network host busybox sleep 100 > /dev/null
D=$(docker info -f '{{.DockerRootDir}}')/containers/$(docker inspect -f '{{.Id}}' r3); ls $D | sed 's/[0-9a-f]\{64\}/ID/' | sort
docker rm -f r1 r2 r3 > /dev/null
docker network rm rn
