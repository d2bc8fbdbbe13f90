# needs: bridge
# /proc/self/status's Seccomp lines in dockerd's containers: 2 and one filter under docker's
# default profile, 0 with seccomp=unconfined. The simulated dockerd's spec leaves the profile
# out (dockerd/runtime/spec.ts), so the simulated runc sees none and prints 0.
docker load -i busybox-docker.tar
docker run --rm busybox grep Seccomp /proc/self/status
docker run --rm --security-opt seccomp=unconfined busybox grep Seccomp /proc/self/status
docker run --rm --security-opt no-new-privileges busybox grep NoNewPrivs /proc/self/status
