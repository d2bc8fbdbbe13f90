# Hand-written learner set A (session 9), part 1 of 3: images (import, ls filters, tag, label, usage, unpack, export),
# as a newcomer explores them after the notes. Parts 2 and 3: 92-learner-containers-tasks.sh, 93-learner-run-flags.sh.
ctr version | head -3
ctr -v
ctr image ls
ctr images import busybox-oci.tar
ctr images ls -q
ctr i ls --quiet
ctr i ls name==docker.io/library/busybox:latest
ctr i ls 'name~=busy'
ctr i ls name~=nginx
ctr i import --all-platforms nginx-docker.tar
ctr i ls -q
ctr i check
ctr i check name~=nginx
ctr i tag docker.io/library/busybox:latest busybox:mine
ctr i tag docker.io/library/busybox:latest docker.io/library/busybox:mine
ctr i tag docker.io/library/busybox:latest docker.io/library/busybox:mine
ctr i tag --force docker.io/library/busybox:latest docker.io/library/busybox:mine
ctr i tag docker.io/library/busybox:nope docker.io/library/busybox:x
ctr i rm busybox:mine
ctr i rm docker.io/library/busybox:mine docker.io/library/busybox:mine
ctr i label docker.io/library/busybox:latest owner=me
ctr i label docker.io/library/busybox:latest owner=
ctr i label docker.io/library/busybox:latest a=1 b=2
ctr i ls 'labels.a==1'
ctr i ls -q 'labels.b'
ctr i label docker.io/library/busybox:latest
ctr i usage docker.io/library/busybox:latest
ctr i usage --snapshotter native docker.io/library/busybox:latest
ctr i unpack docker.io/library/busybox:latest
ctr i unpack --snapshotter native docker.io/library/busybox:latest
ctr i unpack --snapshotter bogus docker.io/library/busybox:latest
ctr i export out.tar docker.io/library/busybox:latest
tar tf out.tar | sort
ctr i export out2.tar
ctr i export - docker.io/library/busybox:latest | wc -c | tr -d ' ' | grep -c .
ctr i export --platform linux/arm64/v8 arm.tar docker.io/library/busybox:latest
