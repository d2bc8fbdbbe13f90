# busybox sh names itself in its messages by the argv[0] it was started with (ash's arg0): `sh -c`
# says `sh:`, `/bin/sh -c` (docker build's RUN, a Dockerfile's shell form) says `/bin/sh:`, the
# NAME after `-c STRING NAME` and a script's path take its place and add `line N:` (lines from 0
# in a -c string, from 1 in a file); builtins add `NAME: line N:`, and the applets ash runs as
# builtins (kill, printf, ulimit) keep busybox's `sh:`. Written against the real dockerd
# 20.10.24 first: 14 of its first 19 lines differed; 0 of 23 now.
docker load -i busybox-docker.tar
docker run --rm busybox sh -c nosuchcmd
docker run --rm busybox /bin/sh -c nosuchcmd
docker run --rm busybox sh -c nosuchcmd foo
docker run --rm busybox sh -c 'echo a; nosuch; shift x' name0
docker run --rm busybox sh -c 'echo $0; nosuch' /named/script
docker run --rm busybox /bin/sh -c 'cd /nope; exit x'
docker run --rm busybox sh -c 'printf "nosuch\necho hi\nshift x\n" > /s.sh; sh /s.sh; /bin/sh /s.sh; cd /; sh s.sh'
docker run --rm busybox sh -c 'printf "nosuch\n(\n" > /s.sh; chmod +x /s.sh; /bin/sh /s.sh; sh -c "cd /x"; /bin/sh -c "cd /x"'
docker run --rm busybox /bin/sh -c 'kill -BOGUS 1; kill -s NOPE 1; readonly R=1; R=2'
docker run --rm busybox /bin/sh -c 'echo $((1/0))'
docker run --rm busybox /bin/sh -c 'set -Q'
docker run --rm busybox /bin/sh -c '. /nope'
docker run --rm busybox /bin/sh -c 'echo ${x?unset}'
docker run --rm busybox /bin/sh -c 'ulimit -n abc'
docker run --rm busybox /bin/sh -c 'printf'
docker run --rm busybox /bin/sh -c 'echo hi >&5'
docker run --rm busybox /bin/sh -c 'if then'
docker run --rm busybox /bin/sh /nope.sh
docker run --rm busybox /bin/sh -c
docker run --rm busybox sh -c 'f() { return x; }; f'
docker run --rm busybox sh -c 'echo nosuch | sh; echo nosuch | /bin/sh'
docker run --rm --entrypoint /bin/sh busybox -c 'echo $0; nosuchcmd'
