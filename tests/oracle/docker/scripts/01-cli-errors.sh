# The client on its own: versions, unknown commands and flags (exit 125 with the usage hint),
# argument-count errors, and every simulated command's --help.
docker --version
docker -v
docker nosuch
docker ps --nosuch
docker ps -z
docker images --nosuch
docker rm
docker rmi
docker tag
docker tag a
docker pull
docker ps extra
docker version extra
docker info extra
docker volume ls extra
docker image inspect
docker ps --help
docker images --help
docker rm --help
docker rmi --help
docker tag --help
docker pull --help
docker info --help
docker version --help
docker volume ls --help
docker image ls --help
docker image inspect --help
docker image rm --help
docker image tag --help
docker image pull --help
docker container ls --help
docker ps -h
