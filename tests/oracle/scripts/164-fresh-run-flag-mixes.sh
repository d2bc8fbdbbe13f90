# Fresh learner set (issue 14, H54): `ctr run` flags in the mixes a learner tries after `ctr run --help`:
# --env-file with comments and blanks, --label with --rm, --cwd with --user uid:gid, --hostname, --net-host,
# --memory-limit, --cpus / --cpu-shares, --snapshotter, --runtime, --log-uri file://, --detach-keys, and what
# `c info` and the container itself then show. Lines read nothing that races (no PIDs past 1, no times).
ctr i import busybox-oci.tar >/dev/null && echo imported
printf 'A=1\n# comment\n\nB=two words\nC=\n' > vars.env
ctr run --rm --env-file vars.env docker.io/library/busybox:latest ef1 sh -c 'echo "[$A][$B][$C]"'
ctr run --rm --env-file vars.env --env A=override docker.io/library/busybox:latest ef2 printenv A
ctr run --rm --env-file missing.env docker.io/library/busybox:latest ef3 true; echo rc=$?
ctr run --rm --env-file vars.env --env-file vars.env docker.io/library/busybox:latest ef4 sh -c 'env | grep -c "^A="'
ctr run --rm --label team=blue --label env=dev docker.io/library/busybox:latest lb1 echo labelled
ctr c create --label team=blue --label team=red docker.io/library/busybox:latest lb2 true
ctr c info lb2 | grep -A3 '"Labels"'
ctr c ls labels.team==red
ctr c rm lb2
ctr run --rm --cwd /tmp --user 1000:1000 docker.io/library/busybox:latest cu1 sh -c 'pwd; id'
ctr run --rm --user 65534 docker.io/library/busybox:latest cu2 id -u
ctr run --rm --user nobody docker.io/library/busybox:latest cu3 id; echo rc=$?
ctr run --rm --user 0:65534 docker.io/library/busybox:latest cu4 id -g
ctr run --rm --cwd /does/not/exist docker.io/library/busybox:latest cu5 pwd; echo rc=$?
ctr run --rm --hostname box-one docker.io/library/busybox:latest hn1 hostname
ctr run --rm --hostname '' docker.io/library/busybox:latest hn2 cat /etc/hostname; echo rc=$?
ctr c create --hostname web01 docker.io/library/busybox:latest hn3 true
ctr c info hn3 | grep '"hostname"'
ctr c rm hn3
ctr run --rm --net-host docker.io/library/busybox:latest nh1 sh -c 'test -e /sys/class/net/lo && echo has-lo'
ctr c create --net-host docker.io/library/busybox:latest nh2 true
ctr c info nh2 | grep -c '"type": "network"'
ctr c rm nh2
ctr c create --memory-limit 67108864 docker.io/library/busybox:latest ml1 true
ctr c info ml1 | grep -A2 '"memory"'
ctr c rm ml1
ctr c create --memory-limit 0 docker.io/library/busybox:latest ml2 true
ctr c info ml2 | grep -c '"limit"'
ctr c rm ml2
ctr run --rm --memory-limit abc docker.io/library/busybox:latest ml3 true; echo rc=$?
ctr c create --cpus 1.5 docker.io/library/busybox:latest cp1 true
ctr c info cp1 | grep -E '"(quota|period)"'
ctr c rm cp1
ctr c create --cpu-shares 512 docker.io/library/busybox:latest cp2 true
ctr c info cp2 | grep '"shares"'
ctr c rm cp2
ctr c create --cpus 0 --cpu-shares 0 docker.io/library/busybox:latest cp3 true
ctr c info cp3 | grep -c '"cpu"'
ctr c rm cp3
ctr run --rm --snapshotter native docker.io/library/busybox:latest sn1 true; echo rc=$?
ctr run --rm --snapshotter nosuch docker.io/library/busybox:latest sn2 true; echo rc=$?
ctr c create --runtime io.containerd.runc.v2 docker.io/library/busybox:latest rt1 true
ctr c info rt1 | grep -A1 '"Runtime"'
ctr c rm rt1
ctr run --rm --runtime io.containerd.nosuch.v1 docker.io/library/busybox:latest rt2 true; echo rc=$?
ctr c ls -q
ctr run --rm --log-uri file:///tmp/ctrlab-oracle-files/lu1.log docker.io/library/busybox:latest lu1 sh -c 'echo to-log; echo err-log >&2'; echo rc=$?
sort lu1.log
ctr run --rm --log-uri file:///tmp/ctrlab-oracle-files/nodir/lu2.log docker.io/library/busybox:latest lu2 echo x; echo rc=$?
ctr run --rm --log-uri bogus://x docker.io/library/busybox:latest lu3 echo x; echo rc=$?
ctr run --rm --detach-keys ctrl-a docker.io/library/busybox:latest dk1 echo detach-keys-ignored
ctr run -d --label run=bg docker.io/library/busybox:latest bg1 sleep 300
ctr c ls labels.run==bg -q
ctr t ls -q
ctr run -d docker.io/library/busybox:latest bg1 true; echo rc=$?
ctr t kill -s 9 bg1; sleep 1; ctr t ls | awk '$1=="bg1"{print $3}'
ctr t delete bg1 && ctr c delete bg1 && ctr c ls -q | wc -l
ctr run --rm -d docker.io/library/busybox:latest rmd1 true; echo rc=$?
ctr run --rm docker.io/library/busybox:latest; echo rc=$?
ctr run --rm docker.io/library/busybox:latest rr1 sh -c 'exit 42'; echo rc=$?
ctr run --rm docker.io/library/busybox:latest rr2 /bin/nosuch; echo rc=$?
ctr run --rm nosuch:latest rr3 true; echo rc=$?
