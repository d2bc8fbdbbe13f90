# A learner's fresh set, round J (issue 11): the management forms a Docker user reaches for once
# the short commands are known — docker network create with its options (subnet, gateway,
# ip-range, labels, -o driver options, --internal, --attachable, a bad driver, overlapping and
# odd subnets), inspect of networks with -f, connect/disconnect with --ip, --alias and their
# refusals; docker volume create with drivers, -o and labels, ls --filter (dangling, label,
# name, driver) and --format, inspect -f, rm/prune refusals; and the long forms (container ls,
# image ls, system df -v) with --filter and --format templates on every listing. Written against
# the real dockerd 20.10.24 first. Columns the CLI builds from a Go map (a listing's Labels, ps's
# Networks) come in random order on the real side, so those lines sort them.
# needs: bridge
docker load -i busybox-docker.tar
docker network create
docker network create ''
docker network create j-net1
docker network create j-net1
docker network create --driver nosuch j-bad
docker network create -d bridge --subnet 10.77.0.0/16 --gateway 10.77.0.254 --ip-range 10.77.5.0/24 j-net2
docker network inspect -f '{{.Driver}} {{range .IPAM.Config}}{{.Subnet}} {{.Gateway}} {{.IPRange}}{{end}}' j-net2
docker network create --subnet 10.77.1.0/24 j-overlap
docker network create --subnet 10.78.0.0/16 --gateway 10.79.0.1 j-gw-out
docker network create --subnet nonsense j-bad-subnet
docker network create --subnet 10.80.0.0/33 j-bad-mask
docker network create --gateway 10.81.0.1 j-gw-only
docker network create --ip-range 10.82.0.0/24 j-range-only
docker network create --label env=dev --label team= --label env=prod j-lab
docker network inspect -f '{{json .Labels}}' j-lab
docker network create -o com.docker.network.bridge.name=jbr0 -o com.docker.network.driver.mtu=1400 j-opts
docker network inspect -f '{{json .Options}}' j-opts
docker network create --internal --attachable j-int
docker network inspect -f '{{.Internal}} {{.Attachable}} {{.Ingress}} {{.Scope}} {{.EnableIPv6}}' j-int
docker network create --ipv6 j-v6
docker network create --scope global j-glob
docker network create -d host j-host2
docker network create -d null j-null2
docker network ls --filter name=j- --format '{{.Name}} {{.Driver}} {{.Scope}}'
docker network ls -f driver=null --format '{{.Name}}'
docker network ls -f label=env --format '{{.Name}}'
docker network ls -f label=env=prod -q | wc -l
docker network ls -f type=custom --format '{{.Name}}' | sort
docker network ls -f type=builtin --format '{{.Name}}' | sort
docker network ls -f type=nosuch
docker network ls -f bogus=1
docker network ls --no-trunc --format '{{len .ID}}' -f name=j-lab
docker network ls --format 'table {{.Name}}\t{{.Internal}}\t{{.IPv6}}' -f name=j-int
docker network ls --format '{{.Labels}}' -f name=j-lab | tr ',' '\n' | sort
docker network ls --format '{{.Label "env"}}' -f name=j-lab
docker network inspect nosuch-net
docker network inspect j-lab nosuch-net -f '{{.Name}}'
docker network inspect --format '{{.Name}}' bridge host none
docker network inspect -f '{{.IPAM.Driver}} {{json .IPAM.Options}}' bridge
docker network inspect -f '{{index .Options "com.docker.network.bridge.default_bridge"}}' bridge
docker run -d --name j-c1 --network j-net2 --ip 10.77.5.9 busybox sleep 1000
docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.IPAddress}} {{end}}' j-c1
docker run -d --name j-c2 --network j-net2 --ip 10.99.0.9 busybox sleep 1000
docker run -d --name j-c3 --ip 172.17.0.50 busybox sleep 1000
docker network connect j-lab j-c1
docker network connect j-lab j-c1
docker network connect --ip 10.77.5.10 j-net2 j-c1
docker network connect --alias web --alias api j-lab j-c1 2>&1
docker network connect j-lab nosuch-ctr
docker network connect nosuch-net j-c1
docker network connect host j-c1
docker network connect none j-c1
docker network disconnect j-lab j-c1
docker network disconnect j-lab j-c1
docker network disconnect -f j-lab j-c1
docker network disconnect nosuch-net j-c1
docker network disconnect j-net2 nosuch-ctr
docker network connect --alias web j-lab j-c1
docker inspect -f '{{json (index .NetworkSettings.Networks "j-lab").Aliases}}' j-c1 | tr ',' '\n' | grep -c web
docker network inspect -f '{{len .Containers}}' j-lab
docker network rm j-lab
docker network rm bridge
docker network rm host none
docker network rm nosuch-net j-opts
docker network rm j-opts
docker network prune -f --filter label=env=dev
docker network ls -f name=j-lab -q | wc -l
docker network prune -f --filter until=bogus
docker volume create
docker volume create '' | wc -c
docker volume create j-vol1
docker volume create j-vol1
docker volume create --name j-vol2
docker volume create j-vol3 --name j-vol4
docker volume create -d nosuch j-vbad
docker volume create -d local -o type=tmpfs -o device=tmpfs -o o=size=10m j-vtmp
docker volume inspect -f '{{.Driver}} {{json .Options}} {{.Scope}}' j-vtmp
docker volume create --label a=1 --label b --label a=2 j-vlab
docker volume inspect -f '{{json .Labels}}' j-vlab
docker volume create -o nosuch=1 j-vopt
docker volume create 'bad/name'
docker volume create 'x'
docker volume create -- '-dash'
docker volume inspect j-vol1 -f '{{.Name}} {{.Mountpoint}}' | sed 's#^.* /.*/volumes/#VOLS/#'
docker volume inspect nosuch-vol
docker volume inspect j-vol1 nosuch-vol -f '{{.Name}}'
docker volume inspect -f '{{.Status}} {{.UsageData}} {{.CreatedAt | len}}' j-vol1
docker volume ls -q -f name=j-vol
docker volume ls -f dangling=true -q | grep -c j-
docker volume ls -f dangling=false -q | grep -c j- || true
docker volume ls -f dangling=maybe
docker volume ls -f label=a -q
docker volume ls -f label=a=2 -q
docker volume ls -f label=a=1 -q | wc -l
docker volume ls -f driver=local -f name=j-vlab --format '{{.Driver}}:{{.Name}}'
docker volume ls -f bogus=1
docker volume ls --format '{{.Name}}|{{.Scope}}|{{.Mountpoint}}' -f name=j-vlab | sed 's#|/.*/volumes/#|VOLS/#'
docker volume ls --format '{{.Labels}}' -f name=j-vlab | tr ',' '\n' | sort
docker volume ls --format 'table {{.Name}}\t{{.Driver}}' -f name=j-vol1
docker volume ls --format '{{.Label "a"}}' -f name=j-vlab
docker volume ls --format '{{json .}}' -f name=j-vol2 | sed 's#"Mountpoint":"[^"]*"#"Mountpoint":"M"#'
docker run -d --name j-vc -v j-vol1:/data busybox sleep 1000
docker volume ls -f dangling=false -q | grep j-
docker volume rm j-vol1
docker volume rm -f j-vol1
docker volume rm nosuch-vol
docker volume rm j-vol2 nosuch-vol
docker volume prune -f --filter label=a
docker volume ls -q -f name=j-vlab | wc -l
docker volume prune -f --filter label!=keep | grep -c j- || true
docker container ls -f name=j-c --format '{{.Names}}' | sort
docker container ls -a -f status=created --format '{{.Names}}' | sort
docker container ls -a -f status=bogus
docker container ls -f exited=0
docker container ls -a -f ancestor=busybox --format '{{.Names}} {{.Image}}' | sort
docker container ls -f network=j-net2 --format '{{.Networks}}' | tr ',' '\n' | sort
docker container ls -f volume=j-vol1 --format '{{.Names}} {{.Mounts}}'
docker container ls -f volume=/data --format '{{.Names}}'
docker container ls -f label=nosuch -q | wc -l
docker container ls -f id=nosuchid -q | wc -l
docker container ls -f is-task=false --format '{{.Names}}' | sort
docker container ls -f is-task=maybe
docker container ls -f health=none --format '{{.Names}}' | sort
docker container ls -f health=bogus
docker container ls -f before=j-c1 -q | wc -l
docker container ls -f since=nosuch-ctr
docker container ls --format '{{.Names}}\t{{.Command}}\t{{.Status | printf "%.2s"}}' -f name=j-c1
docker container ls --format '{{.Label "x"}}|{{.Labels}}|{{.LocalVolumes}}|{{.Ports}}' -f name=j-vc
docker container ls --format 'table {{.Names}}\t{{.State}}' -f name=j-c3 --no-trunc
docker container ls --format '{{.Command}}' --no-trunc -f name=j-c3
docker container ls --format '{{.Size}}' -f name=j-c3
docker container ls --format '{{.Size}}' -s -f name=j-c3
docker container ls --format '{{.Nope}}'
docker container ls --format '{{'
docker container ls --format '{{.Names | upper}}' -f name=j-c3
docker container ls --format '{{.Names | lower}} {{.Names | title}} {{split .Names "-" | join ","}}' -f name=j-c3
docker container ls --format '{{println .Names}}' -f name=j-c3
docker container ls --format '{{pad .Names 2 2}}|' -f name=j-c3
docker container ls --format '{{truncate .Names 3}}' -f name=j-c3
docker container ls -n 0 -q | wc -l
docker container ls -n -1 -q | wc -l
docker container ls -l --format '{{.Names}}'
docker container ls -la --format '{{.Names}}'
docker image ls --filter reference=busybox --format '{{.Repository}}:{{.Tag}}'
docker image ls --filter reference='busy*' --format '{{.Repository}}'
docker image ls --filter reference='*:latest' --format '{{.Repository}}'
docker image ls --filter reference=nosuch -q | wc -l
docker image ls --filter reference='[' -q
docker image ls -f dangling=maybe
docker image ls -f before=nosuch:tag
docker image ls -f since=busybox -q | wc -l
docker image ls -f label=x -q | wc -l
docker image ls -f bogus=1
docker image ls --format '{{.Repository}}|{{.Tag}}|{{.Digest}}|{{.CreatedSince | len | printf "%d"}}' busybox
docker image ls --format 'table {{.Repository}}\t{{.Tag}}' busybox
docker image ls --format '{{json .Containers}} {{.SharedSize}} {{.UniqueSize}} {{.VirtualSize | len}}' busybox
docker image ls busybox:nosuch
docker image ls 'busybox:*' -q | wc -l
docker image ls --digests --format '{{.Digest}}' busybox
docker system df --format '{{.Type}}\t{{.TotalCount}}\t{{.Active}}'
docker system df --format '{{json .Type}}'
docker system df -v --format '{{.Type}}' 
docker system df -v | grep -c '^j-vol1\|^j-vtmp\|^j-vlab'
docker system df -v | sed -n '/^Local Volumes space usage:/,/^$/p' | head -2
docker system df -v | sed -n '/^Containers space usage:/,/^$/p' | head -1
docker system df -v | grep '^Build cache usage'
docker system df --bogus
docker system prune -f --filter label=nosuch=1 | tail -1
docker system prune -f --filter bogus=1
docker container prune -f --filter until=bogus
docker container prune -f --filter label=nosuch
sleep 2
docker container prune -f --filter until=1s
docker container prune -f --filter bogus=1
docker rm -f j-c1 j-c2 j-c3 j-vc >/dev/null
docker network rm j-net2 j-lab j-opts j-int j-net1 j-v6
