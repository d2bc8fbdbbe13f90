# Hand-written learner set A (session 9): images, containers, tasks, run flags, as a newcomer explores them after the notes.
# Left out: an attached `ctr t start web` of busybox's sh (it waits on the oracle's stdin until killed at 30 s), and
# the header alone of `t ps` (its PID column is as wide as the machine's pids).
ctr version | head -3
ctr -v
ctr image ls
ctr images import busybox-oci.tar
ctr images ls -q
ctr i ls --quiet
ctr i ls name==docker.io/library/busybox:latest
ctr i ls 'name~=busy'
ctr i ls name~=nginx
ctr i import --all-platforms nginx-docker.tar
ctr i ls -q
ctr i check
ctr i check name~=nginx
ctr i tag docker.io/library/busybox:latest busybox:mine
ctr i tag docker.io/library/busybox:latest docker.io/library/busybox:mine
ctr i tag docker.io/library/busybox:latest docker.io/library/busybox:mine
ctr i tag --force docker.io/library/busybox:latest docker.io/library/busybox:mine
ctr i tag docker.io/library/busybox:nope docker.io/library/busybox:x
ctr i rm busybox:mine
ctr i rm docker.io/library/busybox:mine docker.io/library/busybox:mine
ctr i label docker.io/library/busybox:latest owner=me
ctr i label docker.io/library/busybox:latest owner=
ctr i label docker.io/library/busybox:latest a=1 b=2
ctr i ls 'labels.a==1'
ctr i ls -q 'labels.b'
ctr i label docker.io/library/busybox:latest
ctr i usage docker.io/library/busybox:latest
ctr i usage --snapshotter native docker.io/library/busybox:latest
ctr i unpack docker.io/library/busybox:latest
ctr i unpack --snapshotter native docker.io/library/busybox:latest
ctr i unpack --snapshotter bogus docker.io/library/busybox:latest
ctr i export out.tar docker.io/library/busybox:latest
tar tf out.tar | sort
ctr i export out2.tar
ctr i export - docker.io/library/busybox:latest | wc -c | tr -d ' ' | grep -c .
ctr i export --platform linux/arm64/v8 arm.tar docker.io/library/busybox:latest
ctr c create docker.io/library/busybox:latest
ctr c create docker.io/library/busybox:latest web
ctr c create docker.io/library/busybox:latest web
ctr c create busybox web2
ctr c create -t docker.io/library/busybox:latest web3 sh
ctr c create --env A=1 --env B docker.io/library/busybox:latest web4 env
ctr c ls
ctr containers list -q
ctr c info web | grep -c '"ID"'
ctr c info web4 | grep -A4 '"env"'
ctr c info nope
ctr c label web tier=front
ctr c label web
ctr c ls -q labels.tier==front
ctr c rm web4 web4
ctr t ls
ctr t start -d web
ctr t ls
ctr t start -d web
ctr t ps web | awk 'NR==1{print $1, $2}'
ctr t pause web
ctr t pause web
ctr t ls
ctr t exec --exec-id x1 web echo hi
ctr t resume web
ctr t resume web
ctr t exec web echo hi
ctr t exec --exec-id x1 web echo hi
ctr t exec --exec-id x1 web nosuchcmd
ctr t exec --exec-id x2 --cwd /etc web pwd
ctr t exec --exec-id x3 --env FOO=bar web sh -c 'echo $FOO'
ctr t kill web
ctr t ls
ctr t rm web
ctr t delete web
ctr t kill -s SIGUSR1 web
ctr t kill -s 99 web
ctr t start -d web3
ctr t kill --all web3
ctr t ls
ctr t rm -f web3
ctr run docker.io/library/busybox:latest r1 echo hello
ctr run docker.io/library/busybox:latest r1 echo again
ctr run --rm docker.io/library/busybox:latest r2 sh -c 'exit 3'
ctr c ls -q
ctr run -d --rm docker.io/library/busybox:latest r3 sleep 100
ctr run -d docker.io/library/busybox:latest r4 sleep 100
ctr run --env X=y docker.io/library/busybox:latest r5 sh -c 'echo $X'
ctr run --cwd /tmp docker.io/library/busybox:latest r6 pwd
ctr run --read-only docker.io/library/busybox:latest r7 touch /x
ctr run --label a=b --label c= docker.io/library/busybox:latest r8 true
ctr c ls 'labels.c'
ctr run --cpu-shares 0 docker.io/library/busybox:latest r9 true
ctr run --cpu-shares -3 docker.io/library/busybox:latest r10 true
ctr c info r10 | grep -c shares
ctr run --memory-limit 0 docker.io/library/busybox:latest r11 true
ctr run --net-host docker.io/library/busybox:latest r12 hostname -s | wc -l
ctr run --apparmor-profile foo docker.io/library/busybox:latest r13 true
ctr c ls -q
ctr run --apparmor-default-profile foo docker.io/library/busybox:latest r14 true
ctr run --apparmor-default-profile a --apparmor-profile b docker.io/library/busybox:latest r15 true
ctr c create --apparmor-profile prof docker.io/library/busybox:latest r16
ctr c info r16 | grep apparmor
ctr t start r16
ctr c ls bogus==
ctr c ls 'id~=('
ctr t kill -s KILL r4
ctr c rm r4
ctr i rm docker.io/library/nginx:alpine
ctr i ls -q
