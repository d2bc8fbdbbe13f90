# A fresh learner's set, round N (issue 11, H51): docker cp into and out of a stopped container,
# to `-` (a tar on stdout, listed with tar), a directory's contents with a trailing /. and a
# missing source; docker diff after writes, deletes and a new directory; docker commit with
# -c and -m, what the new image's config and history say, and a run of it. docker diff lists
# the upper dir in its readdir order (ext4's hashed order on the oracle's disk), so its lines
# are sorted by path; a tar on stdout carries the node's mtimes, so it is listed, not compared.
# Written against the real dockerd 20.10.24 before any fix: 41 of 44 lines agreed; the three that
# differed were the unstable orders and times named above, rewritten.
# Local files are relative to the run's own directory.
# needs: bridge
docker load -i busybox-docker.tar
docker create --name cp76 busybox sh -c 'cat /tmp/in.txt'
printf 'hello\n' > in.txt && docker cp in.txt cp76:/tmp/in.txt
docker start -a cp76
docker cp cp76:/tmp/in.txt out.txt && cat out.txt
docker cp cp76:/tmp/in.txt - | tar -tf -
docker cp cp76:/tmp/in.txt - | tar -xOf - in.txt
docker cp cp76:/etc/hostname - | tar -tvf - | awk '{print $1, $3, $6}'
mkdir -p srcdir/sub && echo a > srcdir/a && echo b > srcdir/sub/b && docker cp srcdir/. cp76:/opt
docker cp cp76:/opt - | tar -tf - | sort
docker cp srcdir cp76:/opt
docker cp cp76:/opt/srcdir/sub - | tar -tf - | sort
docker cp cp76:/opt/. copied && ls copied | sort
docker cp cp76:/nope.txt . ; echo "exit $?"
docker cp nope.txt cp76:/tmp/ ; echo "exit $?"
docker cp in.txt cp76:/no/such/dir/ ; echo "exit $?"
docker cp in.txt nosuch76:/tmp/ ; echo "exit $?"
docker diff cp76 | sort -k2
docker rm cp76
docker run -d --name d76 busybox sleep 1000
docker diff d76
docker exec d76 sh -c 'echo x > /tmp/new && rm /etc/group && mkdir -p /srv/a/b && echo y >> /etc/passwd'
docker diff d76 | sort -k2
docker exec d76 rm -r /srv
docker diff d76 | sort
docker exec d76 sh -c 'touch /root/.ash_history; rm -f /bin/vi'
docker diff d76 | grep -c '^'
docker commit d76
docker commit -m 'first try' -c 'ENV MODE=lab' -c 'WORKDIR /srv' d76 lab76:v1
docker inspect --format '{{.Comment}}|{{json .Config.Env}}|{{.Config.WorkingDir}}|{{json .Config.Cmd}}' lab76:v1
docker history --format '{{.CreatedBy}}|{{.Comment}}' lab76:v1
docker run --rm lab76:v1 sh -c 'pwd; echo $MODE; tail -1 /etc/passwd; ls /etc/group'
docker commit -c 'CMD ["echo","hi"]' -c 'EXPOSE 8080' -c 'LABEL a=b' -c 'USER nobody' d76 lab76:v2
docker inspect --format '{{json .Config.Cmd}} {{json .Config.ExposedPorts}} {{json .Config.Labels}} {{.Config.User}}' lab76:v2
docker run --rm lab76:v2
docker commit -c 'RUN echo no' d76 lab76:v3
docker commit -c 'FROM busybox' d76 lab76:v3
docker commit -c 'ENTRYPOINT' d76 lab76:v3
docker commit --pause=false -a 'A Learner <a@example.com>' d76 lab76:v4
docker inspect --format '{{.Author}}' lab76:v4
docker commit d76 Bad_Name
docker commit nosuch76 lab76:v5
docker rm -f d76
docker rmi lab76:v1 lab76:v2 lab76:v4
