# A learner's fresh set, round L (issue 11): attach's refusals, top, sizes with and without -s,
# and a few forms of the everyday commands no set had yet. Written against the real dockerd
# 20.10.24 first: 7 of 36 lines differed. Left out: attaching to a running container (what it
# prints races the real container's clock), `docker top` with BSD options (`aux`) or fields whose
# values the node does not know (%CPU, VSZ, RSS: refused as not simulated); the -o formats with
# known fields are here, their PIDs compared as the -ef ones are.
# needs: bridge
docker load -i busybox-docker.tar
docker run -d --name l1 busybox sh -c 'i=0; while [ $i -lt 3 ]; do echo tick $i; i=$((i+1)); done'
docker wait l1
docker attach l1
docker attach nosuch
docker run -d --name l2 busybox sleep 1000
docker pause l2; docker attach l2; docker unpause l2
docker start l2 > /dev/null
docker top l2 | awk '{print $1, $NF}'
docker top nosuch
docker stop -t 0 l2 > /dev/null; docker top l2
docker run --name l3 busybox sh -c 'head -c 2000000 /dev/zero > /big'
docker ps -a -s --filter name=l3 --format '{{.Names}} {{.Size}}'
docker inspect -s -f '{{.SizeRw}} {{.SizeRootFs}}' l3
docker inspect -f '{{.SizeRw}}' l3
docker container ls -a --size --filter name=l3 --format 'table {{.Names}}\t{{.Size}}'
docker diff l3
docker export l3 | tar -t 2>/dev/null | grep -c big
docker wait l3
docker logs l1 | tail -1
docker logs --tail 1 l1
docker logs -n 2 l1
docker logs --tail=-1 l1 | wc -l
docker logs --tail abc l1
docker container logs --since 0 l1 | head -1
docker start -a l1; echo rc=$?
docker restart -t 0 l1 > /dev/null; docker wait l1
docker rename l1 l1b; docker ps -a --format '{{.Names}}' --filter name=l1
docker container inspect -f '{{.Name}} {{.State.ExitCode}} {{.RestartCount}}' l1b
docker rm l1b l2 l3
docker run -d --name l4 busybox sleep 1000
docker top l4 -o pid,comm
docker top l4 -o pid,user,uid,args
docker top l4 o pid,ppid,cmd
docker top l4 -opid,tty,time
docker top l4 -o comm
docker top l4 -o pid,nosuch 2>&1 | head -1
docker rm -f l4
