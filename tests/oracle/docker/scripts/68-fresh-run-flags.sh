# A fresh learner's set, round L (issue 11, H48): the `docker run` flags a Docker user tries one by
# one and checks with ps, inspect or a command in the container — restart policies and the STATUS
# they leave, health checks, --read-only with and without --tmpfs, --add-host, --dns and
# --dns-search in /etc/resolv.conf, --hostname and --domainname, --user in its uid, uid:gid and
# name forms, a --workdir that does not exist yet, --init, --stop-signal and --stop-timeout in
# inspect, --label-file, --cidfile (and an existing one), -a stdout / -a stderr, and odd values
# (empty, zero, negative, huge, unicode, `=` forms, repeated flags). Written against the real
# dockerd 20.10.24 first: 12 of its first 97 lines differed. Changed after that run: the --user
# refusals run detached (attached with --rm, whether the CLI logs its cancelled wait is a race),
# the failing streak of a health check is left out (it counts probes, which a loaded machine runs
# fewer of), the new directory of -w is tested rather than listed with its minute, and lines that
# used busybox awk or grep -e (not simulated) use df and grep alone; a 70-byte --hostname, a
# tmpfs in /proc/mounts and ps under --init wait in ../pending/72-fresh-pending.sh. Local files
# are relative to the run's own directory.
# needs: bridge
docker load -i busybox-docker.tar
docker run -d --name l-no --restart no busybox true
docker run -d --name l-of --restart on-failure:1 busybox sh -c 'exit 3'
docker run -d --name l-us --restart=unless-stopped busybox sleep 1000
docker run -d --name l-al --restart always busybox sleep 1000
sleep 3
docker inspect -f '{{.Name}} {{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}} {{.State.Status}} {{.State.ExitCode}}' l-no l-of l-us l-al
docker inspect -f '{{.RestartCount}}' l-of
docker ps -a --filter name=l- --format '{{.Names}} {{.Status}}' | sort
docker stop -t 0 l-us l-al
docker inspect -f '{{.Name}} {{.State.Status}} {{.State.ExitCode}}' l-us l-al
docker ps -a --filter name=l- --format '{{.Names}} {{.Status}}' | sort
docker run -d --restart on-failure:0 busybox true | wc -c
docker run --rm --restart=no busybox echo no-is-fine
docker run -d --restart '' --name l-empty busybox true
docker inspect -f '{{json .HostConfig.RestartPolicy}}' l-empty
docker run -d --restart always:0 busybox true
docker run -d --restart on-failure:99999999999 busybox true
docker run -d --restart ON-FAILURE busybox true
docker run -d --name l-h1 --health-cmd 'exit 0' --health-interval 1s --health-start-period 0s busybox sleep 1000
docker run -d --name l-h2 --health-cmd 'exit 1' --health-interval 1s --health-retries 1 busybox sleep 1000
docker run -d --name l-h3 --health-cmd 'exit 0' --health-interval 1h busybox sleep 1000
sleep 4
docker ps --filter name=l-h --format '{{.Names}} {{.Status}}' | sort
docker inspect -f '{{.State.Health.Status}}' l-h1 l-h2 l-h3
docker inspect -f '{{json .Config.Healthcheck}}' l-h1 l-h2
docker run --rm --health-retries -1 busybox true
docker run --rm --health-timeout -5s busybox true
docker run --rm --health-start-period -1s busybox true
docker run --rm --health-interval 500ms --health-cmd true busybox true
docker run --rm --health-cmd '' busybox echo empty-health
docker rm -f l-h1 l-h2 l-h3 l-us l-al l-no l-of l-empty
docker run --rm --read-only busybox touch /x
docker run --rm --read-only busybox touch /tmp/x
docker run --rm --read-only --tmpfs /tmp busybox sh -c 'touch /tmp/x && echo tmp-writable'
docker run --rm --read-only busybox sh -c 'echo dev-ok > /dev/null && echo $?'
docker run --rm --read-only=false busybox sh -c 'touch /x && echo writable'
docker run --rm --tmpfs /data:size=1m busybox df -k /data
docker run --rm --tmpfs relative busybox true
docker run --rm --tmpfs '' busybox true
docker run --rm --add-host db:10.0.0.5 --add-host 'cache:10.0.0.6' busybox tail -2 /etc/hosts
docker run --rm --add-host=v6:::1 busybox tail -1 /etc/hosts
docker run --rm --add-host nocolon busybox true
docker run --rm --add-host h:notanip busybox true
docker run --rm --add-host h:host-gateway busybox true
docker run --rm --dns 9.9.9.9 --dns 1.1.1.1 --dns-search example.test --dns-option ndots:2 busybox cat /etc/resolv.conf
docker run --rm --dns bad-dns busybox true
docker run --rm --hostname web1 busybox hostname
docker run --rm --hostname web1 --domainname corp.test busybox sh -c 'hostname; grep web1 /etc/hosts | cut -f2'
docker run --rm -h web2 --network host busybox hostname
docker run --rm --hostname 'bad host' busybox true
docker run --rm -u 1234 busybox id
docker run --rm --user 1234:5678 busybox id
docker run --rm --user nobody busybox id
docker run -d --user nobody:users busybox id
docker run --rm --user=daemon busybox sh -c 'echo $HOME'
docker run -d -u nosuchuser busybox id
docker run -d -u 0:nosuchgroup busybox id
docker run --rm -u '' busybox id -u
docker run -d -u -1 busybox id
docker run -d -u 1:2147483648 busybox id
docker run -d -u 99999999999999999999 busybox id
docker run --rm -w /does/not/exist busybox pwd
docker run --rm -w /does/not/exist busybox sh -c 'test -d /does/not/exist && echo exists'
docker run --rm --workdir=relative busybox pwd
docker run --rm -w /tmp -w /etc busybox pwd
docker run --rm --init=false busybox sh -c 'echo $$'
docker run -d --name l-sig --stop-signal SIGUSR1 --stop-timeout 7 busybox sleep 1000
docker inspect -f '{{.Config.StopSignal}} {{.Config.StopTimeout}}' l-sig
docker run -d --stop-signal NOPE busybox true
docker run -d --stop-signal 99 busybox true
docker run -d --name l-sig2 --stop-signal 10 --stop-timeout -1 busybox true
docker inspect -f '{{.Config.StopSignal}} {{.Config.StopTimeout}}' l-sig2
docker rm -f l-sig l-sig2
printf 'team=blue\n# a comment\n\nempty=\nbare\nuni=héllo ✓\n' > l-labels
docker run -d --name l-lab --label-file l-labels --label team=red busybox true
docker inspect -f '{{json .Config.Labels}}' l-lab
docker run --rm --label-file nosuch-file busybox true
docker run -d --name l-cid --cidfile l-cid.txt busybox true
test "$(cat l-cid.txt)" = "$(docker inspect -f '{{.Id}}' l-cid)" && echo cidfile-matches
docker run -d --cidfile l-cid.txt busybox true
docker run -d --cidfile /nonexistent-dir/cid busybox true
docker rm -f l-lab l-cid
docker run -a stdout busybox sh -c 'echo to-out; echo to-err >&2'
docker run -a stderr busybox sh -c 'echo to-out; echo to-err >&2'
docker run -a stdin busybox echo only-stdin
docker run -a bogus busybox true
docker run --rm -e 'ÜNI=ç' busybox env | grep NI
docker run --rm -e A= -e A=2 busybox sh -c 'env | grep ^A='
docker run --rm --name '' busybox echo empty-name
docker run --rm --name 'ünïcode' busybox true
docker run --rm -m 0 busybox echo mem-zero
docker run --rm -m -1 busybox true
docker run --rm --cpus 0 busybox echo cpus-zero
docker run --rm --cpus 1e9 busybox true
docker run --rm --cpus=-1 busybox true
docker run --rm --cpus 1/0 busybox true
docker run --rm --cpus 1.5/2 busybox true
docker run --rm --cpus 2e-1 busybox echo cpus-exp
docker ps -aq | wc -l
