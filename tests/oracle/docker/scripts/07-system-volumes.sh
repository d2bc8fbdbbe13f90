# system df and prune, volumes (create, ls and its filters and format, inspect, rm), filters of
# ps and images, on a daemon with nothing running.
docker system df
docker system df -v
docker volume ls -f dangling=true
docker volume ls --format '{{.Name}}'
docker volume ls -f nosuch=1
docker image prune -f
docker volume prune -f
docker system prune -f
docker load -i busybox-docker.tar
docker system df
docker image prune -a -f
docker images
docker volume create
docker volume create v1
docker volume ls
docker volume inspect v1
docker volume inspect nosuch
docker volume rm v1
docker volume rm nosuch
docker volume create --help
docker ps -f status=running
docker ps -f nosuch=1
docker ps -a -f name=x
docker images -f dangling=false
docker images -f nosuch=1
docker ps --filter 'label=a=b'
