# Signals a container's own processes send each other through docker exec: busybox kill's
# answers, PID 1 shielded from what it does not handle (kill -9 1 leaves it running), and a
# trapped TERM that ends it, seen in docker ps and the exit code.
docker pull busybox >/dev/null
docker run -d --name kf1 busybox sleep 300 >/dev/null
docker exec kf1 kill -l 15
docker exec kf1 kill 999
docker exec kf1 kill -9 1; echo rc=$?
docker ps -a --filter name=kf1 --format '{{.Names}} {{.State}}'
docker run -d --name kf2 busybox sh -c 'trap "exit 7" TERM; while true; do sleep 1; done' >/dev/null
docker exec kf2 kill 1; echo rc=$?
sleep 2
docker ps -a --filter name=kf2 --format '{{.Names}} {{.State}}'
docker inspect -f '{{.State.ExitCode}}' kf2
docker rm -f kf1 kf2
