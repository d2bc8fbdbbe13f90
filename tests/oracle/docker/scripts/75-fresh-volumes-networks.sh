# A fresh learner's set, round N (issue 11, H51): named volumes and user-defined networks
# with containers attached — a volume in use refused by rm (and rm -f), one volume shared by two
# containers, -v with :ro and --volumes-from, volume inspect's fields, prune of what no container uses;
# network connect/disconnect of a running container, --alias and names through the embedded
# DNS (busybox httpd answering wget by name and by alias), network rm of a network in use,
# inspect's Containers map. A name the embedded DNS does not know is not asked: on the oracle's
# offline machine busybox-static's wget then crashes in glibc's resolver (exit 139), which no
# node with a resolver would show.
# Written against the real dockerd 20.10.24 before any fix: 49 of 54 lines agreed; a new volume's
# copy-up lacked the init layer's files (hostname, hosts, resolv.conf, the mtab symlink, which
# directory.Size counts) and now has them; a volume file's ls -l date (the simulator's clock is
# not the oracle's) is listed without it.
# needs: bridge
docker load -i busybox-docker.tar
docker volume create data75
docker volume create data75
docker volume ls -q --filter name=data75
docker run -d --name v75a -v data75:/data busybox sleep 1000
docker exec v75a sh -c 'echo one > /data/f'
docker run --rm -v data75:/d busybox cat /d/f
docker run --rm -v data75:/d:ro busybox sh -c 'echo two > /d/f'; echo "exit $?"
docker volume rm data75
docker volume rm -f data75
docker volume inspect --format '{{.Name}} {{.Driver}} {{.Scope}} {{.Mountpoint}}' data75
docker volume inspect --format '{{json .Labels}} {{json .Options}}' data75
docker inspect --format '{{range .Mounts}}{{.Type}} {{.Name}} {{.Destination}} {{.RW}} {{.Mode}}{{end}}' v75a
docker run --rm -v data75:/d:ro busybox ls -ln /d | awk '{print $1, $3, $5, $9}'
docker run --rm --volumes-from v75a busybox cat /data/f
docker run --rm --volumes-from v75a:ro busybox sh -c 'touch /data/g 2>&1; echo "exit $?"'
docker rm -f v75a
docker volume rm data75
docker volume inspect data75
docker volume create --label team=blue lab75
docker volume ls --filter label=team=blue --format '{{.Name}}: {{.Labels}}'
docker volume ls --filter dangling=true -q | grep -c lab75
docker run --rm -v lab75:/etc busybox ls /etc | head -3
docker run --rm -v lab75:/etc busybox cat /etc/hostname | wc -c
docker volume prune -f --filter label=team=red
docker volume prune -f --filter label=team=blue
docker volume ls -q --filter name=lab75
docker network create net75
docker network create net75
docker network create --subnet 10.75.0.0/24 net75b
docker network inspect --format '{{.Name}} {{.Driver}} {{.Scope}} {{range .IPAM.Config}}{{.Subnet}}{{end}}' net75b
docker run -d --name web75 --network net75 --network-alias site busybox httpd -f -p 8080 -h /etc
docker run --rm --network net75 busybox wget -q -O- http://web75:8080/hostname | wc -c
docker run --rm --network net75 busybox wget -q -O- http://site:8080/passwd | head -1
docker run --rm busybox grep -c web75 /etc/hosts
docker network connect net75b web75
docker inspect --format '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}' web75
docker inspect --format '{{(index .NetworkSettings.Networks "net75b").IPAddress}}' web75
docker run --rm --network net75b busybox wget -q -O- http://web75:8080/hostname | wc -c
docker network connect net75b web75
docker network disconnect net75 web75
docker inspect --format '{{len .NetworkSettings.Networks}}' web75
docker network disconnect net75 web75
docker network connect --alias www net75 web75
docker run --rm --network net75 busybox wget -q -O- http://www:8080/hostname | wc -c
docker inspect --format '{{json (index .NetworkSettings.Networks "net75").Aliases}}' web75 | sed 's/"[0-9a-f]\{12\}"/"ID"/'
docker network rm net75
docker network inspect --format '{{len .Containers}}' net75
docker network ls --filter name=net75 --format '{{.Name}} {{.Driver}}'
docker rm -f web75
docker network inspect --format '{{len .Containers}}' net75
docker network rm net75 net75b
docker network rm net75
docker network ls --filter name=net75 -q | wc -l
