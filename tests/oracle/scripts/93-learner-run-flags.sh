# Hand-written learner set A (session 9), part 3 of 3: ctr run flags with odd values (cpu-shares, apparmor, labels).
ctr i import busybox-oci.tar
ctr i import nginx-docker.tar
ctr run docker.io/library/busybox:latest r1 echo hello
ctr run docker.io/library/busybox:latest r1 echo again
ctr run --rm docker.io/library/busybox:latest r2 sh -c 'exit 3'
ctr c ls -q
ctr run -d --rm docker.io/library/busybox:latest r3 sleep 100
ctr run -d docker.io/library/busybox:latest r4 sleep 100
ctr run --env X=y docker.io/library/busybox:latest r5 sh -c 'echo $X'
ctr run --cwd /tmp docker.io/library/busybox:latest r6 pwd
ctr run --read-only docker.io/library/busybox:latest r7 touch /x
ctr run --label a=b --label c= docker.io/library/busybox:latest r8 true
ctr c ls 'labels.c'
ctr run --cpu-shares 0 docker.io/library/busybox:latest r9 true
ctr run --cpu-shares -3 docker.io/library/busybox:latest r10 true
ctr c info r10 | grep -c shares
ctr run --memory-limit 0 docker.io/library/busybox:latest r11 true
ctr run --net-host docker.io/library/busybox:latest r12 hostname -s | wc -l
ctr run --apparmor-profile foo docker.io/library/busybox:latest r13 true
ctr c ls -q
ctr run --apparmor-default-profile foo docker.io/library/busybox:latest r14 true
ctr run --apparmor-default-profile a --apparmor-profile b docker.io/library/busybox:latest r15 true
ctr c create --apparmor-profile prof docker.io/library/busybox:latest r16
ctr c info r16 | grep apparmor
ctr t start r16
ctr c ls bogus==
ctr c ls 'id~=('
ctr t kill -s KILL r4
sleep 1; ctr c rm r4
ctr i rm docker.io/library/nginx:alpine
ctr i ls -q
