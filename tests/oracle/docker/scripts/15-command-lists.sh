# The root and group helps list every command of docker 20.10 (Management Commands and Commands
# exactly as 20.10.24); `container rm` has no aliases in 20.10 (docker/cli cli/command/container/rm.go).
docker
docker --help
docker nosuch --help
docker --nosuch ps
docker image --help
docker container --help
docker volume --help
docker system --help
docker container rm --help
