# A fresh learner's set, round 85 (issue 11, H59): the classic builder on a context directory
# with -f from elsewhere, a .dockerignore, --build-arg and --no-cache, an unknown instruction,
# a RUN that fails, an empty context; docker cp's odd paths (to and from `-`, a trailing /.,
# a missing parent directory, a file onto a directory); exec's -u/-w/-e/-d on a running, a
# paused and a stopped container; attach to an exited one. Written against the real dockerd
# 20.10.24 before any fix.
docker load -i busybox-docker.tar
mkdir -p ctx85/keep ctx85/skip && echo k > ctx85/keep/k && echo s > ctx85/skip/s && echo t > ctx85/top.txt && printf 'skip\n*.log\n' > ctx85/.dockerignore && echo l > ctx85/x.log
printf 'FROM busybox\nARG V=none\nCOPY . /ctx\nRUN echo "v=$V" > /ctx/v\nCMD find /ctx -type f\n' > df85
docker build -q -f df85 -t b85 ctx85 > /dev/null && docker run --rm b85 | sort
docker build -q -f df85 --build-arg V=2 -t b85:v2 ctx85 > /dev/null && docker run --rm b85:v2 cat /ctx/v
docker build -f df85 --build-arg NOPE=1 -t b85:v3 ctx85 | grep -i -E 'warn|NOPE'
docker build --no-cache -f df85 -t b85:v4 ctx85 | grep -c 'Using cache'
docker build -f df85 -t b85:v5 ctx85 | grep -c 'Using cache'
printf 'FROM busybox\nFOO bar\n' > ctx85/Bad && docker build -f ctx85/Bad ctx85; echo "exit $?"
printf 'FROM busybox\nRUN echo before && exit 4\n' > ctx85/Fail && docker build -f ctx85/Fail ctx85 2>&1 | grep -E 'returned a non-zero|^before'; echo "exit $?"
docker build -f nosuch85 ctx85; echo "exit $?"
docker build ctx85; echo "exit $?"
docker build nosuch85dir; echo "exit $?"
printf 'FROM nosuch85img\n' | docker build -q - ; echo "exit $?"
printf '' | docker build -q - ; echo "exit $?"
docker run -d --name cp85 busybox sleep 1000 > /dev/null
echo hi | docker cp - cp85:/tmp; echo "exit $?"
tar -cf in85.tar -C ctx85 top.txt && docker cp - cp85:/tmp < in85.tar && docker exec cp85 cat /tmp/top.txt
docker cp ctx85/keep/. cp85:/tmp/keepdir && docker exec cp85 ls /tmp/keepdir
docker cp ctx85/top.txt cp85:/no/such/parent/file; echo "exit $?"
docker cp ctx85/top.txt cp85:/tmp/newname && docker exec cp85 cat /tmp/newname
docker cp ctx85/keep cp85:/tmp/top.txt; echo "exit $?"
docker cp cp85:/tmp/keepdir/. out85 && ls out85
docker cp cp85:/tmp/keepdir/k - | tar -tf -
docker cp cp85:/etc/passwd ctx85/nosuchdir/ ; echo "exit $?"
docker exec -u 1000:1000 -w /tmp -e X=1 cp85 sh -c 'id; pwd; echo $X'
docker exec -u nosuchuser cp85 true; echo "exit $?"
docker exec -w /nosuch cp85 pwd; echo "exit $?"
docker exec -e 'BAD' cp85 sh -c 'echo ${BAD:-unset}'
docker pause cp85 > /dev/null
docker exec cp85 true; echo "exit $?"
docker exec -d cp85 true; echo "exit $?"
docker unpause cp85 > /dev/null && docker stop -t 0 cp85 > /dev/null
docker exec cp85 true; echo "exit $?"
docker exec -d -u root cp85 true; echo "exit $?"
docker attach cp85; echo "exit $?"
docker attach --no-stdin cp85; echo "exit $?"
docker rm cp85 > /dev/null && docker rmi b85 b85:v2 b85:v4 b85:v5 | grep -c '^Untagged'
