# docker context export and import (no daemon needed), under a config dir of the run's own as in
# 25-contexts.sh. The archive itself is compared byte for byte: exported to stdout, and the file
# written (cat).
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context create c1 --docker host=tcp://1.2.3.4:2375 --description "my ctx"
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context export c1
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context export c1
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context export c1 out.tar
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context export c1 -
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context export default -
cat c1.dockercontext
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context export nosuch
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context export 'bad name'
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context export c1 --kubeconfig
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context export c1 nodir/x.tar
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context export
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context import c2 c1.dockercontext
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context import c2 c1.dockercontext
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context import default c1.dockercontext
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context import 'bad name' c1.dockercontext
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context import c3 nosuch.tar
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context import c3 cfg
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context import c3 - < out.tar
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context import c4 - < /dev/null
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context import c5 busybox-docker.tar
echo hello > junk.txt
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context import c6 junk.txt
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context import c7
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context ls
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context inspect c2 c3
DOCKER_HOST= DOCKER_CONFIG=$PWD/cfg docker context export c3 -
