# Image references (checked against dockerd 20.10.24's images.go, image.go GetImage, tarexport
# save.go and the client's tag/pull checks): not-found texts with the default tag, names that do
# not parse, `docker images` patterns (path.Match) and filters, pull's client-side refusals, a
# closed loopback registry, inspect's overlay2 dirs, rmi of images containers use, the
# images/history formats (VirtualSize, {{json .}}), tag/rm/save by id prefix, dangling images, image prune
# --filter (label, label!, dangling, until), pushes of missing images.
docker load -i busybox-docker.tar
docker load -i nginx-docker.tar
docker tag nosuch other
docker history nosuch
docker rmi nosuch
docker rmi nosuch:1
docker save nosuch
docker image inspect nosuch
docker image inspect --format '{{.Id}}' nosuch
docker tag busybox Bad:Tag
docker tag Bad busybox:x
docker tag busybox a@b
docker tag busybox busybox@sha256:aa1bd989d5a2b49abcb84ae96b857609d6bf691074b2469da91f7b6d33ceed4d
docker tag busybox:nosuch x
docker history busybox:nosuch
docker history Bad
docker rmi Bad
docker image inspect Bad
docker inspect Bad
docker save Bad
docker save busybox:nosuch
docker pull Bad
docker pull -q Bad
docker pull NoSuch
docker pull a@b
docker pull -a busybox:1
docker pull -a busybox@sha256:aa1bd989d5a2b49abcb84ae96b857609d6bf691074b2469da91f7b6d33ceed4d
docker pull localhost:5000/library/busybox:1.36
docker image inspect nginx:alpine
docker tag busybox busybox:1.36
docker tag nginx:alpine nginx:1.25
docker tag busybox localhost:5000/lib/bb:2
docker images 'nginx:*'
docker images 'nginx'
docker images 'ngi*'
docker images '*'
docker images '*/*'
docker images 'busybox:1.*'
docker images 'localhost:5000/lib/bb'
docker images 'localhost:5000/*/bb'
docker images 'docker.io/library/busybox'
docker images 'library/busybox'
docker images '[a-c]*'
docker images 'Bad'
docker images 'busybox@sha256:aa1bd989d5a2b49abcb84ae96b857609d6bf691074b2469da91f7b6d33ceed4d'
docker images '[a-'
docker images 'a\'
docker images -f reference='[]a]'
docker images -f reference=busy*
docker images -f reference='nginx:*'
docker images -f reference=busybox -f reference=nginx
docker images -f reference=busybox nginx
docker images -f before=nginx:alpine
docker images -f since=busybox
docker images -f before=nosuch
docker images -f before=Bad
docker images -f since=aa1bd989d5a2
docker images -f since=busybox -f before=nginx:alpine
docker images -f label=foo
docker images -f label=foo=bar
docker images -f label=maintainer
docker images -f nosuch=1
docker images -f dangling=maybe
docker images -f dangling=1
docker images -f dangling=true -f dangling=false
docker images -f Dangling=true
docker images -f 'dangling'
docker images -q
docker images -q --no-trunc
docker images --digests --no-trunc
docker container prune -f
docker rmi nginx:1.25 nginx:alpine
docker image prune -a -f
docker images -f reference=busy*
docker load -i busybox-docker.tar
docker create --name c1 busybox
docker rmi busybox
docker rmi -f busybox
docker images -a
docker ps -a --format '{{.Image}}'
docker image prune -a -f
docker rm c1
docker image prune -a -f
docker load -i busybox-docker.tar
docker tag busybox bb:1
docker create --name c2 bb:1
docker rmi aa1bd989d5a2
docker rmi -f bb:1 busybox
docker images
docker rmi -f aa1bd989d5a2
docker rm c2
docker rmi -f aa1bd989d5a2
docker load -i busybox-docker.tar
docker create --network none --name c3 busybox echo hi
docker rmi aa1bd989d5a2
docker rmi -f aa1bd989d5a2
docker start -a c3
docker rm c3
docker images -a
docker load -i busybox-docker.tar
docker load -i nginx-docker.tar
docker images --format '{{json .}}'
docker images --format 'table {{.Repository}}\t{{.ID}}\t{{.Size}}\t{{.VirtualSize}}\t{{.SharedSize}}\t{{.UniqueSize}}\t{{.Containers}}'
docker images --format '{{.CreatedAt}}|{{.CreatedSince}}|{{.Digest}}'
docker image ls --no-trunc --format '{{.ID}}'
docker tag aa1bd989 bb:1
docker tag sha256:aa1bd989 bb:2
docker image inspect --format '{{.RepoTags}}' aa1bd
docker image inspect --format '{{.Id}}' sha256:aa1bd
docker rmi bb:1 nosuch bb:2
docker tag busybox nginx:alpine
docker images
docker images -f dangling=true
docker images -f dangling=true -q
docker images --filter dangling=false -q
docker image prune -f
docker images -a
docker load -i nginx-docker.tar
docker images
docker image rm nginx:alpine
docker image remove be9b59fe274c
docker images --digests
docker history --format '{{json .}}' busybox
docker history --format 'table {{.ID}}\t{{.CreatedBy}}' busybox
docker image history -q --no-trunc busybox
docker save busybox aa1bd989d5a2 -o two.tar
tar tf two.tar
docker save -o three.tar busybox nginx nosuch
docker images nginx
docker image ls --quiet --filter reference=busybox
docker image tag busybox BUSYBOX
docker image tag busybox busybox:Latest
docker images busybox
docker image tag busybox busybox:-x
docker image tag busybox :x
docker image tag busybox 'busybox:'
docker image tag
docker image tag busybox
docker load -i busybox-docker.tar
docker image prune -f --filter label=x
docker image prune -f --filter nosuch=1
docker image prune -a -f --filter label=x
docker image prune -a -f --filter label!=x
docker image prune -f --filter dangling=false --filter label!=nope
docker push busybox
docker push localhost:5000/busybox
docker tag busybox localhost:5000/busybox
docker push localhost:5000/busybox
docker push -a localhost:5000/busybox
docker push Bad
docker push nosuch
docker login localhost:5000 -u a -p b
docker logout localhost:5000
docker logout
docker login -u a --password-stdin localhost:5000 < /dev/null
docker image inspect -f '{{.Size}} {{.VirtualSize}}' busybox nginx:alpine
docker image inspect busybox nginx:alpine nosuch --format '{{.Id}}'
docker images -f reference=localhost:5000/*
docker image tag busybox localhost:5000/busybox:v2
docker images 'localhost:5000/busybox:*'
docker rmi localhost:5000/busybox localhost:5000/busybox:v2
docker save -o x.tar
docker load -i x.tar
docker load -q -i busybox-docker.tar
docker history busybox nginx
docker image history
docker tag a b c
docker rmi
docker images a b
docker pull
docker pull a b
docker load -i busybox-docker.tar
docker load -i nginx-docker.tar
docker image prune -f --filter until=1h
docker image prune -f --filter until=bad
docker image prune -a -f --filter until=1h --filter until=2h
docker image prune -a -f --filter until=2023-05-31T12:00:00Z
docker images
docker image prune -a -f --filter until=24h
docker images -a
