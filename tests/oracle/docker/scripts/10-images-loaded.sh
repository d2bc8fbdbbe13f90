# Images loaded, then the lines that waited on dockerd's image work: a reference pattern, tag errors,
# the overlay2 cache dir in inspect, an empty template line before an error, save's layer dirs.
docker load -i busybox-docker.tar
docker load -i nginx-docker.tar
docker images 'nginx:*'
docker tag nosuch other
docker tag busybox Bad:Tag
docker image inspect busybox
docker image inspect --format '{{.Id}}' nosuch
docker save -o bb.tar busybox
tar tf bb.tar
