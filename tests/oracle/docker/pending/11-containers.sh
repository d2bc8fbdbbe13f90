# Container lines that still differ (see README.md): a --rm container whose start failed stays
# in the simulator (and its CLI always logs the wait error the real one logs only at times), -u.
docker load -i busybox-docker.tar
docker run --rm busybox nosuch
docker run --rm busybox /etc/passwd
docker ps -a
docker run -d --name envs -u nobody busybox id
docker wait envs
docker logs envs
# needs no network:
docker create nosuchimage:1
