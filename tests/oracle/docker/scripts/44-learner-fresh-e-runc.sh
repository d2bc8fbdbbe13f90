# needs: bridge
# Lines of learner set E (44-learner-fresh-e.sh) that waited for the simulated runc
# (simulator/containerd/tasks): /proc/self/status with the process's capability sets; removing
# a file runc bind-mounted (/etc/hostname) fails with EBUSY. (HOME from passwd agreed first and
# moved to 45-home-from-passwd.sh; these two moved from ../pending/ once they agreed.)
docker load -i busybox-docker.tar
docker run -d --name cf busybox sleep 1000
docker exec cf sh -c 'grep CapEff /proc/self/status'
docker exec cf rm /etc/hostname
docker rm -f cf
