# needs: offline
# pull -q and --all-tags on a machine with no network: -q announces no default tag, -a asks the
# registry for its tags first; both fail at the registry's /v2/ ping.
docker pull -q busybox
docker pull --all-tags busybox
docker pull -a -q busybox
