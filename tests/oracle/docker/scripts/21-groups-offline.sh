# needs: offline
# What plugin install, manifest and trust answer when no registry (nor notary server) can be
# reached: the daemon's and the client's dial errors. Config dir of the run's own (DOCKER_CONFIG):
# trust keeps its notary cache there, never in ~/.docker.
docker plugin install x
docker plugin install vieux/sshfs --grant-all-permissions
DOCKER_CONFIG=$PWD/cfg docker manifest inspect busybox
DOCKER_CONFIG=$PWD/cfg docker manifest inspect localhost:5000/busybox
DOCKER_CONFIG=$PWD/cfg docker manifest create a/b c/d
DOCKER_CONFIG=$PWD/cfg docker trust inspect busybox
DOCKER_CONFIG=$PWD/cfg docker trust sign busybox:latest
DOCKER_CONFIG=$PWD/cfg docker trust key load nosuch.pem
DOCKER_CONFIG=$PWD/cfg docker trust signer add --key nosuch.pem alice busybox
DOCKER_CONFIG=$PWD/cfg docker trust signer remove alice busybox
