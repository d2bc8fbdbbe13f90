# needs: bridge
# /proc/self/status's Seccomp lines in dockerd's containers: 2 and one filter under docker's
# default profile (dockerd/runtime/seccomp-default.ts) or a profile file of one's own, 0 with
# seccomp=unconfined; no-new-privileges; a profile that is not JSON (the client's Compact error);
# systempaths=unconfined with the old `:` form kept in SecurityOpt.
docker load -i busybox-docker.tar
docker run --rm busybox grep Seccomp /proc/self/status
docker run --rm --security-opt seccomp=unconfined busybox grep Seccomp /proc/self/status
docker run --rm --security-opt no-new-privileges busybox grep NoNewPrivs /proc/self/status
printf '{ "defaultAction": "SCMP_ACT_ALLOW" }\n' > prof.json
docker run --rm --security-opt seccomp=prof.json busybox grep Seccomp /proc/self/status
printf 'not json' > bad.json
docker run --rm --security-opt seccomp=bad.json busybox true
docker create --name sp --security-opt systempaths=unconfined --security-opt seccomp:unconfined busybox
docker inspect -f '{{json .HostConfig.SecurityOpt}} {{json .HostConfig.MaskedPaths}}' sp
docker rm sp
