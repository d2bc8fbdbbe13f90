# A container's host name goes through runc's sethostname(2), which takes at most 64 bytes:
# 64 runs, 65 and more fail the start (exit 125), as dockerd 20.10.24 reports it.
docker load -i busybox-docker.tar
docker run --rm --hostname "$(printf 'a%.0s' $(seq 1 64))" busybox hostname
docker run --rm --hostname "$(printf 'a%.0s' $(seq 1 65))" busybox hostname
docker run --rm --hostname "$(printf 'a%.0s' $(seq 1 70))" busybox hostname
docker ps -a --format '{{.Names}}' | wc -l
