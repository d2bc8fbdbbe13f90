# Fresh learner set (issue 14, H52): `ctr images` import, export, push, mount and unmount in flag mixes a learner
# tries after reading the help: --all-platforms with --platform, --skip-digest-for-named, --digests, --local,
# --index-name with --base-name, repeated and `=` forms, and the archives read back with tar.
# Rewritten after the first run against the real node (53/56): `i unmount --rm` deletes the lease and the
# collector removes the snapshot a moment later, so the check waits a second. The second run (54/56 with the
# fixes) found two races more: `--local=true | head -1` (ctr's usage into a closed pipe: SIGPIPE or not before
# its error line), now read without the pipe; and the name `import-<date>@<digest>` that `--no-unpack --digests`
# gives nginx-docker.tar's index, whose digest the real node gave as sha256:4489186f… in one run where the
# simulator (and the first run) gave sha256:16888c63…: the check lines leave those names out until that is
# understood. Left out: `ctr i import --compress-blobs nginx-docker.tar` (rc=0 on the node), which needs gzip
# output byte-identical to Go's compress/gzip to give the same digests: not simulated here.
ctr i import --digests busybox-oci.tar | sed 's/sha256:[0-9a-f]*/sha256:X/g'
ctr i ls -q | sort -r
ctr i import --digests --skip-digest-for-named busybox-oci.tar | cut -c1-30
ctr i import --skip-digest-for-named busybox-oci.tar | head -2
ctr i import --base-name foo/bar busybox-oci.tar; ctr i ls -q | grep foo
ctr i import --base-name foo/bar --digests busybox-oci.tar | wc -l
ctr i import --index-name idx1 --base-name foo/bar busybox-oci.tar >/dev/null; ctr i ls -q | grep -c idx1
ctr i import --platform linux/arm64 busybox-oci.tar; echo rc=$?
ctr i import --platform=linux/amd64 --all-platforms busybox-oci.tar | head -1
ctr i import --no-unpack --digests nginx-docker.tar | sed 's/sha256:[0-9a-f]*/sha256:X/g'
ctr i import --local busybox-oci.tar; echo rc=$?
ctr i import --local=true busybox-oci.tar >/dev/null; echo rc=$?
ctr i import nosuch.tar; echo rc=$?
ctr i import /etc/hostname; echo rc=$?
ctr i import - < busybox-oci.tar | head -1
ctr i export; echo rc=$?
ctr i export out1.tar; echo rc=$?
ctr i export out2.tar docker.io/library/busybox:latest && tar tf out2.tar | sort | head -5
ctr i export --all-platforms out3.tar docker.io/library/busybox:latest; echo rc=$?
ctr i export --platform linux/amd64 --platform linux/arm64 out4.tar docker.io/library/busybox:latest; echo rc=$?
ctr i export --platform linux/amd64 out5.tar docker.io/library/busybox:latest && tar tf out5.tar | grep -c blobs/sha256/
ctr i export --skip-manifest-json out6.tar docker.io/library/busybox:latest && tar tf out6.tar | grep -c manifest.json
ctr i export --skip-non-distributable out7.tar docker.io/library/busybox:latest; echo rc=$?
ctr i export out8.tar docker.io/library/busybox:latest docker.io/library/busybox:latest && tar xOf out8.tar index.json | grep -o '"org.opencontainers.image.ref.name":"[^"]*"'
ctr i export out9.tar docker.io/library/busybox:latest nosuch:1; echo rc=$?
ctr i export /nonexistent/dir/o.tar docker.io/library/busybox:latest; echo rc=$?
ctr i export - docker.io/library/busybox:latest | tar t | grep -c json
ctr i export --local out10.tar docker.io/library/busybox:latest; echo rc=$?
ctr i push; echo rc=$?
ctr i push localhost:1/x:1; echo rc=$?
# Which blob a push to a refusing registry asks about first races on the real node (the layer and the
# config are pushed at once; the first error wins): the digest in the error is not compared.
ctr i push --plain-http localhost:1/bb:1 docker.io/library/busybox:latest 2>&1 | tail -1 | sed 's/sha256:[0-9a-f]\{64\}/sha256:DIGEST/'
ctr i push --platform linux/amd64 --plain-http localhost:1/bb:1 docker.io/library/busybox:latest 2>&1 | tail -1 | sed 's/sha256:[0-9a-f]\{64\}/sha256:DIGEST/'
ctr i push --manifest sha256:abc localhost:1/bb:1 2>&1 | tail -1
ctr i push --manifest-type application/x localhost:1/bb:1 docker.io/library/busybox:latest 2>&1 | tail -1
ctr i push --max-concurrent-uploaded-layers 0 --plain-http localhost:1/bb:1 docker.io/library/busybox:latest 2>&1 | tail -1 | sed 's/sha256:[0-9a-f]\{64\}/sha256:DIGEST/'
ctr i push --local localhost:1/bb:1 docker.io/library/busybox:latest 2>&1 | tail -1
ctr i mount; echo rc=$?
ctr i mount docker.io/library/busybox:latest 2>&1; echo rc=$?
mkdir -p mnt1 && ctr i mount docker.io/library/busybox:latest mnt1 | tail -1 && ls mnt1 | head -3
ctr i mount docker.io/library/busybox:latest mnt1; echo rc=$?
ctr i unmount mnt1 && ls mnt1 | wc -l
ctr i unmount mnt1; echo rc=$?
mkdir -p mnt2 && ctr i mount --rw --snapshotter native docker.io/library/busybox:latest mnt2 | tail -1 && touch mnt2/new && echo wrote
ctr i unmount --rm mnt2 && sleep 1 && ctr snapshots --snapshotter native ls | grep -c mnt2
ctr i mount --platform linux/arm64 docker.io/library/busybox:latest mnt2; echo rc=$?
ctr i mount nosuch:1 mnt2; echo rc=$?
ctr i unmount; echo rc=$?
ctr i unmount --rm /nonexistent; echo rc=$?
ctr i check --quiet | grep -v '^import-' | sort
ctr i check -q 'name~=busybox' | sort
ctr i check --snapshotter native | awk 'NR>1 && $1 !~ /^import-/ {print $1, $4}'
ctr i ls 'name~=^docker' -q
ctr i ls 'labels."io.containerd.image.name"' -q
ctr i tag --force docker.io/library/busybox:latest idx1 && ctr i ls | awk '$1=="idx1"{print $2}'
ctr i rm --sync idx1 nosuch foo/bar; echo rc=$?
