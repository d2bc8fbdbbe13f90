# A learner's fresh set, round G (issue 11): the run/create flags the simulator refused until
# session 21, as an ops engineer tries them — --privileged seen in inspect (MaskedPaths and
# ReadonlyPaths null), --platform forms the node's own platform accepts and a bad one, the
# --oom-*, --cgroup-parent/--cgroupns, --runtime, -a/--attach, --detach-keys, --device,
# --expose ranges, --ip6/--link-local-ip (ignored on the default bridge, refused on a network
# without IPv6), --storage-opt (overlay2 without project quota), --userns, --isolation, --gpus
# (no GPU driver), --device-cgroup-rule and the block I/O flags, --volumes-from (modes, what a
# -v replaces, volumes it does not hold), --link on the default bridge (/etc/hosts, the <ALIAS>_
# variables, a stopped child), each with its real refusals; and from set F's pending lines,
# busybox chown (CAP_CHOWN, unknown user/group), /proc/sys from --sysctl and df of tmpfs mounts.
# Written against the real dockerd 20.10.24 first. Runs with --privileged are not here: where the
# oracle machine is itself a container, runc cannot raise the full capability set. Start errors
# that race with the CLI's wait (`error waiting for container`) are filtered.
# needs: bridge
docker load -i busybox-docker.tar
docker create --name pv --privileged busybox
docker create --name pn busybox
docker inspect -f '{{.HostConfig.Privileged}} {{json .HostConfig.MaskedPaths}} {{json .HostConfig.ReadonlyPaths}}' pv
docker inspect -f '{{.HostConfig.Privileged}} {{json .HostConfig.MaskedPaths}} {{json .HostConfig.ReadonlyPaths}}' pn
docker create --name pr2 --privileged --cap-add NET_ADMIN busybox
docker inspect -f '{{json .HostConfig.CapAdd}} {{.HostConfig.Privileged}}' pr2
docker run --rm --platform bogus busybox true
docker create --platform bogus busybox
docker run --rm --platform linux/amd64 busybox echo ok
docker run --rm --platform linux busybox echo ok2
docker run --rm --platform LINUX/AMD64 busybox echo up
docker run --rm --platform linux/x86_64 busybox echo x86
docker pull --platform bogus busybox
docker import --platform bogus busybox-docker.tar nope
docker create --name dn --domainname ex.org busybox
docker inspect -f '{{.Config.Domainname}}' dn
docker create --name ok1 --oom-kill-disable --oom-score-adj 500 busybox
docker inspect -f '{{.HostConfig.OomKillDisable}} {{.HostConfig.OomScoreAdj}}' ok1
docker run --rm --oom-score-adj 2000 busybox true
docker run --rm --oom-score-adj -1001 busybox true
docker run --rm --oom-kill-disable busybox true
docker run --rm --oom-kill-disable -m 8m busybox echo oomm
docker create --name cg --cgroup-parent mygroup --cgroupns private busybox
docker inspect -f '{{.HostConfig.CgroupParent}} {{.HostConfig.CgroupnsMode}}' cg
docker run --rm --cgroupns bogus busybox true
docker run --rm --cgroupns host busybox true
docker run --rm --runtime nosuch busybox true
docker run --rm --runtime runc busybox echo rt
docker run --rm --runtime io.containerd.runc.v2 busybox true
docker run --name a1 -a stdout busybox echo att
docker run --name a2 -a stderr busybox echo att2
docker run -a bogus busybox echo att3
docker run -d -a stdout busybox echo att4
docker run --name a3 -a stdout -a stderr busybox sh -c 'echo o; echo e >&2'
docker run --name a4 -a STDOUT busybox echo up
docker rm a1 a2 a3 a4
docker run --rm --detach-keys ctrl-x busybox echo dk
docker run --rm --detach-keys ctrl-p,q busybox echo dk3
docker run --rm --device /dev/nosuch busybox true 2>&1 | grep -v level=error
docker run --rm --device /dev/null:/dev/n2:rwz busybox true
docker run --rm --device /dev/null:/dev/a:/dev/b busybox true
docker run --rm --device /dev/null:relative busybox true
docker create --name dv --device /dev/null:/dev/n3:r busybox
docker inspect -f '{{json .HostConfig.Devices}}' dv
docker create --name ex --expose 80 --expose 90-91/udp busybox
docker inspect -f '{{json .Config.ExposedPorts}}' ex
docker run --rm --expose abc busybox true
docker run --rm --expose 80/sctp --expose 70000 busybox true
docker run --rm --expose 80-70 busybox true
docker run --rm --ip6 2001:db8::33 busybox true
docker run --rm --link-local-ip 169.254.1.1 busybox true
docker network create n6
docker run --rm --network n6 --ip6 2001:db8::33 busybox true 2>&1 | grep -v level=error
docker run --rm --network n6 --link-local-ip 169.254.1.1 busybox true
docker run --rm --network n6 --link-local-ip bogus busybox true 2>&1 | grep -v level=error
docker network rm n6
docker run --rm --storage-opt size=1G busybox true
docker run --rm --storage-opt size=1G --storage-opt foo=bar busybox true
docker run --rm --storage-opt bogus busybox true
docker run --rm --userns host busybox true
docker run --rm --userns '' busybox true
docker run --rm --userns bogus busybox true
docker run --rm --isolation default busybox true
docker run --rm --isolation hyperv busybox true
docker run --rm --isolation process busybox true
docker run --rm --gpus all busybox true 2>&1 | grep -v level=error
docker run --rm --gpus driver=nvidia busybox true 2>&1 | grep -v level=error
docker run --rm --gpus capabilities=utility busybox true 2>&1 | grep -v level=error
docker run --rm --gpus count=x busybox true
docker run --rm --gpus bogus=1 busybox true
docker create --name gp --gpus all busybox
docker inspect -f '{{json .HostConfig.DeviceRequests}}' gp
docker run --rm --blkio-weight-device /dev/sda:300 busybox true
docker create --name dcr --device-cgroup-rule 'c 1:3 rwm' --blkio-weight-device /dev/null:300 busybox
docker inspect -f '{{json .HostConfig.DeviceCgroupRules}} {{json .HostConfig.BlkioWeightDevice}}' dcr
docker run --rm --blkio-weight-device /dev/null:5 busybox true
docker run --rm --blkio-weight-device bogus busybox true
docker run --rm --device-read-bps bogus busybox true
docker run --rm --device-read-bps /dev/null:1xb busybox true
docker run --rm --device-read-iops /dev/null:x busybox true
docker run --rm --device-write-iops /dev/nosuch:10 busybox true 2>&1 | grep -v level=error
docker run --rm --device-cgroup-rule 'c 1:3 rwm' busybox true
docker run --rm --device-cgroup-rule bogus busybox true
docker run --rm --volume-driver local -v vd1:/v busybox true
docker run -d --name vsrc -v /data -v vnamed:/named busybox sleep 1000
docker run --rm --volumes-from vsrc busybox sh -c 'ls -d /data /named'
docker run --rm --volumes-from vsrc:ro busybox touch /data/x
docker run --rm --volumes-from vsrc:rw busybox touch /data/x
docker run --rm --volumes-from vsrc busybox ls /data
docker run --rm --volumes-from vsrc:bogus busybox true
docker run --rm --volumes-from vsrc:ro,z busybox true
docker run --rm --volumes-from vsrc:z busybox true
docker run --rm --volumes-from vsrc:ro,rw busybox true
docker run --rm --volumes-from vsrc:nocopy busybox true
docker run --rm --volumes-from nosuch busybox true
docker run --rm --volumes-from vsrc --volumes-from vsrc busybox true
docker run --rm --volumes-from vsrc -v /data busybox true
docker create --name vf --volumes-from vsrc busybox
docker inspect -f '{{json .HostConfig.VolumesFrom}} {{len .Mounts}}' vf
docker create --name vf2 --volumes-from vsrc:ro -v vother:/named busybox
docker inspect -f '{{range .Mounts}}{{.Type}} {{.Destination}} {{.Mode}} {{.RW}};{{end}}' vf2 | tr ';' '\n' | sort
docker volume rm vnamed
docker rm -f vsrc
docker volume rm vnamed
docker rm vf vf2
docker volume rm vnamed vother
docker run -d --name lsrc -e COLOR=blue busybox sleep 1000
docker run --rm --link lsrc:db busybox cat /etc/hosts | grep '	db '
docker run --rm --link lsrc busybox cat /etc/hosts | grep '	lsrc '
docker run --rm --name lkr --link lsrc:db busybox env | grep DB_ | sort
docker run --rm --name lkr --link lsrc busybox env | grep LSRC_ | sort
docker run --rm --link nosuch:db busybox true
docker run --rm --link lsrc:a:b busybox true
docker run --rm --link lsrc:db --network none busybox true
docker create --name lk --link lsrc:db busybox
docker inspect -f '{{json .HostConfig.Links}}' lk
docker run -d --name lport --expose 80 --expose 53/udp busybox sleep 1000
docker run --rm --name lkr --link lport:web busybox env | grep WEB_ | sort
docker run --rm --link lport:my-web --add-host h1:10.0.0.1 busybox cat /etc/hosts | tail -3 | cut -f2
docker run --rm --name lkr --link lport:my-web busybox env | grep -c MY_WEB_
docker stop -t 0 lsrc
docker start lk
docker rm -f lsrc lk lport
docker run --rm --cap-drop chown busybox chown 1 /tmp
docker run --rm busybox chown bogus /tmp
docker run --rm busybox chown 1:bogus /etc/passwd
docker run --rm busybox chown 1 /nosuch
docker run --rm --cap-drop chown busybox chown 1 /nosuch
docker run --rm busybox sh -c 'chown 7:9 /etc/passwd && ls -ln /etc/passwd' | cut -c1-30
docker run --rm busybox chown nobody:nogroup /etc/passwd
docker run --rm -u nobody busybox chown nobody /etc/passwd
docker run --rm --sysctl net.core.somaxconn=100 busybox cat /proc/sys/net/core/somaxconn
docker run --rm --sysctl net.ipv4.ip_forward=1 busybox cat /proc/sys/net/ipv4/ip_forward
docker run --rm --sysctl kernel.msgmax=65536 busybox cat /proc/sys/kernel/msgmax
docker run --rm --shm-size 1m busybox df -k /dev/shm
docker run --rm busybox df /dev/shm
docker run --rm --shm-size 2g busybox df -h /dev/shm
docker run --rm busybox df /nosuch
docker run --rm --tmpfs /t:size=3m busybox df /t
docker run --rm --mount type=tmpfs,dst=/t2,tmpfs-size=2m busybox df -k /t2
docker run --rm busybox df /nosuch /dev/shm
docker rm -f pv pn pr2 dn ok1 cg dv ex gp dcr
docker volume rm vd1
docker run --rm --gpus '' busybox true
docker run --rm --gpus 'options=' busybox true
docker run --rm --gpus '"all' busybox true
docker run --rm --gpus 'a"b' busybox true
