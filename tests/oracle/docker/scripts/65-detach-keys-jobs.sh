# Detach keys and a shell's background jobs (issue 11, H40). Detach keys: what a real dockerd
# shows without a terminal — a bad --detach-keys refused by the daemon's attach (run, start -a,
# attach, exec), a good one accepted and inert without -t. Jobs: a shell's background sleeps are
# processes of the container, in docker top and in ps inside it, with their parent's PID, and
# gone once they end. Left out: a line whose ps races its own fork ({exe} / {ps} before the
# exec), and kill of a job from another process (busybox has no pkill; the PIDs differ). PIDs
# inside the container past 1 are P: runc's init spends 5 or 6 of them at random.
# needs: bridge
docker load -i busybox-docker.tar
docker run --detach-keys=ctrl-x busybox echo hi
docker run --detach-keys=ctrl-x,a busybox echo hi
docker run --detach-keys=ctrl-1 busybox echo hi; echo rc=$?
docker run --detach-keys=ab busybox echo hi; echo rc=$?
docker run --detach-keys=ctrl- busybox echo hi; echo rc=$?
docker run --detach-keys=, busybox echo hi; echo rc=$?
docker run --rm --detach-keys=xyz busybox echo hi; echo rc=$?
sleep 1; docker ps -a --format '{{.State}}' | sort | uniq -c
docker run -d --name d1 busybox sleep 1000
docker attach --detach-keys=ctrl-1 d1; echo rc=$?
docker attach --detach-keys=foo d1; echo rc=$?
docker create --name d2 busybox echo there
docker start -a --detach-keys=nope d2; echo rc=$?
docker start -a --detach-keys=ctrl-z d2; echo rc=$?
docker exec --detach-keys=bad d1 echo in; echo rc=$?
docker exec -i --detach-keys=bad d1 echo in; echo rc=$?
docker exec --detach-keys=ctrl-p,ctrl-q d1 echo in; echo rc=$?
docker exec -d --detach-keys=bad d1 echo in; echo rc=$?
docker run -d --name j1 busybox sh -c 'sleep 1000 & sleep 999 & wait'
docker top j1 -o pid,ppid,args
docker exec j1 ps -o pid,ppid,args | awk '{$1 = ($1 > 1 ? "P" : $1); $2 = ($2 > 1 ? "P" : $2); print}'
docker exec -d j1 sh -c 'sleep 300 & sleep 200 & wait'
sleep 1; docker top j1 -o pid,ppid,args
docker exec j1 ps -o pid,ppid,args | awk '{$1 = ($1 > 1 ? "P" : $1); $2 = ($2 > 1 ? "P" : $2); print}'
docker exec j1 sh -c 'sleep 2 & sleep 1; ps -o ppid,args | grep -c "sleep 2$"'
sleep 3; docker top j1 -o pid,ppid,args | grep -c 'sleep 2$'
docker exec j1 ps -o ppid,args | awk '{$1 = ($1 > 1 ? "P" : $1); print}'
docker rm -f d1 d2 j1
