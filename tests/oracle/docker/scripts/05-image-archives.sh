# Image archives and history: import of a root filesystem tar, save to stdout and to a file,
# load errors, history's flags, and the help of these commands.
docker load --help
docker save --help
docker import --help
docker history --help
docker inspect --help
docker top --help
docker port --help
docker diff --help
docker export --help
docker image load --help
docker image save --help
docker image import --help
docker image history --help
docker load -i busybox-docker.tar
docker load -i busybox-docker.tar -q
docker load -q < nginx-docker.tar
docker load -i nosuch.tar
printf 'not a tar' > junk.tar
docker load -i junk.tar
docker load
docker save busybox | tar t
docker save busybox nginx:alpine -o both.tar
tar tf both.tar
docker save nosuch
docker save
docker save -o out.tar nosuch
docker history nginx:alpine
docker history -q nginx:alpine
docker history --no-trunc busybox
docker history -H=false busybox
docker history --format '{{.ID}} {{.CreatedBy}} {{.Size}}' nginx:alpine
docker history
docker image history busybox
mkdir x && tar -C x -xf busybox-docker.tar && cat x/*/layer.tar > rootfs.tar
tar tf rootfs.tar | head -3
docker import rootfs.tar imported:1
docker import rootfs.tar
docker images imported
docker import nosuch.tar x:1
docker import rootfs.tar Bad:1
docker import -c 'CMD ["sh"]' -m 'my message' rootfs.tar imported:2
docker history imported:2
docker inspect --format '{{json .Config.Cmd}} {{.Comment}}' imported:2
docker image import rootfs.tar imported:3
docker rmi imported:1 imported:2 imported:3
