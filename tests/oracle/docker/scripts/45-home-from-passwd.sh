# needs: bridge
# HOME as runc init's setupUser gives it when the env has none: the home of the process's uid
# in the image's /etc/passwd (busybox's nobody → /home), "/" for a uid without an entry.
# (Moved from pending/44-learner-fresh-e-runc.sh once it agreed.)
docker load -i busybox-docker.tar
docker run --rm -u nobody busybox sh -c 'id; echo $HOME'
docker run --rm -u 1000:1000 busybox sh -c 'id; echo $HOME'
docker run -d --name cf busybox sleep 1000
docker exec -u nobody cf sh -c 'echo $HOME'
docker exec cf sh -c 'echo $HOME'
docker rm -f cf
