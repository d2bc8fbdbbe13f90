# From 80-fresh-lifecycle-errors.sh (issue 11, H55): the typed inspect struct holds SizeRw and
# SizeRootFs as *int64, so `gt` refuses them there ("invalid type for comparison") and the
# CLI's raw fallback decodes them as json.Number, which gt refuses too: the real 20.10.24
# prints an empty line and `template parsing error: … error calling gt: incompatible types for
# comparison`, exit 1. go/template's GoPtr (pointer.test.ts) models the *int64.
docker load -i busybox-docker.tar
docker run -d --name k80 busybox sleep 1000
docker container inspect -s -f '{{.SizeRw}} {{gt .SizeRootFs 0}}' k80
docker container inspect -s -f '{{eq .SizeRw 0}}' k80
docker rm -f k80
