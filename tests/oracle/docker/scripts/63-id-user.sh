# busybox `id USER` (coreutils/id.c): getpwnam for the name (a number is an unknown user too),
# getgrouplist for the groups — the primary group first, then each /etc/group entry that lists
# the user, in file order; -n and -r need -u, -g or -G beside them (else the usage). Users added
# to a container's /etc/passwd and /etc/group by hand. Written against the real dockerd 20.10.24
# first: 2 of its first 4 lines differed (every `id USER` was refused as not simulated); 0 of 6 now.
docker load -i busybox-docker.tar
docker run --rm busybox sh -c 'echo "bob:x:1000:1000:Bob:/home/bob:/bin/sh" >> /etc/passwd; echo "bob:x:1000:" >> /etc/group; echo "staff2:x:2000:bob,root" >> /etc/group; id bob; id -G bob; id -Gn bob; id -u bob; id -gn bob; id -un bob; id root; id -G root; id -Gn root; id nosuch; echo rc=$?; id -G nosuch; id 1000; id daemon; id -n bob'
docker run --rm busybox sh -c 'echo "amy:x:1001:2000::/:/bin/sh" >> /etc/passwd; echo "staff2:x:2000:" >> /etc/group; echo "g3:x:3000:amy" >> /etc/group; id amy; id -G amy; id -Gn amy; id nobody; id -G nobody'
docker run --rm -u bob busybox id
docker run --rm busybox sh -c 'echo "cy:x:1002:4000::/:/bin/sh" >> /etc/passwd; id cy; id -G cy; id -r; id a b'
