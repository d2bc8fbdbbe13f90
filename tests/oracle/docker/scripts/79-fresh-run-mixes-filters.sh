# A fresh learner's set, round 79 (issue 11, H55): `docker run` flag mixes a Docker user types
# (--rm -d, -e NAME taking the CLI's own environment, --env-file with comments and blank lines,
# -w to a missing directory, -u uid:gid and names, --read-only writes, --tmpfs, caps, --ulimit,
# --label/--label-file, -P with an EXPOSEd port, -p forms and their errors, --mount forms and
# their errors), then the least covered `docker ps` filters (status, exited, label, ancestor,
# before/since, volume, network, health) and ps --format fields (.Labels, .Label, .Mounts,
# .Networks, .Ports). Local files are relative to the run's own directory.
# Written against the real dockerd 20.10.24 first: 15 of its 140 lines differed (5 of them only
# by the ID numbering after a line that failed on one side). Changed after that run: the CLI
# prints `docker port`, .Labels and --ulimit's list in Go's map order, which differs between
# runs, so those lines sort; --dns without --dns-option copies the host's `options` line, which
# differs between this machine and the node, so it is left out; --privileged (runc cannot apply
# every capability inside the machine's own container) and -p …/sctp (the docker-proxy needs the
# kernel's SCTP module) are not asked; a publish that fails runs detached (attached with --rm,
# whether the CLI logs its cancelled wait is a race).
# needs: bridge
docker load -i busybox-docker.tar
docker run --rm -d --name m79-rd busybox sleep 1000 | wc -c
docker inspect -f '{{.HostConfig.AutoRemove}} {{.State.Status}}' m79-rd
docker rm -f m79-rd
docker inspect -f '{{.Name}}' m79-rd
FOO=from-host docker run --rm -e FOO busybox sh -c 'echo "FOO=[$FOO]"'
docker run --rm -e NOT_SET_ANYWHERE_79 busybox sh -c 'env | grep -c NOT_SET_ANYWHERE_79'
docker run --rm -e EMPTY= busybox sh -c 'echo "E=[$EMPTY]"; env | grep -c EMPTY'
docker run --rm -e A=1 -e A=2 busybox sh -c 'echo $A'
docker run --rm -e '=x' busybox true
printf '# a comment\n\nK1=v1\n  K2=v 2\nK3\n#K4=no\nK5="quoted"\n' > m79.env
docker run --rm --env-file m79.env busybox sh -c 'echo "[$K1][$K2][$K3][$K4][$K5]"'
K3=host-k3 docker run --rm --env-file m79.env busybox sh -c 'echo "[$K3]"'
docker run --rm --env-file m79.env -e K1=override busybox sh -c 'echo $K1'
docker run --rm --env-file no-such-m79.env busybox true
printf 'bad line with space=1\n' > m79-bad.env
docker run --rm --env-file m79-bad.env busybox true
docker run --rm -w /no/such/dir busybox pwd
docker run --rm -w /no/such/dir busybox ls -ld /no/such/dir | cut -c1-10
docker run --rm -w relative busybox pwd
docker run --rm -u 1000:1000 busybox id
docker run --rm -u 1000 busybox id
docker run --rm -u nobody busybox id
docker run --rm -u nobody:nogroup busybox id
docker run --rm -u 0:100 busybox id -gn
docker run --rm -u nosuchuser busybox id
# Attached with --rm, whether the CLI's cancelled wait logs `error waiting for container` races
# the daemon's removal (seen both ways on dockerd 20.10.24): the code and the daemon's text apart.
docker run --rm -u 1000:nosuchgroup busybox id 2>/dev/null
docker run --rm -u 1000:nosuchgroup busybox id 2>&1 | head -1
docker run --rm -u 1000 busybox sh -c 'touch /m79 2>&1; echo $?'
docker run --rm --read-only busybox sh -c 'echo x > /x 2>&1; echo $?'
docker run --rm --read-only busybox sh -c 'echo x > /tmp/x 2>&1; echo $?'
docker run --rm --read-only --tmpfs /tmp busybox sh -c 'echo x > /tmp/x && cat /tmp/x'
docker run --rm --read-only busybox sh -c 'echo x > /dev/shm/x && cat /dev/shm/x'
docker run --rm --tmpfs /data:size=1m busybox sh -c 'df -k /data | tail -1 | tr -s " " | cut -d" " -f2'
docker run --rm --tmpfs /data:ro busybox sh -c 'touch /data/x 2>&1; echo $?'
docker run --rm --tmpfs relative busybox true
docker run --rm --hostname m79-host busybox hostname
docker run --rm --hostname m79-host busybox cat /etc/hostname
docker run --rm --add-host db:10.1.2.3 --add-host db2:10.1.2.4 busybox grep db /etc/hosts
docker run --rm --add-host db busybox true
docker run --rm --add-host db:not-an-ip busybox true
docker run --rm --dns 9.9.9.9 --dns-search example.test busybox grep -v ^options /etc/resolv.conf
docker run --rm --dns not-an-ip busybox true
docker run --rm --cap-drop ALL busybox sh -c 'chown 1 /tmp 2>&1; echo $?'
docker run --rm --cap-drop CHOWN busybox sh -c 'chown 1 /tmp 2>&1; echo $?'
docker run --rm --cap-add NET_ADMIN busybox grep CapEff /proc/self/status
docker run --rm --cap-drop all --cap-add chown busybox grep CapEff /proc/self/status
docker run --rm --cap-add NOT_A_CAP busybox true
docker run --rm --ulimit nofile=512:1024 busybox sh -c 'ulimit -n; ulimit -Hn'
docker run --rm --ulimit nofile=2048 busybox sh -c 'ulimit -n'
docker run --rm --ulimit nofile=2048:1024 busybox true
docker run --rm --ulimit nosuch=1 busybox true
docker run --rm --ulimit nofile busybox true
docker create --name m79-ul --ulimit nproc=100:200 --ulimit core=0 busybox true
docker inspect -f '{{range .HostConfig.Ulimits}}{{.Name}}={{.Soft}}:{{.Hard}} {{end}}' m79-ul | tr ' ' '\n' | sort
docker run -d --name m79-l1 --label tier=web --label team=a busybox sleep 1000
printf 'tier=db\n# comment\nteam=b\nflag\n' > m79.labels
docker run -d --name m79-l2 --label-file m79.labels busybox sleep 1000
docker inspect -f '{{json .Config.Labels}}' m79-l1 m79-l2
docker ps --filter label=tier --format '{{.Names}}' | sort
docker ps --filter label=tier=db --format '{{.Names}}'
docker ps --filter label=flag --format '{{.Names}}'
docker ps --filter label=tier=web --filter label=team=a --format '{{.Names}}'
docker ps --filter label=tier=web --filter label=team=b --format '{{.Names}}'
docker ps --filter name=m79-l --format '{{.Names}} {{.Label "team"}} [{{.Label "none"}}]' | sort
docker ps --filter name=m79-l2 --format '{{.Labels}}' | tr , '\n' | sort
docker run --rm --label-file no-such-m79.labels busybox true
docker run -d --name m79-pp -P --expose 8080 --expose 9000/udp busybox sleep 1000
docker port m79-pp | sed 's/:[0-9]*$/:PORT/' | sort
docker inspect -f '{{json .Config.ExposedPorts}}' m79-pp
docker run -d --name m79-p1 -p 127.0.0.1:18079:80 -p 18179:81/udp busybox sleep 1000
docker port m79-p1 | sort
docker port m79-p1 80
docker port m79-p1 81/udp
docker port m79-p1 82
docker ps --filter name=m79-p1 --format '{{.Ports}}'
docker run -d --name m79-p2 -p 18279-18280:90-91 busybox sleep 1000
docker port m79-p2 | sort
docker run --rm -p 18379-18381:90-91 busybox true
docker run --rm -p 70000:80 busybox true
docker run --rm -p abc:80 busybox true
docker run --rm -p 80/bogus busybox true
docker run -d --name m79-px -p 18079:80 busybox true
docker run -d --name m79-py -p 127.0.0.1:18179:81/udp busybox true
docker run -d --name m79-pz -p 127.0.0.1:18079:80 busybox true
docker volume create m79-vol
docker run -d --name m79-mv --mount type=volume,source=m79-vol,target=/data busybox sleep 1000
docker run --rm --mount type=volume,src=m79-vol,dst=/data,readonly busybox sh -c 'touch /data/x 2>&1; echo $?'
docker run --rm --mount type=bind,source=/no/such/m79,target=/b busybox true
mkdir -p m79-dir && echo hi > m79-dir/f
docker run --rm --mount type=bind,source="$PWD/m79-dir",target=/b,ro busybox cat /b/f
docker run --rm --mount type=bind,source=m79-dir,target=/b busybox true
docker run --rm --mount type=tmpfs,target=/t,tmpfs-size=65536 busybox sh -c 'df -k /t | tail -1 | tr -s " " | cut -d" " -f2'
docker run --rm --mount type=tmpfs,source=x,target=/t busybox true
docker run --rm --mount type=nosuch,target=/t busybox true
docker run --rm --mount target=/t busybox sh -c 'echo anon'
docker run --rm --mount type=volume busybox true
docker run --rm --mount type=volume,target=/t,bogus=1 busybox true
docker run --rm --mount type=bind,target=/t busybox true
docker ps --filter volume=m79-vol --format '{{.Names}} {{.Mounts}}'
docker ps --filter volume=/data --format '{{.Names}}'
docker ps --filter volume=no-such-m79 --format '{{.Names}}'
docker network create m79-net
docker run -d --name m79-n1 --network m79-net busybox sleep 1000
docker ps --filter network=m79-net --format '{{.Names}} {{.Networks}}'
docker ps --filter network=bridge --filter name=m79-l1 --format '{{.Names}} {{.Networks}}'
docker ps --filter network=no-such-m79 --format '{{.Names}}'
docker run --name m79-e0 busybox true
docker run --name m79-e3 busybox sh -c 'exit 3'
docker create --name m79-cr busybox true
docker ps -a --filter name=m79-e --filter exited=3 --format '{{.Names}}'
docker ps -a --filter name=m79- --filter exited=0 --format '{{.Names}}' | sort
docker ps -a --filter exited=abc --format '{{.Names}}'
docker ps -a --filter name=m79- --filter status=created --format '{{.Names}} {{.Status}}'
docker ps -a --filter name=m79-e --filter status=exited --format '{{.Names}}' | sort
docker ps -a --filter status=bogus
docker ps -a --filter name=m79-l --filter status=running --filter status=paused --format '{{.Names}}' | sort
docker ps -a --filter before=m79-e3 --filter name=m79-e --format '{{.Names}}'
docker ps -a --filter since=m79-e3 --filter name=m79- --format '{{.Names}}'
docker ps -a --filter before=no-such-m79
docker ps -a --filter ancestor=busybox --filter name=m79-e --format '{{.Names}}' | sort
docker ps -a --filter ancestor=busybox:latest --filter name=m79-e0 --format '{{.Names}} {{.Image}}'
docker ps -a --filter ancestor=no-such-image-m79 --format '{{.Names}}'
docker ps --filter nosuch=1
docker ps --filter 'name'
docker run -d --name m79-hc --health-cmd 'exit 0' --health-interval 1s busybox sleep 1000
docker run -d --name m79-hs --health-cmd 'exit 0' --health-interval 1h busybox sleep 1000
sleep 3
docker ps --filter health=healthy --filter name=m79- --format '{{.Names}}'
docker ps --filter health=starting --filter name=m79- --format '{{.Names}}'
docker ps --filter health=none --filter name=m79-n --format '{{.Names}}'
docker ps --filter health=bogus
docker ps --filter name=m79-hc --format '{{.Status}}' | sed 's/Up [^(]*/Up X /'
docker inspect -f '{{.State.Health.Status}} {{len .State.Health.Log}}' m79-hs
docker inspect -f '{{json .Config.Healthcheck}}' m79-hc
docker ps -a --filter name=m79-e3 --format '{{.Names}}|{{.Command}}|{{.Image}}|{{.Ports}}|{{.Mounts}}|{{.Networks}}'
docker ps -a --filter name=m79-mv --format 'table {{.Names}}\t{{.Mounts}}'
docker ps -q --filter name=m79-l1 | wc -c
docker ps --filter name=m79-l1 --no-trunc -q | wc -c
docker rm -f $(docker ps -aq --filter name=m79-) > /dev/null
docker ps -a --filter name=m79- -q | wc -l
