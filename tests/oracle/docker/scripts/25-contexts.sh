# docker contexts kept under a config dir of the run's own (no ~/.docker is made), DOCKER_HOST
# set but empty so that the default context is the stock socket on both sides and wins, as
# os.LookupEnv makes it.
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context ls
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context ls -q
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context ls --format '{{json .}}'
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context inspect
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context inspect nosuch
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context create c1 --docker host=unix:///var/run/docker.sock --description "my ctx"
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context create c1
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context create c3 --docker host=tcp://1.2.3.4:2375
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context create c4 --docker nosuch=1
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context create default
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context create 'bad name'
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context create c2 --from c1
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context ls
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context use c1
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context ls
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context use nosuch
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context use
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker --context nosuch ps
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context update c2 --description new
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context update nosuch --description new
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context rm c1
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context rm default nosuch c2
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context use default
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context rm c1 c3
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context export c3
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context import c5 nosuch.tar
cat cfg/config.json
