# `docker top` with ps's BSD options and the plain ones (moby 20.10.24 daemon/top_unix.go runs the
# host's procps ps with them and keeps the container's PIDs). %CPU is what the real process spent
# since its start (racy), RSS moves by a page between processes and PIDs are padded: cut out.
# The host's ps cannot name the container's pty, so TTY is `?` with -t, and STAT says `+`.
# Written against the real dockerd 20.10.24 first: 13 of 17 lines differed. Left out: a shell's
# background job (`sh -c 'sleep 1000 & sleep 999'`), which the simulated task does not list.
# needs: bridge
docker load -i busybox-docker.tar
docker run -d --name t1 busybox sleep 1000
docker top t1 aux | awk '{print $1, $4, $5, $7, $8, $10, $11, $12}'
docker run -d --name t2 -t busybox sleep 999
docker exec -d t2 sleep 998
docker top t2 aux | awk '{print $1, $4, $5, $7, $8, $10, $11, $12}'
docker top t2 ux | awk '{print $1, $5, $8, $11, $12}'
docker top t2 -aux | awk '{print $1, $5, $8, $11, $12}'
docker top t2 x
docker top t2 ax
docker top t2 -e
docker top t2 -eo pid,stat,comm
docker top t2 -f | awk '{print $1, $6, $7, $8, $9}'
docker top t2 -o pid,stat,ni,pri,args
docker top t2 -o pid,vsz,comm
docker pause t2 > /dev/null; docker top t2 aux | awk '{print $1, $8, $11, $12}'; docker unpause t2 > /dev/null
docker top t2 -o pid,rss | awk 'NR > 1 {print ($2 > 1000 && $2 < 2000)}'
docker rm -f t1 t2
