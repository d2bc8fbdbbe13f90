# inspect -f over the Go maps of types.ContainerJSON and types.ImageInspect (issue 11): the CLI
# runs a template on the typed struct first, where `index` of a missing key gives the zero value
# of the map's element type ("" for map[string]string, <nil> for *network.EndpointSettings) and a
# string is no key of nat.PortMap / nat.PortSet (nat.Port keys), so those fail typed and the raw
# JSON fallback (map[string]interface {}, missingkey=error) answers or fails.
# needs: bridge
docker load -i busybox-docker.tar
docker run -d --name lab --label a=1 --label b=2 -p 8080:80 --tmpfs /run:size=1m --sysctl net.ipv4.ip_forward=1 busybox sleep 300
docker inspect -f '{{index .Config.Labels "zzz"}}|{{index .Config.Labels "a"}}' lab
docker inspect -f '{{.Config.Labels.zzz}}|{{.Config.Labels.b}}' lab
docker inspect -f '{{index .NetworkSettings.Networks "nope"}}|' lab
docker inspect -f '{{.NetworkSettings.Networks.nope}}|' lab
docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAddress}}{{end}}' lab
docker inspect -f '{{index .NetworkSettings.Ports "80/tcp"}}|' lab
docker inspect -f '{{.NetworkSettings.Ports.foo}}|' lab
docker inspect -f '{{.NetworkSettings.Ports}}' lab
docker inspect -f '{{index .HostConfig.PortBindings "80/tcp"}}|' lab
docker inspect -f '{{index .HostConfig.Tmpfs "/run"}}|{{index .HostConfig.Tmpfs "/x"}}|' lab
docker inspect -f '{{index .HostConfig.Sysctls "x"}}|{{index .HostConfig.LogConfig.Config "x"}}|' lab
docker inspect -f '{{index .GraphDriver.Data "x"}}|{{index .Config.ExposedPorts "80/tcp"}}|{{index .Config.Volumes "x"}}' lab
docker inspect -f '{{index .GraphDriver.Data "nope"}}|{{len .GraphDriver.Data}}' lab
docker inspect -f '{{.Config.ExposedPorts}}|{{.Config.Volumes}}|{{.HostConfig.PortBindings}}' lab
docker inspect -f '{{index .Config.Labels 1}}' lab
docker image inspect -f '{{index .Config.Labels "zzz"}}|{{index .ContainerConfig.Labels "q"}}|{{index .GraphDriver.Data "x"}}' busybox
docker image inspect -f '{{index .Config.ExposedPorts "80/tcp"}}|' busybox
docker rm -f lab
