# docker inspect of images (the generic inspect and its --type, --format and -s).
docker load -i busybox-docker.tar
docker load -i nginx-docker.tar
docker inspect nosuch
docker inspect nosuch other
docker inspect --type image nosuch
docker inspect --type container busybox
docker inspect --type nosuch busybox
docker inspect --format '{{.Id}}' busybox
docker inspect --format '{{.Id}}' busybox nosuch
docker inspect -f '{{json .RepoTags}}' nginx:alpine
docker inspect --type image --format '{{.Config.Cmd}} {{.Os}}/{{.Architecture}}' nginx:alpine
docker inspect --format '{{.Size}} {{.VirtualSize}}' busybox
docker inspect --format '{{range .RootFS.Layers}}{{println .}}{{end}}' nginx:alpine
docker inspect --format '{{index .Config.ExposedPorts "80/tcp"}}' nginx:alpine
docker inspect --format '{{.Config.StopSignal}}' nginx:alpine
docker inspect --format '{{.Nope}}' busybox
docker inspect --format '{{' busybox
docker inspect --format '{{.Created}}' busybox
docker inspect --format '{{json .Config}}' busybox
docker image inspect --format '{{json .RootFS}}' busybox
docker inspect
docker inspect --type volume busybox
docker inspect -s --format '{{.Id}}' busybox
docker exec --help
docker stats --help
