# A learner's fresh set, round J (issue 11): `docker build` with the classic builder (20.10's
# default), as a Docker user writes Dockerfiles — every metadata instruction and its effect on the
# image config, WORKDIR with `COPY a.txt .` and the other relative destinations, COPY of a
# directory, of several files, of a glob and of nothing that matches, the source hashes history
# shows, --build-arg used and unused, ARGs before FROM, multi-stage with --target, ONBUILD
# triggers, .dockerignore, the cache (the newest matching image wins), --label, --rm=false,
# --force-rm and a failed RUN's container left in `docker ps -a`, --iidfile, a Dockerfile from
# stdin and with -f-, and the refusals (typo, no FROM, missing image, bad tag, bad size,
# isolation, unknown flag, no or two contexts). Written against the real dockerd 20.10.24 first:
# 21 of its first 67 lines differed. `-f-`'s context size is left out: the CLI re-writes the
# context tar to add the Dockerfile (archive.ReplaceFileTarWrapper) and the size it reports is
# not the sum of the tar's blocks; busybox `find` is not simulated, so `ls -a` shows the tree.
docker load -i busybox-docker.tar
mkdir -p c1 && printf 'FROM busybox\nLABEL stage=one\nENV A=1 B="two words"\nWORKDIR /app\nRUN echo hi > greet\nCOPY a.txt .\nEXPOSE 8080/tcp 53/udp\nUSER nobody\nCMD ["cat", "/app/greet"]\n' > c1/Dockerfile && echo file-a > c1/a.txt
docker build -t j1 c1
docker build -t j1 c1
docker run --rm j1
docker run --rm j1 cat /app/a.txt
docker run --rm j1 sh -c 'echo $A/$B; pwd; id -u'
docker image inspect -f '{{.Config.Env}} {{.Config.WorkingDir}} {{.Config.User}} {{json .Config.ExposedPorts}} {{json .Config.Labels}}' j1
docker history --format '{{.CreatedBy}}' j1 | head -9
docker build --no-cache -q -t j2 c1 | wc -c
docker build -t j3 -f c1/Dockerfile c1 --label extra=yes -q > /dev/null; docker image inspect -f '{{json .Config.Labels}}' j3
printf 'FROM busybox\nARG V=def\nRUN echo v=$V > /v\nCMD cat /v\n' > c1/Args
docker build -f c1/Args -t j4 c1
docker run --rm j4
docker build -f c1/Args --build-arg V=set -t j4 c1
docker run --rm j4
docker build -f c1/Args --build-arg NOTUSED=1 -t j5 c1
printf 'FROM busybox\nCOPY nosuch /x\n' > c1/MissingCopy
docker build -f c1/MissingCopy -t bad c1
printf 'FROM busybox\nFORM busybox\n' > c1/Typo
docker build -f c1/Typo -t bad c1
printf 'RUN echo no from\n' > c1/NoFrom
docker build -f c1/NoFrom -t bad c1
printf 'FROM nosuchimage:1\n' > c1/NoImage
docker build -f c1/NoImage -t bad c1 2>&1 | sed -E 's/lookup [^ ]+ on [^ ]+:53/lookup X/'
docker build -f c1/Nope -t bad c1
docker build -t 'Bad:Tag' c1
docker build c1 -q | cut -c1-7
printf 'FROM busybox AS base\nRUN echo base > /base\nFROM base AS second\nRUN echo second > /second\nFROM busybox\nCOPY --from=second /second /copied\nCMD ["cat", "/copied"]\n' > c1/Multi
docker build -f c1/Multi -t j6 c1
docker run --rm j6
docker build -f c1/Multi --target base -t j7 c1
docker run --rm j7 cat /base
docker build -f c1/Multi --target nosuch -t j8 c1
printf 'FROM busybox\nENTRYPOINT ["echo", "entry"]\nCMD ["default"]\n' > c1/Entry
docker build -q -f c1/Entry -t j9 c1 > /dev/null
docker run --rm j9
docker run --rm j9 given
docker run --rm --entrypoint cat j9 /etc/hostname > /dev/null; echo $?
printf 'FROM busybox\nVOLUME /data\nSTOPSIGNAL SIGINT\nHEALTHCHECK --interval=5s CMD true\nSHELL ["/bin/sh", "-c"]\nONBUILD RUN echo child\n' > c1/Meta
docker build -q -f c1/Meta -t j10 c1 > /dev/null
docker image inspect -f '{{json .Config.Volumes}} {{.Config.StopSignal}} {{json .Config.Healthcheck}} {{json .Config.Shell}} {{json .Config.OnBuild}}' j10
printf 'FROM j10\nRUN true\n' > c1/Child
docker build -f c1/Child -t j11 c1
printf 'FROM busybox\nADD a.txt /added/\nRUN ls /added\n' > c1/Add
docker build -f c1/Add -t j12 c1
printf '*.log\nsecret\n' > c1/.dockerignore && echo x > c1/debug.log && echo s > c1/secret
printf 'FROM busybox\nCOPY . /ctx/\nRUN ls -a /ctx\n' > c1/Ignore
docker build -f c1/Ignore -t j13 c1
docker history --no-trunc --format '{{.CreatedBy}}' j13 | head -2
mkdir -p c1/sub/deep && echo one > c1/sub/one && echo two > c1/sub/deep/two && ln -s one c1/sub/link && printf 'FROM busybox\nCOPY sub /s/\nCOPY sub/one sub/deep/two /both/\nCOPY *.txt /globbed/\nCOPY no*match /x/\n' > c1/Dirs
docker build -f c1/Dirs -t j23 c1; docker history --no-trunc --format '{{.CreatedBy}}' j23 | head -3
printf 'FROM busybox\nCOPY sub/one sub/deep/two /notadir\n' > c1/MultiNoSlash
docker build -f c1/MultiNoSlash -t bad c1
printf 'FROM busybox\nWORKDIR /w\nCOPY a.txt .\nCOPY a.txt ./renamed\nCOPY a.txt ../up/\nCOPY sub ./\nRUN find /w /up | sort\n' > c1/Rel
docker build -q -f c1/Rel -t j24 c1 > /dev/null; docker run --rm j24 sh -c 'ls -a /up /w /w/deep'
printf 'ARG BASE=busybox\nARG UNUSED\nFROM $BASE\nRUN echo ok\n' > c1/MetaArg
docker build -f c1/MetaArg -t j25 c1
printf 'FROM busybox\nSTOPSIGNAL NOSUCH\n' > c1/BadSignal
docker build -f c1/BadSignal -t bad c1
docker run --rm j1 ls -a /app
printf 'FROM busybox\nRUN echo one && exit 3\n' > c1/Fail
docker build -f c1/Fail -t bad c1; echo rc=$?
docker images -f dangling=true -q | wc -l
docker ps -a -q | wc -l
docker build --rm=false -f c1/Args -t j14 c1 --no-cache > /dev/null; docker ps -a -q | wc -l
docker build --force-rm -f c1/Fail -t bad c1 > /dev/null 2>&1; docker ps -a -q | wc -l
docker build -f c1/Args --iidfile iid -q -t j15 c1 > /dev/null; cut -c1-7 iid
printf 'FROM busybox\nRUN echo from-stdin\n' | docker build -t j16 -
docker build -t j17 -f- c1 < c1/Args | tail -n +2
docker build -t j18 --build-arg 'V' -f c1/Args c1 -q > /dev/null; docker run --rm j18
docker build -t j19 c1 --network none -q > /dev/null; echo $?
docker build -t j20 c1 --isolation hyperv
docker build -t j22 -m 10x c1
docker build --bogus c1
docker build
docker build c1 c1
docker image rm j1 j2 j3 j4 j5 j6 j7 j9 j10 j11 j12 j13 j14 j15 j16 j17 j18 j19 j23 j24 j25 2>&1 | grep -c Untagged
