# A learner's fresh set, round K (issue 11): what a Docker user does around `docker build` next —
# ENV built on ENV and ARG, a RUN continued over lines, USER for the RUNs after it, intermediate
# images in `images -a`, dangling images after a rebuild, COPY --chown/--chmod and unknown flags,
# ADD of a local tar (unpacked) beside COPY of it, HEALTHCHECK and EXPOSE with -P, ENTRYPOINT's
# shell form, several -t, -q of a failing build (its output on stderr), .dockerignore with `**`
# and `!`, --pull offline, --cache-from, the proxy build args (allowed without ARG, left out of
# the history's args), ADD of a URL nothing serves, COPY of a path above the context, a missing
# command in both RUN forms and the containers they leave. Written against the real dockerd
# 20.10.24 first: 15 of 36 lines differed. The classic builder colours each write of a RUN's
# stderr, and ash's `/bin/sh: ` and the rest of its message reach it in one frame or in two (a
# race in the real daemon): the RUN nosuchcmd line takes the colours out before comparing.
docker load -i busybox-docker.tar
mkdir -p k && (cd k && printf 'FROM busybox\nENV BASE=/opt\nENV APP=$BASE/app\nARG WHO=me\nENV BY=$WHO\nWORKDIR $APP\nRUN echo "$APP $BY" > info && \\\n    mkdir -p sub && \\\n    echo nested > sub/n\nUSER nobody\nRUN whoami; id -g\nCMD ["cat", "info"]\n' > Dockerfile)
(cd k && docker build -t k1 . | grep -v -e '^ --->' -e '^Removing')
docker run --rm k1
docker run --rm k1 cat sub/n
docker image inspect -f '{{.Config.WorkingDir}} {{json .Config.Env}} {{.Config.User}}' k1
docker history --format '{{.Size}} {{.CreatedBy}}' k1 | head -4
docker images -a --format '{{.Repository}}:{{.Tag}}' | sort | uniq -c | sort -rn | head -3
docker image ls --filter dangling=true -q | wc -l
(cd k && printf 'FROM busybox\nCOPY --chown=nobody:nogroup a.txt /owned\nRUN ls -ln /owned | cut -c1-30\n' > Chown && echo a > a.txt && docker build -q -f Chown -t k2 . > /dev/null; docker run --rm k2 cat /owned)
(cd k && printf 'FROM busybox\nCOPY --chmod=600 a.txt /x\n' > Chmod && docker build -f Chmod -t bad .)
(cd k && printf 'FROM busybox\nCOPY --nosuch a.txt /x\n' > BadFlag && docker build -f BadFlag -t bad .)
(cd k && mkdir -p t && echo inside > t/in.txt && tar -cf t.tar -C t in.txt && printf 'FROM busybox\nADD t.tar /unpacked/\nCOPY t.tar /copied/\n' > AddTar && docker build -q -f AddTar -t k3 . > /dev/null; docker run --rm k3 ls /unpacked /copied)
(cd k && printf 'FROM busybox\nHEALTHCHECK --interval=1s CMD true\nEXPOSE 80 443/tcp\nCMD ["sleep", "100"]\n' > Health && docker build -q -f Health -t k4 . > /dev/null; docker run -d --name kh -P k4 > /dev/null; docker port kh | sed -E 's/:[0-9]+$/:PORT/' | sort; docker ps --format '{{.Names}} {{.Ports}}' | sed -E 's/:[0-9]+->/:PORT->/g')
docker rm -f kh
(cd k && printf 'FROM busybox\nENTRYPOINT echo shell-form\n' > EntryShell && docker build -q -f EntryShell -t k5 . > /dev/null; docker run --rm k5 ignored args)
docker image inspect -f '{{json .Config.Entrypoint}} {{json .Config.Cmd}}' k5
(cd k && docker build -q -t k6 -t k6:two -t other/k6 . > /dev/null; docker images --format '{{.Repository}}:{{.Tag}}' | grep k6 | sort)
(cd k && printf 'FROM busybox\nRUN exit 4\n' > Quiet && docker build -q -f Quiet -t bad .)
(cd k && printf 'node_modules\n**/*.tmp\n!keep.tmp\n' > .dockerignore && mkdir -p node_modules d && touch node_modules/x d/y.tmp keep.tmp z.tmp && printf 'FROM busybox\nCOPY . /c/\nCMD ["ls", "-a", "/c", "/c/d"]\n' > Ign && docker build -q -f Ign -t k7 . > /dev/null; docker run --rm k7)
(cd k && printf 'FROM busybox\nRUN echo one\nRUN echo two\n' > Two && docker build -q -f Two -t k8 . > /dev/null && printf 'FROM busybox\nRUN echo one\nRUN echo three\n' > Two && docker build -f Two -t k8 . | grep -c 'Using cache')
docker images k8 --format '{{.Repository}} {{.Tag}}'
docker images -f dangling=true --format '{{.Repository}}:{{.Tag}}' | sort | uniq -c
docker image prune -f | head -1
(cd k && docker build --pull -q -f Two -t k9 . 2>&1 | tail -1 | sed -E 's/lookup [^ ]+ on [^ ]+:53/lookup X/')
(cd k && docker build --cache-from k8 -q -f Two -t k10 . | cut -c1-7)
(cd k && printf 'FROM busybox\nRUN echo $HTTP_PROXY $OTHER\n' > Proxy && docker build --build-arg HTTP_PROXY=http://p:3128 --build-arg OTHER=x -f Proxy -t k11 . | grep -v -e '^ --->' -e '^Removing')
docker history --format '{{.CreatedBy}}' k11 | head -1
(cd k && printf 'FROM busybox\nADD http://localhost:1/x /x\n' > AddUrl && docker build -f AddUrl -t bad . 2>&1 | tail -1)
(cd k && printf 'FROM busybox\nCOPY ../outside /x\n' > Outside && docker build -f Outside -t bad .)
(cd k && printf 'FROM busybox\nRUN nosuchcmd\n' > NoCmd && docker build -f NoCmd -t bad . 2>&1 >/dev/null; echo rc=$?)
(cd k && docker build -f NoCmd -t bad . | grep -v -e '^ --->' -e '^Removing' | sed 's/.\[[0-9]*m//g')
(cd k && printf 'FROM busybox\nRUN ["nosuchcmd"]\n' > NoExec && docker build -f NoExec -t bad . 2>&1 | tail -1; docker build -q -f NoExec -t bad . > /dev/null 2>&1; echo rc=$?)
docker ps -a --format '{{.Status}}' | sed -E 's/ ([0-9]+ seconds?|Less than a second|About a minute|[0-9]+ minutes) ago//' | sort | uniq -c
docker container prune -f | head -1
docker rmi busybox
docker rmi $(docker images -q busybox) 2>&1 | sed -E 's/[0-9a-f]{12}/ID/g'
docker rmi k1 k2 k3 k4 k5 k6 k6:two other/k6 k7 k8 k10 k11 2>&1 | grep -c Untagged
