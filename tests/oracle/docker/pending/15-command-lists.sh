# The root and group helps list every command: they agree once all of docker 20.10's commands
# exist (D1–D5); `container rm` has no aliases in 20.10 (docker/cli cli/command/container/rm.go).
docker
docker --help
docker nosuch --help
docker --nosuch ps
docker image --help
docker container --help
docker volume --help
docker system --help
docker container rm --help
