# needs: bridge
# Lines of learner set E (../scripts/44-learner-fresh-e.sh) that wait for the simulated runc
# (simulator/containerd/tasks): /proc/self/status with the process's capability sets; removing
# a file runc bind-mounted (/etc/hostname) fails with EBUSY. (HOME from passwd agreed and moved
# to ../scripts/45-home-from-passwd.sh.)
docker load -i busybox-docker.tar
docker run -d --name cf busybox sleep 1000
docker exec cf sh -c 'grep CapEff /proc/self/status'
docker exec cf rm /etc/hostname
docker rm -f cf
