# Fresh learner set (issue 14, H54): odd values across commands: empty, zero, negative, huge and unicode names
# and numbers, `=` forms of flags and repeated flags, in namespaces, leases, labels, container ids, snapshot keys,
# tag names, signals, cpu and memory values, exec ids and `ls -q` filters.
ctr ns create ''; echo rc=$?
ctr ns create ünï; echo rc=$?
ctr ns create a.b-c; echo rc=$?
ctr ns create $(printf 'x%.0s' $(seq 80)); echo rc=$?
ctr ns create 0; echo rc=$?
ctr -n 0 c ls -q; echo rc=$?
ctr --namespace=a.b-c i ls -q; echo rc=$?
ctr -n= i ls; echo rc=$?
ctr ns rm 0 a.b-c; echo rc=$?
ctr ns ls -q
ctr leases create --id ''; echo rc=$?
ctr leases create --id 'with space' >/dev/null; echo rc=$?
ctr leases create --id=ümlaut --label=a=b --label=a=c && ctr leases ls | awk 'NR>1{print $1, $3}'
ctr leases create --expires=0 --id zero; echo rc=$?
ctr leases create --expires 99999h --id huge >/dev/null; echo rc=$?
ctr leases ls -q | sort
ctr leases rm 'with space' ümlaut huge zero; echo rc=$?
ctr i import busybox-oci.tar >/dev/null
ctr i tag docker.io/library/busybox:latest ''; echo rc=$?
ctr i tag docker.io/library/busybox:latest 'Upper:Case'; echo rc=$?
ctr i tag docker.io/library/busybox:latest 'bb:ünï'; echo rc=$?
ctr i tag docker.io/library/busybox:latest bb:1 bb:1; echo rc=$?
ctr i ls -q
ctr i label docker.io/library/busybox:latest '=v'; echo rc=$?
ctr i label docker.io/library/busybox:latest 'k==v' && ctr i ls -q 'labels.k==v'
ctr i label docker.io/library/busybox:latest 'ü=ß' >/dev/null && ctr i ls -q 'labels."ü"==ß'
ctr i rm bb:1 >/dev/null; ctr i rm bb:1; echo rc=$?
ctr c create docker.io/library/busybox:latest ''; echo rc=$?
ctr c create docker.io/library/busybox:latest 'ün'; echo rc=$?
ctr c create docker.io/library/busybox:latest a_b.c-1 true; echo rc=$?
ctr c create docker.io/library/busybox:latest -- true; echo rc=$?
ctr c create --cpus -1 docker.io/library/busybox:latest neg1 true; echo rc=$?
ctr c create --cpu-shares -5 docker.io/library/busybox:latest neg2 true; echo rc=$?
ctr c create --memory-limit -1 docker.io/library/busybox:latest neg3 true; echo rc=$?
ctr c create --memory-limit 99999999999999999999 docker.io/library/busybox:latest huge1 true; echo rc=$?
ctr c create --cpus=0.001 docker.io/library/busybox:latest tiny1 true && ctr c info tiny1 | grep -E '"(quota|period)"'
ctr c create --env= docker.io/library/busybox:latest ev1 true; echo rc=$?
ctr c create --label= docker.io/library/busybox:latest lb0 true && ctr c info lb0 | grep -A2 '"Labels"'
ctr c ls -q
ctr c rm a_b.c-1 neg1 neg2 neg3 huge1 tiny1 ev1 lb0 2>&1 | sort; ctr c ls -q
ctr run -d docker.io/library/busybox:latest sig1 sleep 300
ctr t kill -s '' sig1; echo rc=$?
ctr t kill -s -9 sig1; echo rc=$?
ctr t kill -s 65 sig1; echo rc=$?
ctr t kill -s=KILL sig1; echo rc=$?
ctr t kill --signal SIGWINCH --signal SIGCHLD sig1; echo rc=$?
ctr t exec --exec-id '' sig1 true; echo rc=$?
ctr t exec --exec-id 'a b' sig1 true; echo rc=$?
ctr t exec --exec-id ünï sig1 true; echo rc=$?
ctr t exec --exec-id $(printf 'e%.0s' $(seq 80)) sig1 true; echo rc=$?
ctr t ls -q
ctr t kill -s KILL sig1; sleep 1; ctr t rm sig1 >/dev/null; ctr c rm sig1; echo rc=$?
ctr snapshots prepare 'ü/ß' >/dev/null; ctr snapshots ls | awk 'NR>1{print $1}' | grep -c 'ü/ß'
ctr snapshots prepare ' ' >/dev/null; echo rc=$?
ctr snapshots rm 'ü/ß' ' '; echo rc=$?
ctr version --help | head -3
ctr -a '' version; echo rc=$?
ctr --timeout=0s version | head -1
ctr --timeout -1s version | head -1; echo rc=$?
