# --format on version/info, an empty template result before an error, and pull's reference
# checks (D5 format, D3 pull).
docker version --format '{{.Server.Version}}'
docker version --format '{{.Client.Version}}'
docker info --format '{{.ServerVersion}}'
docker info --format '{{json .Plugins}}'
docker system info --format '{{.Containers}}'
docker image inspect --format '{{.Id}}' nosuch
docker tag nosuch other
docker pull localhost:5000/library/busybox:1.36
docker pull NoSuch
docker pull a@b
docker load -i busybox-docker.tar
docker history nosuch
docker pull -q busybox
docker pull --all-tags busybox
docker container prune -f
docker load -i busybox-docker.tar
docker image prune -a -f
docker images -f reference=busy*
