# A -t container's output passes its pty: every newline arrives as CR LF (onlcr), in the attached
# output, docker exec -t and the json-file log alike; without -t the bytes are the program's.
docker load -i busybox-docker.tar
docker run --rm -t busybox sh -c 'echo a; echo b'
docker run --rm -t busybox sh -c 'echo err >&2; printf "x\r\ny"'
docker run --name t1 -t busybox echo hi
docker logs t1
docker run -d --name t2 -t busybox sh -c 'echo one; sleep 600'
docker exec -t t2 echo two
docker exec t2 echo three
docker logs t2
docker run --rm busybox echo plain
docker rm -f t1 t2
