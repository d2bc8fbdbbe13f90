# docker exec of a shell that leaves a background job holding its output: dockerd waits for the
# exec's streams after its exit (at most 2 s), so the CLI returns when the job ends or 2 s have
# passed; a job that redirects both stdout and stderr away holds nothing.
docker pull busybox >/dev/null
docker run -d --name eh1 busybox sleep 300 >/dev/null
timeout 1 docker exec eh1 sh -c 'sleep 3 &'; echo "status $?"
timeout 2 docker exec eh1 sh -c 'sleep 3 >/dev/null 2>&1 &'; echo "status $?"
timeout 5 docker exec eh1 sh -c '(sleep 1; echo late) & echo early'; echo "status $?"
timeout 1 docker exec eh1 sh -c 'sleep 3 >/dev/null &'; echo "status $?"
docker rm -f eh1 >/dev/null
