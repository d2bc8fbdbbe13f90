# Images loaded from the reproducible archives (needs the simulator's `docker load`, D3).
docker load -i busybox-docker.tar
docker load -i nginx-docker.tar
docker load -i busybox-docker.tar
docker load -i nosuch.tar
docker load < busybox-docker.tar
docker images
docker images -a
docker images -q
docker images --digests
docker images --no-trunc
docker images busybox
docker images 'nginx:*'
docker image ls -f dangling=true
docker tag busybox:latest busybox:1.36
docker tag busybox localhost:5000/library/busybox:1.36
docker tag nosuch other
docker tag busybox Bad:Tag
docker images
docker image inspect busybox
docker image inspect --format '{{.Id}}' busybox
docker image inspect --format '{{json .Config.Cmd}}' nginx:alpine
docker image inspect --format '{{.Id}}' nosuch
docker history busybox
docker rmi busybox:1.36
docker rmi localhost:5000/library/busybox:1.36
docker rmi busybox
docker images
docker rmi nginx:alpine
docker images -a
docker save busybox -o nosuch-image.tar
docker load -i busybox-docker.tar
docker save -o bb.tar busybox
tar tf bb.tar
docker rmi busybox
docker load -i bb.tar
docker images
