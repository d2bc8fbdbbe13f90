# printf's %T in inspect templates (issue 11, H48): docker 20.10.24 runs the template on the typed
# value first (types.ContainerJSON, types.ImageInspect, types.NetworkResource), whose struct
# fields are pointers or named types — *types.ContainerState, *container.Config, types.RootFS
# (whose empty BaseLayer `{{.RootFS}}` prints and its JSON leaves out), []types.MountPoint,
# []network.IPAMConfig. Written against the real dockerd first: 5 of the lines it was drawn from
# differed (struct {...} and []interface {} for the types, `{layers [...]}` for RootFS).
# Left out: the numbers' types (int64, *int64, json.Number), which the simulated values do not
# carry, and %v of a whole container.Config (its nil maps print as map[]).
# needs: bridge
docker load -i busybox-docker.tar
docker create --name p1 busybox true
docker inspect -f '{{printf "%T" .SizeRootFs}}' p1
docker inspect -f '{{printf "%T" .State}} {{printf "%T" .Config}} {{printf "%T" .HostConfig}} {{printf "%T" .NetworkSettings}}' p1
docker inspect -f '{{printf "%T" .NetworkSettings.Networks}} {{printf "%T" .Mounts}} {{printf "%T" .Config.Labels}} {{printf "%T" .GraphDriver}}' p1
docker inspect -f '{{printf "%T" .Config.Healthcheck}} {{printf "%v" .Config.Healthcheck}}' p1
docker image inspect -f '{{printf "%T" .Config}} {{printf "%T" .ContainerConfig}} {{printf "%T" .RootFS.Layers}} {{printf "%T" .Metadata}}' busybox
docker image inspect -f '{{.RootFS}}' busybox
docker image inspect -f '{{json .RootFS}}' busybox
docker image inspect -f '{{.RootFS.BaseLayer}}|{{printf "%T" .RootFS}}' busybox
docker network inspect -f '{{printf "%T" .IPAM}} {{printf "%T" .IPAM.Config}} {{printf "%T" .Containers}} {{printf "%T" .ConfigFrom}}' bridge
docker ps -a --format '{{printf "%T" .}} {{printf "%T" .Names}}'
docker rm p1
