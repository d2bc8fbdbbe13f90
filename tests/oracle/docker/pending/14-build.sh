# docker build with the classic builder (needs docker load and build, D3).
docker load -i busybox-docker.tar
mkdir -p ctx && printf 'FROM busybox\nRUN echo built > /built\nCMD ["cat", "/built"]\n' > ctx/Dockerfile
docker build -q -t built:1 ctx > /dev/null; echo $?
docker run --rm built:1
docker build -t bad:1 nosuchdir
printf 'FROM busybox\nRUN exit 7\n' > ctx/Dockerfile
docker build -t bad:1 ctx
docker images --format '{{.Repository}}:{{.Tag}}'
