# The log drivers other than json-file (issue 11). `none` keeps nothing: docker logs answers
# "configured logging driver does not support reading" (exit 1). `local` writes protobuf frames
# (a big-endian size before and after each entry) to local-logs/container.log, rotating as
# json-file does with its own defaults (20m, 5 files, compress) and refusing max-file=1 with
# compress on. gelf over UDP sends to nowhere and keeps the dual-logging cache
# (container-cached.log) that docker logs reads, though 20.10.24's gelf cache keeps only every
# other message (l1 l3 l5 of six); with cache-disabled there is nothing to read. The stdout and
# stderr copiers race, so no line depends on the order of the two streams.
# TCP drivers fail at start while nothing listens (failed to initialize logging driver: dial tcp …),
# and docker logs of such a container answers the dial error itself. The failing runs are
# detached, so the CLI's racing wait line never comes in.
# needs: bridge
docker load -i busybox-docker.tar
docker run --name n1 --log-driver none busybox echo hi
docker logs n1
docker logs --tail 2 n1
docker inspect -f '{{json .HostConfig.LogConfig}} [{{.LogPath}}]' n1
docker run --name n2 --log-driver none --log-opt max-size=1k busybox echo hi
docker run --name lo1 --log-driver local busybox sh -c 'echo a; echo b >&2; echo c'
docker logs lo1
docker logs --details lo1
docker logs -t lo1 2>/dev/null | sed 's/^[0-9T:.-]*Z /TIME /'
docker inspect -f '{{json .HostConfig.LogConfig}} [{{.LogPath}}]' lo1
D=$(docker info -f '{{.DockerRootDir}}')/containers/$(docker inspect -f '{{.Id}}' lo1); find $D | sed 's/[0-9a-f]\{64\}/ID/' | sort; stat -c '%a %s' $D/local-logs $D/local-logs/container.log
docker run --name lo4 --log-driver local --log-opt max-size=1k --log-opt max-file=2 busybox sh -c 'i=0; while [ $i -lt 100 ]; do echo line-$i-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx; i=$((i+1)); done' > /dev/null
docker logs lo4 | head -2
docker logs lo4 | wc -l
docker logs --tail 1 lo4
D=$(docker info -f '{{.DockerRootDir}}')/containers/$(docker inspect -f '{{.Id}}' lo4); ls $D/local-logs
docker run --name lx --log-driver local --log-opt max-file=1 --log-opt compress=false --log-opt max-size=100 busybox sh -c 'echo 1; echo 2; echo 3; echo 4; echo 5'
docker logs lx
docker run --name lz --log-driver local --log-opt max-size=0 --log-opt max-file=3 busybox sh -c 'echo 1; echo 2; echo 3; echo 4; echo 5' > /dev/null
docker logs lz
D=$(docker info -f '{{.DockerRootDir}}')/containers/$(docker inspect -f '{{.Id}}' lz); ls $D/local-logs
docker create --name lc1 --log-driver local busybox echo x
D=$(docker info -f '{{.DockerRootDir}}')/containers/$(docker inspect -f '{{.Id}}' lc1); ls $D
docker logs lc1
D=$(docker info -f '{{.DockerRootDir}}')/containers/$(docker inspect -f '{{.Id}}' lc1); ls $D/local-logs
docker create --name jc1 busybox echo x
docker inspect -f '[{{.LogPath}}]' jc1
docker logs jc1
docker inspect -f '{{.LogPath}}' jc1 | sed 's/[0-9a-f]\{64\}/ID/g'
docker run -d --name lo5 --log-driver local --log-opt max-size=abc busybox true
docker run -d --name lo6 --log-driver local --log-opt max-file=0 busybox true
docker run -d --name lo7 --log-driver local --log-opt compress=maybe busybox true
docker run -d --name lo8 --log-driver local --log-opt max-file=x busybox true
docker run -d --name lo9 --log-driver local --log-opt max-file=1 busybox true
docker run -d --name lo10 --log-driver local --log-opt max-size=-1 busybox true
docker run -d --name lo11 --log-driver local --log-opt tag=x busybox true
docker run -d --name lo12 --log-driver local --log-opt max-file=-1 --log-opt compress=false busybox true
docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.State.Error}}' lo5
docker run --name ge1 --log-driver gelf --log-opt gelf-address=udp://127.0.0.1:12201 busybox sh -c 'for i in 1 2 3 4 5 6; do echo l$i; done'
docker logs ge1
docker inspect -f '{{json .HostConfig.LogConfig}} [{{.LogPath}}]' ge1
D=$(docker info -f '{{.DockerRootDir}}')/containers/$(docker inspect -f '{{.Id}}' ge1); ls $D
docker run --name ge2 --log-driver gelf --log-opt gelf-address=udp://localhost:12201 --log-opt cache-disabled=true busybox echo a
docker logs ge2
docker run --name ge3 --log-driver gelf busybox true
docker run --name ge4 --log-driver gelf --log-opt gelf-address=foo busybox true
docker run --name ge5 --log-driver gelf --log-opt gelf-address=http://127.0.0.1:1 busybox true
docker run --name ge6 --log-driver gelf --log-opt gelf-address=udp://127.0.0.1 busybox true
docker run --name ge7 --log-driver gelf --log-opt gelf-address=udp://127.0.0.1:12201 --log-opt max-size=1k busybox true
docker run --name ge8 --log-driver gelf --log-opt gelf-address=udp://127.0.0.1:12201 --log-opt cache-disabled=maybe busybox true
docker run --name ge9 --log-driver gelf --log-opt gelf-address=udp://127.0.0.1:12201 --log-opt mode=fast busybox true
docker run --name ge10 --log-driver gelf --log-opt gelf-address=udp://127.0.0.1:12201 --log-opt max-buffer-size=1m busybox true
docker run --name ge11 --log-driver gelf --log-opt gelf-address=udp://127.0.0.1:12201 --log-opt gelf-compression-level=12 busybox true
docker run --name ge12 --log-driver gelf --log-opt gelf-address=udp://127.0.0.1:12201 --log-opt cache-foo=1 busybox true
docker run --name ge13 --log-driver gelf --log-opt gelf-address=udp://127.0.0.1:12201 --log-opt mode=non-blocking --log-opt max-buffer-size=1m busybox echo nb
docker run -d --name gt1 --log-driver gelf --log-opt gelf-address=tcp://127.0.0.1:12201 busybox true
docker run -d --name sy1 --log-driver syslog --log-opt syslog-address=tcp://127.0.0.1:5514 busybox true
docker run --name sy2 --log-driver syslog --log-opt syslog-address=udp://127.0.0.1:5514 busybox echo via-syslog
docker logs sy2
docker run --name sy3 --log-driver syslog --log-opt syslog-address=bogus busybox true
docker run --name sy4 --log-driver syslog --log-opt syslog-address=udp://127.0.0.1:5514 --log-opt foo=1 busybox true
docker run -d --name f1 --log-driver fluentd busybox echo hi
docker run -d --name f2 --log-driver fluentd --log-opt fluentd-address=tcp://127.0.0.1:24226 busybox true
docker run -d --name f3 --log-driver fluentd --log-opt foo=1 busybox true
docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.State.Error}}' f1
docker logs f1
docker start f1
docker run --name sp1 --log-driver splunk --log-opt foo=1 busybox true
docker run -d --name sp2 --log-driver splunk busybox true
docker run --name aw1 --log-driver awslogs busybox true
docker run --name le1 --log-driver logentries busybox true
docker run -d --name gc1 --log-driver gcplogs busybox true
docker run --name jo1 --log-driver journald --log-opt foo=1 busybox true
docker run --name et1 --log-driver etwlogs busybox true
docker run --name bo1 --log-driver bogus busybox true
docker ps -a --format '{{.Names}} {{.Status}}' | sort
docker info -f '{{.LoggingDriver}} {{json .Plugins.Log}}'
