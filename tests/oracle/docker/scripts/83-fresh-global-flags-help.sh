# A fresh learner's set, round 83 (issue 11, H59): the docker CLI's global flags as a Docker user
# tries them (-H to a socket that is not there, --config with a directory of its own, -D and
# -l, --context, --tls without certificates), `--help` of each management command and of a
# few verbs under them, and the exit codes of each error kind (125 for the CLI and the daemon,
# 126 for a command that cannot be run, 127 for one not found, the command's own otherwise).
# Written against the real dockerd 20.10.24 before any fix: 56 of 65 lines agreed. Of the nine,
# three were the CLI's racy `error waiting for container` log after a failed `run --rm` (now
# filtered, the exit codes on lines of their own) and one the oracle's own DOCKER_HOST (context ls warns of it; the line clears it);
# -H with an unknown protocol, -l with a bad level, --tlsverify without a CA, config.json's
# psFormat and imagesFormat and a config.json that does not decode were fixed in the model.
docker load -i busybox-docker.tar
docker -H unix:///tmp/nosuch83.sock ps; echo "exit $?"
docker -H tcp://127.0.0.1:1 version --format '{{.Client.Version}}'; echo "exit $?"
docker -H bogus://x ps; echo "exit $?"
docker --host unix:///tmp/nosuch83.sock info --format '{{.ID}}' ; echo "exit $?"
mkdir -p cfg83 && docker --config cfg83 ps --format '{{.ID}}' && ls cfg83 | wc -l
printf '{"psFormat":"table {{.Names}}\\t{{.Status}}"}\n' > cfg83/config.json && docker --config cfg83 ps -a --filter name=nosuch83
printf '{"imagesFormat":"{{.Repository}}:{{.Tag}}"}\n' > cfg83/config.json && docker --config cfg83 images
printf 'not json' > cfg83/config.json && docker --config cfg83 ps -q; echo "exit $?"
docker -D version --format '{{.Server.Version}}'
docker -l debug images -q | wc -l
docker -l bogus ps; echo "exit $?"
docker --log-level error ps -q | wc -l
docker --context default ps -q | wc -l
docker --context nosuch83 ps; echo "exit $?"
DOCKER_HOST= docker -c default context ls --format '{{.Name}} {{.Current}}'
docker --tlsverify ps; echo "exit $?"
docker -v
docker --version
docker version --format '{{.Client.APIVersion}} {{.Server.APIVersion}} {{.Server.MinAPIVersion}}'
docker container --help
docker image --help
docker network --help
docker volume --help
docker system --help
docker context --help
docker builder --help
docker container prune --help
docker image prune --help
docker system prune --help
docker system df --help
docker image ls --help
docker container ls --help
docker volume create --help
docker network connect --help
docker container nosuch; echo "exit $?"
docker image; echo "exit $?"
docker system; echo "exit $?"
docker container ls --bogus; echo "exit $?"
docker image ls -x; echo "exit $?"
docker run --rm busybox nosuch83 2>/dev/null; echo "exit $?"
docker run --rm busybox nosuch83 2>&1 >/dev/null | grep -v 'error waiting for container'
docker run --rm busybox /etc 2>/dev/null; echo "exit $?"
docker run --rm busybox /etc 2>&1 >/dev/null | grep -v 'error waiting for container'
docker run --rm busybox /etc/passwd 2>/dev/null; echo "exit $?"
docker run --rm busybox sh -c 'exit 3'; echo "exit $?"
docker run --rm busybox false; echo "exit $?"
docker run --rm nosuch83img; echo "exit $?"
docker run --rm -m 1k busybox true; echo "exit $?"
docker run --rm --cpus -1 busybox true; echo "exit $?"
docker run --rm -p 99999:80 busybox true; echo "exit $?"
docker run --rm --restart always busybox true; echo "exit $?"
docker run --rm --network nosuch83 busybox true 2>/dev/null; echo "exit $?"
docker run --rm --network nosuch83 busybox true 2>&1 >/dev/null | grep -v 'error waiting for container'
docker run -d --name e83 busybox sleep 1000 > /dev/null
docker exec e83 nosuch83; echo "exit $?"
docker exec e83 /etc; echo "exit $?"
docker exec e83 sh -c 'exit 7'; echo "exit $?"
docker exec e83; echo "exit $?"
docker exec nosuch83 true; echo "exit $?"
docker run --name e83 busybox true; echo "exit $?"
docker rm e83; echo "exit $?"
docker rm -f e83 nosuch83; echo "exit $?"
