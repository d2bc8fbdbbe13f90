# A learner's fresh set, round H (issue 11): what a Docker user moving to containerd types in the
# first hour that no set had yet — `docker ps` filters (status=, name=, ancestor=, label=,
# exited=, before=/since=, a bad value and an unknown key), --format templates with table, json,
# range, index and the template functions (upper, lower, title, join, split, len, truncate, pad,
# println), images filters (reference=, before=, since=, label=, dangling=), inspect -f of nested
# fields and of missing ones, network and volume create options and their refusals, events with
# --since/--until/--filter, logs --details/--since/--until, docker cp edge cases, commit -c,
# history --no-trunc --format, run's exit codes for a missing command (127) and a file that is
# not executable (126), wait of several, and busybox sh's ulimit and /sys/class/net. Written
# against the real dockerd 20.10.24 first. Left out: .Labels of several labels unsorted (the CLI
# joins a Go map), df of a tmpfs volume (the host mount under a bind
# is not simulated). The `sleep 1`: --until 0s is a whole second, the events must lie before it.
# needs: bridge
docker load -i busybox-docker.tar
docker run --name h1 --label tier=web --label env=dev busybox sh -c 'echo one; exit 3'
docker run --name h2 --label tier=db busybox true
docker run -d --name h3 --label tier=web busybox sleep 1000
docker create --name h4 busybox echo never
docker ps -a --filter status=exited --format '{{.Names}}' | sort
docker ps -a --filter status=running --format '{{.Names}}'
docker ps -a --filter status=created --format '{{.Names}} {{.Status}}'
docker ps -a --filter status=bogus
docker ps -a --filter exited=3 --format '{{.Names}}'
docker ps -a --filter exited=0 --format '{{.Names}}'
docker ps -a --filter exited=x
docker ps -a --filter name=h --format '{{.Names}}' | sort
docker ps -a --filter name=^h1$ --format '{{.Names}}'
docker ps -a --filter ancestor=busybox --format '{{.Names}}' | sort
docker ps -a --filter ancestor=busybox:latest --filter label=tier=web --format '{{.Names}}' | sort
docker ps -a --filter label=tier --format '{{.Names}}' | sort
docker ps -a --filter label=env=dev --format '{{.Names}}'
docker ps -a --filter before=h3 --format '{{.Names}}' | sort
docker ps -a --filter since=h2 --format '{{.Names}}' | sort
docker ps -a --filter since=nope
docker ps -a --filter colour=red
docker ps -a --filter name
docker ps -a --filter name=h1 --format 'table {{.Names}}\t{{.Image}}\t{{.Command}}'
docker ps -a --filter name=h2 --format '{{json .Names}} {{json .Labels}}'
docker ps -a --filter name=h1 --format '{{upper .Names}} {{lower "ABC"}} {{title "hello world"}}'
docker ps -a --filter name=h1 --format '{{join (split .Labels ",") "\n"}}' | sort
docker ps -a --filter name=h1 --format '{{len .Names}} {{truncate .Names 1}} [{{pad .Names 2 3}}]'
docker ps -a --filter name=h1 --format '{{.Label "tier"}} {{.Label "none"}}'
docker ps -a --filter name=h2 --format '{{range split .Labels ","}}<{{.}}>{{end}}'
docker ps -a --filter name=h1 --format '{{println .Names}}x'
docker ps -a --filter name=h1 --format '{{printf "%s-%d" .Names 7}}'
docker ps -a --filter name=h1 --format '{{index .Names 0}}'
docker ps -a --filter name=h1 --format '{{.Nope}}'
docker ps -a --filter name=h1 --format '{{upper}}'
docker ps -a --filter name=h1 --format '{{.Names'
docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.Config.Labels.tier}} {{index .Config.Labels "env"}}' h1
docker inspect -f '{{range $k, $v := .Config.Labels}}{{$k}}={{$v}};{{end}}' h1
docker inspect -f '{{json .Config.Cmd}} {{.HostConfig.RestartPolicy.Name}} {{.NetworkSettings.Networks.bridge.IPPrefixLen}}' h1
docker inspect -f '{{.Config.Nope}}' h1
docker inspect -f '{{.State.Health.Status}}' h1
docker inspect -f '{{.Config.Labels.missing}}' h1
docker inspect -f '{{.Name}}' h1 h2 nosuch
docker inspect --type volume h1
docker image inspect -f '{{.Os}}/{{.Architecture}} {{len .RootFS.Layers}}' busybox
docker tag busybox busybox:h-one
docker images --filter reference=busybox --format '{{.Repository}}:{{.Tag}}' | sort
docker images --filter reference='busy*:h-*' --format '{{.Repository}}:{{.Tag}}'
docker images --filter reference=nothing --format '{{.Repository}}'
docker images --filter dangling=true -q
docker images --filter dangling=maybe
docker images --filter label=x=y -q
docker images --filter before=busybox:h-one -q
docker images --filter since=nosuch:tag
docker images --filter bogus=1
docker network create --subnet 10.77.0.0/24 --gateway 10.77.0.254 --ip-range 10.77.0.128/25 -o com.docker.network.bridge.name=hbr0 --label team=a hnet
docker network inspect -f '{{.Driver}} {{range .IPAM.Config}}{{.Subnet}} {{.Gateway}} {{.IPRange}}{{end}} {{.Options}} {{.Labels}}' hnet
docker run --rm --network hnet busybox sh -c 'ip -4 -o addr show eth0 | sed "s/.*inet //; s/ .*//"'
docker network create --subnet 10.66.0.0/24 --ip-range 10.66.0.64/26 hr1
docker run --rm --network hr1 busybox sh -c 'ip -4 -o addr show eth0 | sed "s/.*inet //; s/ .*//"; ip route | sed -n 1p'
docker network create --subnet 10.77.0.0/24 hnet2
docker network create --gateway 10.1.1.1 hnet3
docker network create --subnet 10.88.0.0/33 hnet4
docker network create --subnet 10.88.0.0/24 --gateway 10.99.0.1 hnet5
docker network create --subnet 10.88.0.0/24 --ip-range 10.89.0.0/25 hnet6
docker network create --subnet 10.88.0.0/24 --ip-range 10.88.0.0/25 --ip-range 10.88.0.128/25 hnet6
docker network create --subnet 10.88.0.0/24 --gateway 10.88.0.1 --gateway 10.88.0.2 hnet6
docker network create --subnet 10.88.0.0/24 --ip-range 10.88.0.300/25 hnet6
docker network create -d nosuchdriver hnet7
docker network create --internal --attachable hnet8
docker network inspect -f '{{.Internal}} {{.Attachable}}' hnet8
docker network create hnet
docker network create host
docker volume create --label team=a -o type=tmpfs -o device=tmpfs -o o=size=1m hvol
docker volume inspect -f '{{.Driver}} {{.Options}} {{.Labels}}' hvol
docker volume create -d nosuch hvol2
docker volume create --opt bad hvol3
docker volume create hvol
docker volume ls --filter label=team=a --format '{{.Name}} {{.Driver}}'
docker volume ls --filter dangling=true -q
docker logs --details h1
docker run --name h5 --log-opt labels=tier --label tier=api busybox echo labelled
docker logs --details h5
docker logs --since 1h h5
docker logs --until 1h h5
docker logs --since 2099-01-01T00:00:00 h5
docker logs --since bogus h5
sleep 1
docker events --since 10m --until 0s --filter container=h2 --format '{{.Type}} {{.Action}}'
docker events --since 10m --until 0s --filter type=network --filter event=create --format '{{.Actor.Attributes.name}} {{.Actor.Attributes.type}}'
docker events --since 10m --until 0s --filter label=tier=db --format '{{.Action}} {{.Actor.Attributes.name}}'
docker events --since 10m --until 0s --filter event=nosuch
docker events --until 10x
docker cp h3:/etc/hostname - | tar -tf -
docker cp h3:/nope /tmp/h-out
docker cp busybox-docker.tar h3:/nonexistent-dir/
docker cp h3:/etc/passwd /nonexistent-host-dir/x
docker cp nosuch:/etc .
docker cp h3 .
docker exec h3 sh -c 'echo inside > /tmp/f'
docker commit -c 'CMD ["cat", "/tmp/f"]' -c 'ENV HC=1' -c 'LABEL made=h' h3 hcommit:1
docker run --rm hcommit:1
docker run --rm hcommit:1 sh -c 'echo $HC'
docker image inspect -f '{{json .Config.Cmd}} {{.Config.Labels}}' hcommit:1
docker commit -c 'RUN echo no' h3 hcommit:2
docker commit -c 'BOGUS x' h3 hcommit:3
docker history --no-trunc --format '{{.CreatedBy}}|{{.Comment}}' hcommit:1
docker history --format '{{.Size}}' -H=false busybox
docker run --rm busybox nosuchcommand
docker run --rm busybox /etc/passwd
docker run --rm busybox sh -c 'nosuch; echo $?; /etc/passwd; echo $?'
docker run -d --name w1 busybox sh -c 'exit 4'
docker run -d --name w2 busybox sh -c 'sleep 1; exit 5'
docker wait w1 w2
docker wait w1 nosuch w2
docker run --rm busybox sh -c 'ulimit -a'
docker run --rm --ulimit nofile=1024:2048 busybox sh -c 'ulimit -n 4096; echo $?; ulimit -n 512; ulimit -n; ulimit -Hn 100; ulimit -Sn -Hn; ulimit -z'
docker run --rm -u 1000 busybox sh -c 'ulimit -n 100; ulimit -n; ulimit -Hn 30000'
docker run --rm --ulimit nofile=2000000 busybox true 2>&1 | grep -v level=error
docker run --rm busybox sh -c 'cat /sys/class/net/eth0/address /sys/class/net/eth0/mtu /sys/class/net/lo/address; ls /sys/class/net'
docker run --rm --network none busybox ls /sys/class/net
docker run --rm --network hnet --mac-address 02:42:0a:4d:00:99 busybox cat /sys/class/net/eth0/address
docker rm -f h1 h2 h3 h4 h5 w1 w2
docker network rm hnet hnet8 hr1
docker volume rm hvol
docker rmi hcommit:1 busybox:h-one
