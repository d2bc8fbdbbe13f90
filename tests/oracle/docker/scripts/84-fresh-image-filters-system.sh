# A fresh learner's set, round 84 (issue 11, H59): `docker image …` and `docker system …` as a
# Docker user cleans up — image ls with reference=, before=, since=, label= and dangling=
# filters, image prune -a with filters, image inspect and history forms, image import with -c
# and -m from an export, system df -v, system prune -f (with --volumes and --filter) and what
# it leaves. Written against the real dockerd 20.10.24 before any fix.
docker load -i busybox-docker.tar
docker tag busybox lab84/one:1
docker tag busybox lab84/one:2
docker tag busybox lab84/two:latest
docker image ls --format '{{.Repository}}:{{.Tag}}' --filter reference='lab84/*'
docker image ls --format '{{.Repository}}:{{.Tag}}' --filter reference='lab84/one'
docker image ls --format '{{.Repository}}:{{.Tag}}' --filter reference='*:2'
docker image ls --format '{{.Repository}}:{{.Tag}}' --filter reference=busybox --filter reference='lab84/two'
docker image ls --format '{{.Repository}}:{{.Tag}}' lab84/one
docker image ls --format '{{.Repository}}:{{.Tag}}' 'lab84/one:1'
docker image ls -q lab84/nosuch | wc -l
docker image ls --filter before=busybox -q | wc -l
docker image ls --filter since=busybox -q | wc -l
docker image ls --filter before=nosuch84
docker image ls --filter since=nosuch84:1
docker image ls --filter label=x=y -q | wc -l
docker image ls --filter dangling=maybe
docker image ls --filter nosuch=1
docker image ls --no-trunc --format '{{.ID}}' busybox | cut -c1-7
docker image ls --digests --format '{{.Repository}} {{.Digest}}' busybox
docker image inspect -f '{{.RepoTags}}' lab84/one:1
docker image inspect -f '{{len .RootFS.Layers}} {{.Os}} {{.Architecture}}' busybox
docker image inspect --format '{{json .Config.Cmd}}' busybox nosuch84; echo "exit $?"
docker image history --format '{{.CreatedBy}}' --no-trunc busybox | head -3
docker image history -H=false --format '{{.Size}}' busybox | head -1 | grep -c '^[0-9]*$'
docker create --name x84 busybox > /dev/null
docker container export x84 > x84.tar && tar -tf x84.tar | grep -c '^bin/'
docker image import -c 'CMD ["/bin/sh","-c","echo imported"]' -c 'ENV A=1' -m 'from x84' x84.tar lab84/imported:v1
docker image inspect -f '{{json .Config.Cmd}} {{json .Config.Env}} {{.Comment}} {{len .RootFS.Layers}}' lab84/imported:v1
docker image history --format '{{.CreatedBy}}|{{.Comment}}' lab84/imported:v1
docker run --rm lab84/imported:v1
cat x84.tar | docker import - lab84/imported:v2 | cut -c1-7 | wc -c
docker image import -c 'BOGUS x' x84.tar
docker image import -c 'RUN true' x84.tar
docker image import nosuch84.tar
docker image rm lab84/imported:v2 | head -1
docker image ls --format '{{.Repository}}' --filter dangling=true | wc -l
printf 'FROM busybox\nLABEL stage=84\nRUN echo x > /x\n' | docker build -q -t lab84/built - > /dev/null
docker image ls --filter label=stage=84 --format '{{.Repository}}:{{.Tag}}'
docker image ls --filter label=stage --format '{{.Repository}}'
printf 'FROM busybox\nLABEL stage=84\nRUN echo y > /x\n' | docker build -q -t lab84/built - > /dev/null
docker image ls --filter dangling=true --format '{{.Repository}}:{{.Tag}}'
docker image prune -f --filter label=stage=nope
docker image prune -f --filter label=stage=84 | tail -1 | sed 's/[0-9.]*[kKMG]*B$/SIZE/'
docker image prune -a -f --filter label=stage=84 | grep -c '^untagged: lab84/built'
docker image prune -a -f --filter until=1h | wc -l
docker image prune -a -f --filter bogus=1
docker image rm lab84/one:2 lab84/two
docker image rm lab84/one:2
docker system df --format '{{.Type}} {{.TotalCount}} {{.Active}}'
docker system df -v --format '{{json .}}' | head -c 1 ; echo
docker system df -v | grep -E '^(Images|Containers|Local Volumes|Build cache) space usage'
docker volume create v84 > /dev/null
docker system prune -f --filter label=none84 | tail -1
docker system prune -f | grep -c x84
docker volume ls -q --filter name=v84
docker system prune -f --volumes | grep -E '^(Deleted Volumes:|v84)'
docker volume ls -q --filter name=v84 | wc -l
docker system prune -f --filter bogus=1
docker system prune --all --force | grep -c 'untagged: lab84'
docker image ls --format '{{.Repository}}:{{.Tag}}' | sort
