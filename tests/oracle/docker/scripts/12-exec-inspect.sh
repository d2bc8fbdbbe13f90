# exec -u/-w/-e (the user from the image's passwd and group files, as moby's getUser resolves
# it), exec into a paused, stopped or never started container, and runc's refusals in the stream.
docker load -i busybox-docker.tar
docker run --name b1 -d busybox sleep 3600
docker exec -u nobody b1 id
docker exec -u 1000:1000 b1 id
docker exec -u nosuch b1 id
docker exec -u nobody:nosuch b1 id
docker exec -d -u nosuch b1 id
docker exec -w /tmp b1 pwd
docker exec -w /nosuch b1 pwd
docker exec -w /etc/passwd b1 pwd
docker exec -e A=1 -e B b1 sh -c 'echo $A-$B'
docker exec -e PATH=/x b1 env
docker exec b1 nosuch
docker pause b1
docker exec b1 true
docker unpause b1
docker run --name u1 -d -u nobody busybox sleep 3600
docker exec u1 id
docker exec -u root u1 id
docker exec u1 whoami
docker stop -t 0 b1
docker exec b1 true
docker exec -it b1 true
docker exec nosuch true
docker create --name c9 busybox true
docker exec c9 true
docker rm -f u1 c9 b1
