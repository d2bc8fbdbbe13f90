# daemon.json's log-driver and log-opts (issue 11): dockerd reads them as it starts. A container
# that names no driver gets the default one with its options, --log-opt overriding one by one; a
# container naming another driver gets none of them, except the dual-logging cache's keys
# (cache-disabled here), which every driver takes (MergeDefaultLogConfig). docker info says the
# default driver. The failing run is detached, so the CLI's racing wait line never comes in. Bad
# options in daemon.json stop dockerd from starting at all: unit tests
# (simulator/dockerd/runtime/daemon-config.test.ts), as a live script needs a running daemon.
# daemon-json: {"log-driver":"local","log-opts":{"max-size":"1k","max-file":"3","cache-disabled":"true"}}
# needs: bridge
docker load -i busybox-docker.tar
docker info -f '{{.LoggingDriver}}'
docker info | grep 'Logging Driver'
docker run --name d1 busybox sh -c 'i=0; while [ $i -lt 100 ]; do echo line-$i-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx; i=$((i+1)); done' > /dev/null
docker inspect -f '{{json .HostConfig.LogConfig}} [{{.LogPath}}]' d1
docker logs d1 | head -1
docker logs d1 | wc -l
D=$(docker info -f '{{.DockerRootDir}}')/containers/$(docker inspect -f '{{.Id}}' d1); ls $D/local-logs
docker run --name d2 --log-opt max-size=2k --log-opt compress=false busybox true
docker inspect -f '{{json .HostConfig.LogConfig}}' d2
docker run --name d3 --log-driver json-file busybox echo three
docker inspect -f '{{json .HostConfig.LogConfig}}' d3
docker logs d3
docker run --name d4 --log-driver local busybox true
docker inspect -f '{{json .HostConfig.LogConfig}}' d4
docker run --name d5 --log-driver gelf --log-opt gelf-address=udp://127.0.0.1:12201 busybox echo five
docker inspect -f '{{json .HostConfig.LogConfig}}' d5
docker logs d5
docker run --name d6 --log-driver gelf --log-opt gelf-address=udp://127.0.0.1:12201 --log-opt cache-disabled=false busybox echo six
docker logs d6
docker run --name d7 --log-driver none busybox true
docker inspect -f '{{json .HostConfig.LogConfig}}' d7
docker run --name d8 --log-opt tag=x busybox true
docker run -d --name d9 --log-opt max-file=1 busybox true
docker run --name d10 --log-opt max-file=1 --log-opt compress=false busybox echo ten
docker logs d10
docker create --name d11 busybox true
docker inspect -f '{{json .HostConfig.LogConfig}}' d11
