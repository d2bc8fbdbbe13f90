# Issue 11's leftovers. Capabilities: --cap-add and --cap-drop (ALL, names with or without CAP_,
# any case) show in /proc/self/status and in inspect; an unknown name is refused at create. Caps
# this machine's own bounding set lacks (SYS_RESOURCE: runc answers "unable to apply caps") and
# --cap-add ALL stay out; unit tests hold SYS_RESOURCE's CapEff (a90425fb). Labels: Go prints
# a map sorted by key (bytes: upper case first), the image's labels merged under --label (ps's
# {{.Labels}} joins them in Go's random map order, so it stays out). df of a
# tmpfs mount: its size= in whole 4 KiB pages; one without size= is half the machine's RAM, which
# differs from the node's, so it stays out.
# needs: bridge
docker load -i busybox-docker.tar
docker run --rm busybox grep Cap /proc/self/status
docker run --rm --cap-drop ALL busybox grep Cap /proc/self/status
docker run --rm --cap-drop ALL --cap-add NET_ADMIN busybox grep Cap /proc/self/status
docker run --rm --cap-drop all --cap-add cap_chown --cap-add Kill busybox grep CapEff /proc/self/status
docker run --rm --cap-add cap_sys_admin busybox grep CapEff /proc/self/status
docker run --rm --cap-drop CHOWN --cap-drop NET_RAW busybox grep CapEff /proc/self/status
docker run --rm --cap-add BOGUS busybox true
docker run --rm --cap-drop bogus busybox true
docker run --rm --cap-add SYS_ADMIN --cap-drop SYS_ADMIN busybox grep CapEff /proc/self/status
docker create --name c1 --cap-add SYS_RESOURCE --cap-drop CHOWN busybox true
docker inspect -f '{{.HostConfig.CapAdd}} {{.HostConfig.CapDrop}} {{json .HostConfig.CapAdd}}' c1
docker create --name c2 --cap-drop ALL --cap-add net_admin busybox true
docker inspect -f '{{.HostConfig.CapAdd}} {{.HostConfig.CapDrop}}' c2
docker create --name lb1 --label zeta=1 --label alpha=2 --label Mid=3 --label m=4 --label _u=5 --label 9=6 busybox true
docker inspect -f '{{.Config.Labels}}' lb1
docker inspect -f '{{json .Config.Labels}}' lb1
docker inspect -f '{{range $k, $v := .Config.Labels}}{{$k}}={{$v}};{{end}}' lb1
mkdir -p lctx && printf 'FROM busybox\nLABEL zeta=img b=img "with space"=x\n' > lctx/Dockerfile && docker build -q -t lbl lctx > /dev/null
docker create --name lb2 --label zeta=run --label a=1 lbl
docker inspect -f '{{.Config.Labels}}' lb2
docker inspect -f '{{.Config.Labels}}' lbl
docker ps -a --filter label=zeta=run --format '{{.Names}} {{.Label "b"}}'
docker run --rm --tmpfs /t:size=1m busybox df /t
docker run --rm --tmpfs /t:size=1m busybox df -h /t
docker run --rm --mount type=tmpfs,destination=/t,tmpfs-size=2000000 busybox df /t
docker run --rm --tmpfs /t:size=3k busybox df /t
docker run --rm --tmpfs /t:size=10m --tmpfs /u:size=5000 busybox df /t /u
docker run --rm --shm-size 1m busybox df /dev/shm
