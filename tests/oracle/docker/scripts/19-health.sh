# Health checks as states (moby v20.10.24 daemon/health.go): starting → healthy / unhealthy
# after --health-retries failures, State.Health, the health filter, --no-healthcheck (no
# State.Health at all), the client's and the daemon's refusals, unhealthy once stopped. Only
# states that every timing reaches are compared (a loaded real node probes later, never less).
docker load -i busybox-docker.tar
docker run -d --name h1 --health-cmd "test -e /tmp/ok" --health-interval 1s --health-retries 2 busybox sleep 3600
docker run -d --name h2 --health-cmd "echo fine" --health-interval 1s busybox sleep 3600
docker run -d --name h3 --no-healthcheck busybox sleep 3600
sleep 4
docker ps --format '{{.Names}} {{.Status}}'
docker inspect --format '{{.State.Health.Status}} {{(index .State.Health.Log 0).ExitCode}} {{json (index .State.Health.Log 0).Output}}' h1 h2
docker inspect --format '{{json .Config.Healthcheck}}' h1 h2 h3
docker inspect --format '{{json .State.Health}}' h3
docker ps -f health=unhealthy --format '{{.Names}}'
docker ps -f health=healthy --format '{{.Names}}'
docker ps -f health=none --format '{{.Names}}'
docker run --rm --no-healthcheck --health-cmd true busybox true
docker run --rm --health-interval -1s busybox true
docker run --rm --health-interval 1ns --health-cmd true busybox true
docker exec h1 touch /tmp/ok
sleep 3
docker ps --format '{{.Names}} {{.Status}}'
docker stop -t 0 h1
docker inspect --format '{{json .State.Health.Status}} {{.State.Health.FailingStreak}}' h1
docker ps -a --format '{{.Names}} {{.Status}}'
docker rm -f h1 h2 h3
