# Images loaded from the reproducible archives: load (file, stdin, missing file, again), the
# listings and their flags, tags, inspect --format, rmi of tags and of images, save and load back.
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
docker image ls -f dangling=true
docker tag busybox:latest busybox:1.36
docker tag busybox localhost:5000/library/busybox:1.36
docker images
docker image inspect --format '{{.Id}}' busybox
docker image inspect --format '{{json .Config.Cmd}}' nginx:alpine
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
docker rmi busybox
docker load -i bb.tar
docker images
