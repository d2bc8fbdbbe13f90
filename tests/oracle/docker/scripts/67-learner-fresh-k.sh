# A learner's fresh set, round K (issue 11): the object lifecycle a Docker user checks by hand —
# docker cp onto a dir/file mismatch, symlinks, a file over a directory, an archive to stdout and
# a copy into a running container's volume; commit -c with each instruction form (JSON and shell,
# an = ENV, repeated), then history --no-trunc/-q/--format and inspect of the result; save -o and
# load -i round trips with several tags, a missing file, a directory, -q; inspect of every kind
# with -f and --type (a name both a container and a volume), and the errors of wrong states
# (start a running one, pause a stopped one, unpause a running one, kill a created one, wait on a
# missing one, rename to a taken name) and odd values (empty names, zero and negative times,
# huge numbers, unicode, repeated flags). Written against the real dockerd 20.10.24 first; local
# files are relative to the run's own directory.
# needs: bridge
docker load -i busybox-docker.tar
docker run -d --name k1 busybox sleep 1000
docker exec k1 sh -c 'mkdir -p /w/d && echo one > /w/f && ln -s /w/f /w/link && ln -s /nowhere /w/dangling'
docker cp k1:/w/link k-link
cat k-link
docker cp -L k1:/w/link k-link-follow
cat k-link-follow
docker cp k1:/w/dangling k-dang
docker cp -L k1:/w/dangling k-dang2
docker cp k1:/w/f k1-self-dir/
mkdir k-dir && docker cp k1:/w/f k-dir
cat k-dir/f
docker cp k1:/w/d k-dir/f
docker cp k1:/w/f k-dir/f/
docker cp k1:/w k-dir
ls k-dir/w | sort
docker cp k1:/w/. k-dir2
ls k-dir2 | sort
echo host > k-h.txt
docker cp k-h.txt k1:/w/d
docker exec k1 cat /w/d/k-h.txt
docker cp k-h.txt k1:/w/f/
docker cp k-dir k1:/w/f
docker cp k-h.txt k1:/w/new-name
docker exec k1 cat /w/new-name
docker cp k-h.txt k1:w/rel-name
docker exec k1 ls /w/rel-name
docker cp k-h.txt k1:/proc/k
docker cp k1:/w/f - | tar -tv | awk '{print $NF}'
docker cp k1:/w - | tar -t | sort
docker cp k1: k-x
docker cp k1:/w/f k1:/w/g
docker cp k-h.txt k-other.txt
docker cp '' k1:/tmp
docker cp k-h.txt ''
docker cp
docker cp k-h.txt
docker cp -a k-h.txt k1:/tmp/archived
docker exec k1 ls -ln /tmp/archived | awk '{print $3":"$4}'
docker exec k1 sh -c 'echo body > /w/for-commit'
docker commit -c 'ENV K=1 L=2' -c 'ENV M 3' -c 'CMD cat /w/for-commit' k1 k-img:1
docker run --rm k-img:1
docker run --rm k-img:1 sh -c 'echo $K$L$M'
docker image inspect -f '{{json .Config.Env}} {{json .Config.Cmd}}' k-img:1
docker commit -c 'EXPOSE 80 443/tcp 53/udp' -c 'USER 1000:1000' -c 'LABEL "quoted key"="v v"' k1 k-img:2
docker image inspect -f '{{json .Config.ExposedPorts}} {{.Config.User}} {{json .Config.Labels}}' k-img:2
docker commit -c 'ENTRYPOINT echo' -c 'CMD ["hi"]' k1 k-img:3
docker run --rm k-img:3
docker image inspect -f '{{json .Config.Entrypoint}} {{json .Config.Cmd}}' k-img:3
docker commit -c 'VOLUME ["/a","/b"]' -c 'WORKDIR rel' k1 k-img:4
docker image inspect -f '{{json .Config.Volumes}} {{.Config.WorkingDir}}' k-img:4
docker commit -c 'ENV' k1 k-img:5
docker commit -c 'ADD x y' k1 k-img:5
docker commit -c 'FROM busybox' k1 k-img:5
docker commit -c '' k1 k-img:6
docker image inspect -f '{{json .Config.Cmd}}' k-img:6
docker commit -c 'env lower=case' k1 k-img:7
docker image inspect -f '{{json .Config.Env}}' k-img:7
docker commit -m '' -a '' k1 k-img:8
docker image inspect -f '{{.Comment}}|{{.Author}}|{{.Container | len}}' k-img:8
docker commit -m 'naïve ✓' -a 'Zoë' k1 k-img:9
docker image inspect -f '{{.Comment}}|{{.Author}}' k-img:9
docker commit k1 k-img:9
docker commit k1 K-Img
docker commit k1 'k-img:bad tag'
docker commit k1 k-img:
docker commit k1 :tag
docker commit k1 k-img@sha256:0000000000000000000000000000000000000000000000000000000000000000
docker history --no-trunc --format '{{.CreatedBy}}' k-img:9 | head -2
docker history --no-trunc -q k-img:9 | head -1 | cut -c1-7
docker history -q k-img:9 | head -1 | wc -c
docker history --format '{{.Comment}}' k-img:9 | head -1
docker history --format '{{json .}}' k-img:9 | head -1 | sed 's/"CreatedAt":"[^"]*"/"CreatedAt":"T"/; s/"CreatedSince":"[^"]*"/"CreatedSince":"S"/; s/"ID":"[^"]*"/"ID":"I"/; s/"Size":"[^"]*"/"Size":"Z"/'
docker history -H=false --format '{{.Size}}' busybox | head -1
docker history --human=false busybox --format '{{.CreatedAt}}' | head -1 | grep -c T
docker history nosuch-img
docker history busybox nosuch-img
docker history --format '{{.Nope}}' busybox
docker save -o k-one.tar k-img:1
tar -tf k-one.tar | grep -c manifest.json
docker save -o k-two.tar k-img:1 k-img:2 busybox
tar -xOf k-two.tar manifest.json | tr ',' '\n' | grep -c RepoTags
docker save -o k-missing.tar nosuch-img
ls k-missing.tar
docker save -o k-dir k-img:1 2>&1 | sed 's/_temp_[0-9]*/_temp_N/'
docker save -o nosuch-parent/k.tar k-img:1
docker save k-img:1 | tar -t | grep -c manifest.json
docker save
docker save --output= k-img:1 | tar -t | grep -c json
docker rmi k-img:1 k-img:2
# save writes a tar of several images in Go map order (moby image/tarexport/save.go ranges
# over a map), so load names them in an order that changes from run to run.
docker load -i k-two.tar | sort
docker load -q -i k-one.tar
docker load --input k-one.tar --quiet
docker load -i nosuch.tar
docker load -i k-dir 2>&1 | sed 's/^.*": //'
docker load -i k-h.txt
docker load < k-one.tar
docker load -i=k-one.tar
docker image inspect -f '{{.RepoTags}}' k-img:1
docker run -d --name k2 -v k2:/data busybox sleep 1000
docker inspect -f '{{.Name}}' k2
docker inspect --type volume -f '{{.Name}}' k2
docker volume ls -q -f name=k2
docker inspect --type container -f '{{.Name}}' k2
docker inspect --type network -f '{{.Name}}' k2
docker inspect --type image -f '{{.Id}}' k2
docker inspect --type network -f '{{.Name}} {{.Driver}}' bridge
docker inspect -f '{{.Name}}' bridge
docker inspect -f '{{.Name}}' nosuch-at-all
docker inspect --type bogus k2
docker inspect -s -f '{{.SizeRw}}' k2
docker inspect -f '{{.SizeRw}} {{.SizeRootFs}}' k2
docker inspect -f '{{.State.Status}} {{.State.Running}} {{.State.Paused}} {{.State.ExitCode}} {{.RestartCount}}' k2
docker inspect -f '{{range .Mounts}}{{.Type}} {{.Name}} {{.Destination}} {{.RW}} {{.Driver}}{{end}}' k2
docker inspect -f '{{.Config.Image}} {{.Image | len}} {{.Driver}} {{.Platform}}' k2
docker inspect -f '{{.HostConfig.NetworkMode}} {{.HostConfig.RestartPolicy.Name}} {{.HostConfig.LogConfig.Type}}' k2
docker inspect -f '{{json .Config.Labels}} {{json .Config.Volumes}} {{.Config.Tty}} {{.Config.OpenStdin}}' k2
docker inspect -f '{{.Nope}}' k2
docker inspect -f '{{.State.Nope}}' k2
docker inspect -f '{{index .Config.Labels "x"}}' k2
docker inspect -f '{{index .Config.Cmd 5}}' k2
docker inspect -f '{{index .Config.Cmd 1}}' k2
docker inspect -f '{{join .Config.Cmd " "}}' k2
docker inspect -f '{{len .Config.Cmd}} {{slice .Config.Cmd 1}}' k2
docker inspect -f '{{if .State.Running}}up{{else}}down{{end}}' k2
docker inspect -f '{{with .State}}{{.Status}}{{end}}' k2
docker inspect -f '{{eq .State.Status "running"}} {{ne 1 2}} {{lt 1 2}} {{and true false}} {{or 0 "x"}} {{not true}}' k2
docker inspect -f '{{printf "%q" .Name}} {{print 1 2}} {{html "<a>"}} {{js "x'\''y"}} {{urlquery "a b"}}' k2
docker inspect -f '{{$x := .State.Status}}{{$x}}' k2
docker inspect -f '{{- .State.Status -}} !' k2
docker inspect -f '{{/* comment */}}ok' k2
docker inspect -f '{{.State.Status' k2
docker inspect -f '' k2 | head -c 2
docker inspect -f '{{json .State.Health}}' k2
docker inspect -f '{{.State.StartedAt | len | printf "%d" | len}} {{.State.FinishedAt}}' k2
docker start k2
docker start nosuch-ctr k2
docker unpause k2
docker pause k2
docker pause k2
docker stop k2
docker unpause k2
docker rm k2
docker kill k2
docker kill --signal=SIGUSR1 k2
docker kill --signal=NOSIG k2
docker kill -s 0 k2
docker kill -s 99 k2
docker kill -s KILL k2
docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' k2
docker create --name k3 busybox true
docker kill k3
docker pause k3
docker stop k3
docker restart -t 0 k3
docker wait k3
docker wait nosuch-ctr
docker wait k3 nosuch-ctr
docker stop -t 1 k1
docker start k1
docker stop -t 0 k1 k1
docker stop -t 99999999999 k1
docker stop --time=abc k1
docker restart -t 0 nosuch-ctr
docker rename k3 k1
docker rename k3 k3
docker rename k3 ''
docker rename k3 'bad name'
docker rename k3 k-über
docker rename nosuch-ctr k4
docker rename k3 k4
docker ps -a --format '{{.Names}}' -f name=k | sort
docker rm k4 k1 nosuch-ctr
docker rm -f k2 k1
docker rm -v k-vol-not-ctr
docker volume rm k2
docker create --name '' busybox
docker create --name 'Ω' busybox
docker create --name a busybox
docker create --name a_b.c-d busybox
docker create --name /slash busybox
docker create --name x/y busybox
docker create --name k5 --name k6 busybox
docker ps -a --format '{{.Names}}' -f name=k5 -f name=k6
docker create --stop-timeout -5 --name k7 busybox
docker inspect -f '{{.Config.StopTimeout}}' k7
docker create -m 0 --name k8 busybox
docker inspect -f '{{.HostConfig.Memory}}' k8
docker create -m -1 busybox
docker create -m 99999999999999999999 busybox
docker create --cpus 0 --name k9 busybox
docker create --cpus -1 busybox
docker create --cpus 100000 busybox
docker create -e 'Ü=ü' -e A==B -e '=x' busybox
docker create -e A=1 -e B=1 -e A=2 --name k10 busybox
docker inspect -f '{{json .Config.Env}}' k10
docker create -l 'ü=✓' -l '' --name k11 busybox
docker inspect -f '{{json .Config.Labels}}' k11
docker rm a_b.c-d slash k6 k7 k8 k9 k10 k11
docker rmi k-img:1 k-img:2 k-img:3 k-img:4 k-img:6 k-img:7 k-img:8 k-img:9
