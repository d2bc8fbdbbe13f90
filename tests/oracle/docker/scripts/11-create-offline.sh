# needs: offline
# docker create of an image that is not here and cannot be pulled: runCreate returns the pull's
# error to main (docker/cli v20.10.24 cli/command/container/create.go), so no `docker:` prefix,
# no help hint and exit 1 — where run words the same failure `docker: …` with exit 125.
docker create nosuchimage:1
docker create nosuchimage
docker run nosuchimage:1
