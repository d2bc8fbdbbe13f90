# --format on version/info, and `system info` (agrees with the real 20.10.24 since version/info --format were simulated); the image and pull lines that were here
# now and live in ../scripts/16-image-references.sh and 17-pull-flags-offline.sh.
docker version --format '{{.Server.Version}}'
docker version --format '{{.Client.Version}}'
docker info --format '{{.ServerVersion}}'
docker info --format '{{json .Plugins}}'
docker system info --format '{{.Containers}}'
