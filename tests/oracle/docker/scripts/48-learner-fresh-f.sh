# A learner's fresh set, round F (session 17): what an ops engineer moving from Docker types in
# the areas the earlier sets touched least — `docker container` long forms (create, start -a,
# stop -t, kill, prune with until= and label= filters), run's namespace and kernel flags
# (--cap-add/--cap-drop ALL seen in /proc/self/status, --ulimit, --sysctl, --shm-size, --ipc,
# --pid/--uts host, --network none, --mac-address, --ip on the default bridge, --security-opt,
# --group-add), -p forms good and bad, -P with EXPOSE and `docker port`, volume and network
# create/ls/inspect/rm forms, image prune/save/load/rm of tags and ids, system prune --volumes,
# logs of a tty container, wait of several, rename collisions, typos and unknown flags. Lines
# that could list several things in Go map order are sorted. Written against the real dockerd
# 20.10.24 before the simulator's fixes. No --privileged (see 44-learner-fresh-e.sh). The lines
# that waited for the simulated runc and busybox came back once they agreed: /proc/sys, df and
# chown went to 49-learner-fresh-g.sh; busybox sh's ulimit over the spec's rlimits and
# /sys/class/net/eth0/address are the last three lines here.
# needs: bridge
docker load -i busybox-docker.tar
docker container create --name cc busybox echo from-create
docker container start -a cc
docker container start -a -i cc
docker container ls -a --filter name=cc --format '{{.Names}} {{.Status}}' | sed 's/ (.*//'
docker container run -d --name cs busybox sleep 1000
docker container stop -t 1 cs
docker container inspect -f '{{.State.Status}} {{.State.ExitCode}}' cs
docker container run -d --name ck busybox sleep 1000
docker container kill -s TERM ck
docker container kill ck
docker container kill nosuch
docker container create --label stage=old --name cp1 busybox true
docker container create --label stage=new --name cp2 busybox true
docker container prune -f --filter label=stage=old
docker container ls -a --filter label=stage --format '{{.Names}}'
docker container prune -f --filter until=1h
docker container prune -f --filter until=soon
docker container prune -f --filter color=red
docker run --rm --cap-drop ALL busybox grep Cap /proc/self/status
docker run --rm --cap-drop ALL --cap-add NET_BIND_SERVICE busybox grep CapEff /proc/self/status
docker run --rm --cap-add SYS_ADMIN busybox grep CapBnd /proc/self/status
docker run --rm --cap-add bogus busybox true
docker run --rm --ulimit nofile=1024:2048 --ulimit nproc=64 --name ul busybox true
docker run --rm --ulimit nofile=2048:1024 busybox true
docker run --rm --ulimit bogus=1 busybox true
docker run --rm --ulimit nofile busybox true
docker create --name sy --sysctl net.ipv4.ip_forward=1 --sysctl kernel.msgmax=65536 --ulimit nofile=1024:2048 busybox
docker inspect -f '{{json .HostConfig.Sysctls}} {{json .HostConfig.Ulimits}}' sy
docker run --rm --sysctl vm.swappiness=10 busybox true
docker run --rm --sysctl novalue busybox true
docker run --rm --shm-size 1m busybox true
docker run --rm --shm-size 1x busybox true
docker run -d --name ipo --ipc shareable busybox sleep 1000
docker run --rm --ipc container:ipo busybox true
docker run --rm --ipc container:nosuch busybox true
docker run -d --rm --ipc bogus busybox true
docker inspect -f '{{.HostConfig.IpcMode}}' ipo
docker run --rm --pid host busybox sh -c 'test -d /proc/1 && echo has-init'
docker run --rm --pid bogus busybox true
docker run --rm --uts host --hostname hh busybox true
docker run --rm --uts bogus busybox true
docker run --rm --network none busybox ip addr
docker run --rm --network none busybox cat /etc/hosts
docker run --rm --mac-address 02:42:ac:11:00:99 busybox ip link show eth0 | grep ether
docker run --rm --mac-address 02:42:zz busybox true
docker run --rm --ip 172.17.0.50 busybox true
docker run --rm --ip 300.1.1.1 busybox true
docker run --rm --security-opt foo busybox true
docker run --rm --security-opt foo=bar busybox true
docker run --rm --security-opt seccomp=/nosuch.json busybox true
docker run --rm --security-opt no-new-privileges=maybe busybox true
docker run --rm --security-opt no-new-privileges=true busybox grep NoNewPrivs /proc/self/status
docker run --rm --security-opt label=disable busybox true
docker run --rm --group-add 10 --group-add nobody busybox id
docker run --rm -u nobody --group-add 0 --group-add 0 busybox id
docker run --rm --group-add nobody busybox grep Groups /proc/self/status
docker run -d --rm --group-add audio busybox id
docker run -d --rm --group-add 10 --group-add wheel busybox id
docker run -d --name pp -p 8080:80 -p 127.0.0.1:9090:90/udp -p 7000-7001:7000-7001 busybox sleep 1000
docker port pp | sort
docker port pp 80
docker port pp 90/udp
docker port pp 91
docker port pp 80/sctp
docker run --rm -p 80:80:80:80 busybox true
docker run --rm -p 70000:80 busybox true
docker run --rm -p 7000-7002:80-81 busybox true
docker run --rm -p abc busybox true
mkdir -p px && printf 'FROM busybox\nEXPOSE 5000 6000/udp\n' > px/Dockerfile
docker build -q -t exposed px > /dev/null
docker run -d --name pa -P exposed sleep 1000
docker port pa | sed 's/:[0-9]*$/:N/' | sort
docker inspect -f '{{json .Config.ExposedPorts}}' pa
docker volume create --opt type=tmpfs --opt device=tmpfs --label tier=cache vf1
docker volume create vf2
docker volume ls -f dangling=true -f name=vf --format '{{.Name}}'
docker volume ls -f label=tier=cache -q
docker volume inspect -f '{{.Driver}} {{.Options.type}} {{.Labels.tier}}' vf1
docker run -d --name vu -v vf2:/d busybox sleep 1000
docker volume rm vf2
docker volume rm -f vf2
docker volume prune -f
docker volume ls -q -f name=vf
docker network create --subnet 10.77.0.0/24 --gateway 10.77.0.254 --ip-range 10.77.0.128/25 --label env=lab nf1
docker network create --internal nf2
docker network create --subnet 10.77.0.0/16 nf3
docker network create --gateway 10.9.9.9 nf4
docker network ls -f label=env=lab --format '{{.Name}} {{.Driver}}'
docker network ls -f name=nf --format '{{.Name}}' | sort
docker network inspect -f '{{.Internal}} {{range .IPAM.Config}}{{.Subnet}} {{.Gateway}} {{.IPRange}}{{end}}' nf1 nf2 | sed 's/172\.[0-9]*\./172.N./g'
docker network connect --alias web --ip 10.77.0.200 nf1 pp
docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.IPAddress}} {{$v.Aliases}};{{end}}' pp | tr ';' '\n' | grep nf1
docker network connect --ip 10.77.0.201 nf2 pa
docker network rm nf1
docker network disconnect -f nf1 pp
docker network rm nf1 nf2
docker network rm nosuchnet
docker image tag busybox bb:one
docker image tag busybox bb:two
docker image rm bb:one
docker images bb --format '{{.Tag}}'
docker image rm $(docker images -q busybox)
docker save bb:two | docker load
docker image prune -f --filter until=1h
docker image prune -a -f --filter label=none=1
docker system prune -f --volumes
docker run -t --name tl busybox sh -c 'printf "a\nb\n"'
docker logs tl | od -An -c
docker run -d --name w1 busybox sh -c 'exit 2'
docker run -d --name w2 busybox sh -c 'exit 5'
docker wait w1 w2
docker wait w1 nosuch
docker rename w1 w2
docker rename w1 w1
docker rename nosuch w9
docker container rename w1 w1b
docker containr ls
docker container lss
docker run --rm --restrat always busybox true
docker volume create --lable x=1 vz
docker network ls --filtr name=x
docker rm -f cs ck ipo pp pa vu w1b w2 tl cc cp2 sy
docker run --rm --ulimit nofile=1024:2048 busybox sh -c 'ulimit -n; ulimit -Hn'
docker run --rm --ulimit nproc=64 busybox sh -c 'ulimit -u'
docker run --rm --mac-address 02:42:ac:11:00:99 busybox cat /sys/class/net/eth0/address
