# A fresh learner's set, round N (issue 11, H51): docker history with --no-trunc, -q, -H=false
# and --format; docker save of one and several images to a file and through a pipe into docker
# load, a save of a missing image, a load of something else; docker export of a container and
# docker import of it back (with -c and -m), with a tag and without, from `-`.
# Written against the real dockerd 20.10.24 before any fix: 39 of 39 lines agreed.
# Local files are relative to the run's own directory.
docker load -i busybox-docker.tar
docker history busybox
docker history -q busybox
docker history --no-trunc --format '{{.ID}} {{.CreatedBy}}' busybox
docker history -H=false --format '{{.Size}} {{.CreatedSince}}' busybox | awk '{print $1}'
docker history --format '{{json .}}' busybox | head -c 40; echo
docker history --format 'table {{.ID}}\t{{.Size}}' busybox
docker history nosuch77
docker history
docker tag busybox lab77:a
docker save -o both.tar busybox lab77:a && tar -tf both.tar | sort
tar -xOf both.tar manifest.json | tr ',' '\n' | grep -c RepoTags
docker save lab77:a | tar -tf - | grep -c layer.tar
docker save nosuch77 > x.tar; echo "exit $?"
docker save -o /no/dir/x.tar busybox; echo "exit $?"
docker rmi lab77:a
docker save busybox | docker load
docker save -o one.tar busybox && docker rmi busybox && docker load < one.tar
docker load -i nosuch.tar
echo 'not a tar' > junk.tar && docker load -i junk.tar
docker load -q -i one.tar
docker run --name ex77 busybox sh -c 'echo made > /made.txt; rm /bin/ls'
docker export ex77 | tar -tf - | grep -E '^(made.txt|bin/ls|etc/hostname|\.dockerenv)$' | sort
docker export -o ex77.tar ex77 && tar -tf ex77.tar | grep -c '^'
docker import ex77.tar lab77:flat
docker images --format '{{.Repository}}:{{.Tag}}' lab77
docker history --format '{{.CreatedBy}}|{{.Comment}}' lab77:flat
docker run --rm lab77:flat cat /made.txt
docker run --rm lab77:flat ls /; echo "exit $?"
docker import -c 'CMD ["cat","/made.txt"]' -m 'from export' ex77.tar lab77:cmd
docker run --rm lab77:cmd
docker history --format '{{.Comment}}' lab77:cmd
cat ex77.tar | docker import - lab77:pipe
docker inspect --format '{{json .Config.Cmd}} {{.Architecture}} {{.Os}}' lab77:pipe
docker import -c 'FROM busybox' ex77.tar
docker import nosuch.tar; echo "exit $?"
docker export nosuch77; echo "exit $?"
docker rm ex77
docker rmi lab77:flat lab77:cmd lab77:pipe
