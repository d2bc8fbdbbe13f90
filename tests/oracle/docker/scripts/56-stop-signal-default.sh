# The CLI's --stop-signal default (SIGTERM) is only its help text: a container created without
# the flag has no Config.StopSignal (dockerd then stops it with SIGTERM all the same); given, it
# is kept as written.
docker load -i busybox-docker.tar
docker create --name c1 busybox true
docker inspect -f '{{json .Config.StopSignal}}' c1
docker run -d --name c2 busybox sleep 100
docker inspect -f '{{json .Config.StopSignal}}' c2
docker create --name c3 --stop-signal SIGKILL busybox true
docker inspect -f '{{json .Config.StopSignal}}' c3
docker create --name c4 --stop-signal 9 busybox true
docker inspect -f '{{json .Config.StopSignal}}' c4
docker stop -t 1 c2
docker inspect -f '{{.State.ExitCode}}' c2
docker rm -f c1 c2 c3 c4
