# needs: bridge
# Lines of learner set E (../scripts/44-learner-fresh-e.sh) that wait for the simulated runc
# (simulator/containerd/tasks): HOME taken from the image's /etc/passwd entry of the process's
# uid, "/" when it has none (runc's setupUser over GetExecUserPath); /proc/self/status with the
# process's capability sets; removing a file runc bind-mounted (/etc/hostname) fails with EBUSY.
docker load -i busybox-docker.tar
docker run --rm -u nobody busybox sh -c 'id; echo $HOME'
docker run --rm -u 1000:1000 busybox sh -c 'id; echo $HOME'
docker run -d --name cf busybox sleep 1000
docker exec cf sh -c 'grep CapEff /proc/self/status'
docker exec -u nobody cf sh -c 'echo $HOME'
docker exec cf rm /etc/hostname
docker rm -f cf
