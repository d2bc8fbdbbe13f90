# docker build: the classic builder (20.10's default) and BuildKit (DOCKER_BUILDKIT=1: dockerd's
# builtin buildkit 0.8). BuildKit's plain lines race on a real daemon (the two `[internal] load`
# vertices print in either order, a vertex is numbered when it first shows, a status may print
# while open, step times vary), so its lines compare what does not race: the exit code, the
# vertices' names, how many were CACHED, the finished transfers and exporter statuses, and the
# lines that are not progress (the error).
docker load -i busybox-docker.tar
mkdir -p ctx && printf 'FROM busybox\nRUN echo built > /built\nCMD ["cat", "/built"]\n' > ctx/Dockerfile
docker build -q -t built:1 ctx > /dev/null; echo $?
docker run --rm built:1
docker build -t bad:1 nosuchdir
printf 'FROM busybox\nRUN exit 7\n' > ctx/Dockerfile
docker build -t bad:1 ctx
docker images --format '{{.Repository}}:{{.Tag}}'
mkdir -p bk && printf 'FROM busybox\nRUN echo built > /built\nCMD ["cat", "/built"]\n' > bk/Dockerfile && echo hello > bk/a.txt
DOCKER_BUILDKIT=1 docker build -t x bk > out 2>&1; echo $?; grep -E '^#[0-9]+ \[' out | sed -E 's/^#[0-9]+ //' | LC_ALL=C sort -u; grep -cE '^#[0-9]+ CACHED$' out; grep -oE '(transferring [a-z]+: [0-9]+B|naming to [^ ]+|writing image sha256:[0-9a-f]{64})( [0-9.]+s)? done' out | sed -E 's/ [0-9.]+s done$/ done/' | LC_ALL=C sort -u; grep -vE '^#|^$' out
DOCKER_BUILDKIT=1 docker build --progress=plain -t x:2 bk > out 2>&1; echo $?; grep -E '^#[0-9]+ \[' out | sed -E 's/^#[0-9]+ //' | LC_ALL=C sort -u; grep -cE '^#[0-9]+ CACHED$' out; grep -oE '(transferring [a-z]+: [0-9]+B|naming to [^ ]+|writing image sha256:[0-9a-f]{64})( [0-9.]+s)? done' out | sed -E 's/ [0-9.]+s done$/ done/' | LC_ALL=C sort -u; grep -vE '^#|^$' out
DOCKER_BUILDKIT=1 docker build -q -t y bk
DOCKER_BUILDKIT=1 docker build --no-cache -t x bk > out 2>&1; echo $?; grep -E '^#[0-9]+ \[' out | sed -E 's/^#[0-9]+ //' | LC_ALL=C sort -u; grep -cE '^#[0-9]+ CACHED$' out; grep -oE '(transferring [a-z]+: [0-9]+B|naming to [^ ]+|writing image sha256:[0-9a-f]{64})( [0-9.]+s)? done' out | sed -E 's/ [0-9.]+s done$/ done/' | LC_ALL=C sort -u; grep -vE '^#|^$' out
docker run --rm x
docker images --format '{{.Repository}}:{{.Tag}}' | LC_ALL=C sort
docker history --format '{{.CreatedBy}}|{{.Comment}}' x
DOCKER_BUILDKIT=1 docker build -t bad bk/nosuchdir
mkdir -p empty && DOCKER_BUILDKIT=1 docker build -t bad empty 2>&1 | tail -1 | sed -E 's/buildkit-mount[0-9]+/buildkit-mountN/'
printf 'FROM busybox\nRUN echo hi\nFORM busybox\n' > bk/Bad.Dockerfile
DOCKER_BUILDKIT=1 docker build -f bk/Bad.Dockerfile -t bad bk > out 2>&1; echo $?; grep -E '^#[0-9]+ \[' out | sed -E 's/^#[0-9]+ //' | LC_ALL=C sort -u; grep -cE '^#[0-9]+ CACHED$' out; grep -oE '(transferring [a-z]+: [0-9]+B|naming to [^ ]+|writing image sha256:[0-9a-f]{64})( [0-9.]+s)? done' out | sed -E 's/ [0-9.]+s done$/ done/' | LC_ALL=C sort -u; grep -vE '^#|^$' out
printf 'FROM busybox\nRUN echo start && exit 7\n' > bk/Fail
DOCKER_BUILDKIT=1 docker build -f bk/Fail -t bad bk > out 2>&1; echo $?; grep -E '^#[0-9]+ \[' out | sed -E 's/^#[0-9]+ //' | LC_ALL=C sort -u; grep -cE '^#[0-9]+ CACHED$' out; grep -oE '(transferring [a-z]+: [0-9]+B|naming to [^ ]+|writing image sha256:[0-9a-f]{64})( [0-9.]+s)? done' out | sed -E 's/ [0-9.]+s done$/ done/' | LC_ALL=C sort -u; grep -vE '^#|^$' out
printf 'FROM busybox AS base\nARG V=1\nRUN echo $V > /v\nFROM base\nCOPY a.txt /a.txt\n' > bk/Multi
DOCKER_BUILDKIT=1 docker build -f bk/Multi --build-arg V=2 --target base -t m bk > out 2>&1; echo $?; grep -E '^#[0-9]+ \[' out | sed -E 's/^#[0-9]+ //' | LC_ALL=C sort -u; grep -cE '^#[0-9]+ CACHED$' out; grep -oE '(transferring [a-z]+: [0-9]+B|naming to [^ ]+|writing image sha256:[0-9a-f]{64})( [0-9.]+s)? done' out | sed -E 's/ [0-9.]+s done$/ done/' | LC_ALL=C sort -u; grep -vE '^#|^$' out
DOCKER_BUILDKIT=1 docker build -f bk/Multi --build-arg V=2 -t n bk > out 2>&1; echo $?; grep -E '^#[0-9]+ \[' out | sed -E 's/^#[0-9]+ //' | LC_ALL=C sort -u; grep -cE '^#[0-9]+ CACHED$' out; grep -oE '(transferring [a-z]+: [0-9]+B|naming to [^ ]+|writing image sha256:[0-9a-f]{64})( [0-9.]+s)? done' out | sed -E 's/ [0-9.]+s done$/ done/' | LC_ALL=C sort -u; grep -vE '^#|^$' out
DOCKER_BUILDKIT=1 docker build -f bk/Multi --target nope -t m bk > out 2>&1; echo $?; grep -E '^#[0-9]+ \[' out | sed -E 's/^#[0-9]+ //' | LC_ALL=C sort -u; grep -cE '^#[0-9]+ CACHED$' out; grep -oE '(transferring [a-z]+: [0-9]+B|naming to [^ ]+|writing image sha256:[0-9a-f]{64})( [0-9.]+s)? done' out | sed -E 's/ [0-9.]+s done$/ done/' | LC_ALL=C sort -u; grep -vE '^#|^$' out
docker run --rm n cat /v /a.txt
printf 'FROM scratch\nCOPY a.txt /\n' > bk/Scratch
DOCKER_BUILDKIT=1 docker build -f bk/Scratch -t s bk > out 2>&1; echo $?; grep -E '^#[0-9]+ \[' out | sed -E 's/^#[0-9]+ //' | LC_ALL=C sort -u; grep -cE '^#[0-9]+ CACHED$' out; grep -oE '(transferring [a-z]+: [0-9]+B|naming to [^ ]+|writing image sha256:[0-9a-f]{64})( [0-9.]+s)? done' out | sed -E 's/ [0-9.]+s done$/ done/' | LC_ALL=C sort -u; grep -vE '^#|^$' out
DOCKER_BUILDKIT=1 docker build --progress=tty -t x bk > out 2>&1; echo $?; grep -E '^#[0-9]+ \[' out | sed -E 's/^#[0-9]+ //' | LC_ALL=C sort -u; grep -cE '^#[0-9]+ CACHED$' out; grep -oE '(transferring [a-z]+: [0-9]+B|naming to [^ ]+|writing image sha256:[0-9a-f]{64})( [0-9.]+s)? done' out | sed -E 's/ [0-9.]+s done$/ done/' | LC_ALL=C sort -u; grep -vE '^#|^$' out
DOCKER_BUILDKIT=1 docker build --progress=bogus -t x bk
docker images --format '{{.Repository}}:{{.Tag}} {{.Size}}' | LC_ALL=C sort
