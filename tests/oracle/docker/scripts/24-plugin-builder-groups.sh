# docker plugin on a daemon with no plugins, builder prune with no build cache, and the manifest
# and trust answers that need no registry.
docker plugin ls
docker plugin ls -q
docker plugin ls --no-trunc
docker plugin ls --format '{{.Name}}'
docker plugin ls --format 'table {{.ID}}'
docker plugin ls -f enabled=true
docker plugin ls -f nosuch=1
docker plugin inspect x
docker plugin inspect -f '{{.Name}}' x y
docker plugin rm x
docker plugin rm -f x y
docker plugin enable x
docker plugin disable x
docker plugin set x a=b
docker plugin push x
docker plugin create x /nosuch
docker plugin create x .
docker plugin upgrade x
docker builder prune -f
docker builder prune -af
docker builder prune --filter until=24h -f
docker builder prune --filter nosuch=1 -f
docker builder prune --keep-storage 1GB -f
docker builder prune
echo n | docker builder prune -a
docker manifest rm a/b
docker manifest push a/b
docker manifest annotate a/b c/d --os linux
docker trust revoke busybox
