# needs: offline
# Pulls on a machine with no network (the oracle's; the simulated node is offline too): the
# registry's name does not resolve. Where the machine reaches Docker Hub these lines would pull.
docker pull busybox
docker pull nginx:alpine
docker image pull busybox:1.36
docker pull docker.io/library/busybox:latest
docker pull registry.k8s.io/pause:3.6
docker images
docker run --rm nosuchimage:1
