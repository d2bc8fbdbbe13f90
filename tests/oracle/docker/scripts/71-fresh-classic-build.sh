# A fresh learner's set, round L (issue 11, H48): `docker build` with the classic builder, as a
# Docker user writes Dockerfiles on the busybox image — ARG and ENV together and their order,
# WORKDIR that nests and uses a variable, COPY --chown in its forms, USER and what RUN sees,
# multi-stage builds with COPY --from by name and by index, --target, --build-arg with and
# without a value, and the errors: an unknown instruction, a failing RUN, a missing COPY source,
# a bad --from, a duplicate stage name, a bad EXPOSE, a bad --chown. Written against the real
# dockerd 20.10.24 first: 13 of its first 79 lines differed. Changed after that run: the exited
# step containers are listed by state, not by age; `RUN nosuchcmd` is left out (busybox sh writes
# its error in three pieces, which the classic builder colours one by one or together as the
# stream happens to deliver them). Local files are relative to the run's own directory.
docker load -i busybox-docker.tar
mkdir -p b1 && echo alpha > b1/a.txt && mkdir -p b1/dir && echo in-dir > b1/dir/f && printf 'FROM busybox\nARG GREETING=hello\nENV WHO=world MSG="$GREETING $WHO"\nRUN echo "$GREETING|$WHO|$MSG" > /out\nCMD cat /out\n' > b1/Dockerfile
docker build -q -t b-arg b1 > /dev/null; docker run --rm b-arg
docker build -q --build-arg GREETING=hi -t b-arg2 b1 > /dev/null; docker run --rm b-arg2
docker build -q --build-arg GREETING -t b-arg3 b1 > /dev/null; docker run --rm b-arg3
GREETING=from-env docker build -q --build-arg GREETING -t b-arg4 b1 > /dev/null; docker run --rm b-arg4
docker image inspect -f '{{json .Config.Env}}' b-arg2
printf 'FROM busybox\nENV BASE=/srv\nWORKDIR $BASE\nWORKDIR app\nWORKDIR ../other/./deep\nRUN pwd > /pwd\nCMD cat /pwd\n' > b1/Workdir
docker build -f b1/Workdir -t b-wd b1
docker run --rm b-wd
docker image inspect -f '{{.Config.WorkingDir}}' b-wd
printf 'FROM busybox\nCOPY --chown=1000:1000 a.txt /c/a1\nCOPY --chown=nobody a.txt /c/a2\nCOPY --chown=daemon:daemon dir /c/dir\nCOPY --chown=42 a.txt /c/a3\nCMD ls -ln /c /c/dir\n' > b1/Chown
docker build -q -f b1/Chown -t b-chown b1 > /dev/null; docker run --rm b-chown | awk 'NF>3{print $3, $4, $NF}'
printf 'FROM busybox\nCOPY --chown=nosuchuser a.txt /x\n' > b1/ChownBad
docker build -f b1/ChownBad b1
printf 'FROM busybox\nCOPY --chown= a.txt /x\n' > b1/ChownEmpty
docker build -q -f b1/ChownEmpty -t b-chown-empty b1 > /dev/null; docker run --rm b-chown-empty ls -ln /x | awk '{print $3, $4}'
printf 'FROM busybox\nRUN adduser -D -u 2000 app\nUSER app\nRUN id > /tmp/id-at-build && echo $HOME\nWORKDIR /home/app\nRUN touch mine && ls -ln mine | cut -c1-10\nUSER 0\nRUN id -u\nUSER app:app\nCMD id\n' > b1/User
docker build -f b1/User -t b-user b1
docker run --rm b-user
docker image inspect -f '{{.Config.User}}' b-user
printf 'FROM busybox\nUSER nosuchuser\nRUN true\n' > b1/UserBad
docker build -f b1/UserBad b1
printf 'FROM busybox AS builder\nRUN echo built > /artifact\nFROM busybox AS second\nRUN echo second > /s\nFROM busybox\nCOPY --from=builder /artifact /a\nCOPY --from=1 /s /s\nCMD cat /a /s\n' > b1/Multi
docker build -f b1/Multi -t b-multi b1
docker run --rm b-multi
docker build -q -f b1/Multi --target builder -t b-builder b1 > /dev/null; docker run --rm b-builder cat /artifact
docker build -q -f b1/Multi --target second -t b-second b1 > /dev/null; docker run --rm b-second ls /a
docker build -f b1/Multi --target nosuch b1
docker build -f b1/Multi --target '' -q b1 | wc -c
printf 'FROM busybox\nCOPY --from=nosuchstage /x /y\n' > b1/FromBad
docker build -f b1/FromBad b1
printf 'FROM busybox\nCOPY --from=5 /x /y\n' > b1/FromIdx
docker build -f b1/FromIdx b1
printf 'FROM busybox\nCOPY --from=0 /x /y\n' > b1/FromSelf
docker build -f b1/FromSelf b1
printf 'FROM busybox AS dup\nFROM busybox AS dup\n' > b1/DupStage
docker build -f b1/DupStage b1
printf 'FROM busybox\nARG V\nRUN echo "v=[$V]"\n' > b1/ArgEmpty
docker build -f b1/ArgEmpty --build-arg V= b1
docker build -f b1/ArgEmpty --build-arg V==x --build-arg V=last b1
docker build -f b1/ArgEmpty --build-arg 'V=ünï code' -q -t b-uni b1 > /dev/null; docker history --no-trunc --format '{{.CreatedBy}}' b-uni | head -1
docker build -f b1/ArgEmpty --build-arg =x b1
printf 'ARG TAG=latest\nFROM busybox:$TAG\nARG TAG\nRUN echo tag=$TAG\n' > b1/ArgFrom
docker build -f b1/ArgFrom b1
docker build -f b1/ArgFrom --build-arg TAG=nosuch b1
printf 'FROM busybox\nFROBNICATE x\n' > b1/Unknown
docker build -f b1/Unknown b1
printf 'FROM busybox\nrun echo lower-case-ok\n' > b1/Lower
docker build -f b1/Lower b1
printf 'FROM busybox\nRUN echo before\nRUN exit 3\nRUN echo never\n' > b1/Fail
docker build -f b1/Fail -t b-fail b1
docker image ls b-fail -q | wc -l
docker ps -a --filter status=exited --format '{{.Command}} {{.State}}'
printf 'FROM busybox\nCOPY missing.txt /m\n' > b1/Missing
docker build -f b1/Missing b1
printf 'FROM busybox\nCOPY missing*.txt /m/\n' > b1/MissingGlob
docker build -f b1/MissingGlob b1
printf 'FROM busybox\nADD missing.tar /m\n' > b1/MissingAdd
docker build -f b1/MissingAdd b1
printf 'FROM busybox\nCOPY ../outside /o\n' > b1/Outside
docker build -f b1/Outside b1
printf 'FROM busybox\nCOPY\n' > b1/CopyNoArgs
docker build -f b1/CopyNoArgs b1
printf 'FROM busybox\nENV\n' > b1/EnvNoArgs
docker build -f b1/EnvNoArgs b1
printf 'FROM busybox\nENV ONLYKEY\n' > b1/EnvOneWord
docker build -f b1/EnvOneWord b1
printf 'FROM busybox\nWORKDIR\n' > b1/WorkdirNoArgs
docker build -f b1/WorkdirNoArgs b1
printf 'FROM busybox\nEXPOSE 8000-8002/UDP 9000\n' > b1/ExposeRange
docker build -q -f b1/ExposeRange -t b-range b1 > /dev/null; docker image inspect -f '{{json .Config.ExposedPorts}}' b-range
printf 'FROM busybox\nEXPOSE notaport\n' > b1/ExposeBad
docker build -f b1/ExposeBad b1
printf 'FROM busybox\nSTOPSIGNAL SIGNOPE\n' > b1/StopBad
docker build -f b1/StopBad b1
printf 'FROM busybox\nHEALTHCHECK --interval=1s CMD true\nSTOPSIGNAL SIGTERM\n' > b1/Health
docker build -q -f b1/Health -t b-health b1 > /dev/null; docker image inspect -f '{{json .Config.Healthcheck}} {{.Config.StopSignal}}' b-health
docker build -f nosuch-dockerfile b1
docker build nosuch-dir
docker rmi -f b-arg b-arg2 b-arg3 b-arg4 b-wd b-chown b-chown-empty b-user b-multi b-builder b-second b-uni b-health b-range > /dev/null; docker image ls --format '{{.Repository}}' | sort
