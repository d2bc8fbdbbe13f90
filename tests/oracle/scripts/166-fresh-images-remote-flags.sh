# Fresh learner set (issue 14, H54): `ctr i` check/label/convert/mount/unmount/usage/tag --force, and the remote
# flags of pull / fetch / fetch-object / push-object / push (--plain-http, --platform, --all-platforms,
# --skip-verify, --user, --max-concurrent-downloads, --print-chainid, --label, --snapshotter, --hosts-dir,
# --http-dump) against an address nothing listens on (localhost:1), so the real answer is a stable refusal.
ctr i import busybox-oci.tar >/dev/null && ctr i import nginx-docker.tar >/dev/null && ctr i ls -q
ctr i check | awk '{print $1, $3, $4}'
ctr i check 'name~=nginx' | awk 'NR>1{print $1, $3}'
ctr i check -q; echo rc=$?
ctr i label docker.io/library/nginx:alpine stage=test owner=me
ctr i ls 'labels.stage==test' -q
ctr i label docker.io/library/nginx:alpine stage=
ctr i ls 'labels.stage' -q | wc -l
ctr i label nosuch:1 a=b; echo rc=$?
ctr i tag docker.io/library/busybox:latest bb:one bb:two
ctr i tag docker.io/library/busybox:latest bb:one; echo rc=$?
ctr i tag --force docker.io/library/nginx:alpine bb:one
ctr i ls -q | sort
ctr i ls 'name==bb:one' | awk 'NR>1{print $2}'
ctr i tag nosuch:1 x:1; echo rc=$?
ctr i tag docker.io/library/busybox:latest; echo rc=$?
ctr i usage bb:two | head -1
ctr i usage --snapshotter native bb:two; echo rc=$?
ctr i usage nosuch:1; echo rc=$?
ctr i convert --oci docker.io/library/nginx:alpine nginx:oci
ctr i ls 'name==nginx:oci' | awk 'NR>1{print $3}'
ctr i convert docker.io/library/busybox:latest bb:conv; echo rc=$?
ctr i convert --oci --platform linux/arm64 docker.io/library/busybox:latest bb:arm; echo rc=$?
ctr i convert --oci nosuch:1 x:1; echo rc=$?
mkdir -p mnt1 && ctr i mount docker.io/library/busybox:latest /tmp/ctrlab-oracle-files/mnt1 >/dev/null; echo rc=$?
ls mnt1/bin | grep -c '^busybox$'
ctr snapshots ls | awk 'NR>1{print $3}' | sort | uniq -c
ctr i mount docker.io/library/busybox:latest /tmp/ctrlab-oracle-files/mnt1 >/dev/null; echo rc=$?
ctr i unmount /tmp/ctrlab-oracle-files/mnt1
ctr i unmount /tmp/ctrlab-oracle-files/mnt1; echo rc=$?
ctr i unmount --rm /tmp/ctrlab-oracle-files/mnt1; echo rc=$?
ctr i mount nosuch:1 /tmp/ctrlab-oracle-files/mnt1; echo rc=$?
ctr i mount docker.io/library/busybox:latest; echo rc=$?
ctr i pull --plain-http localhost:1/lib/x:1; echo rc=$?
ctr i pull --plain-http --user bob:secret localhost:1/lib/x:1; echo rc=$?
ctr i pull --skip-verify --platform linux/arm64 localhost:1/x:1; echo rc=$?
ctr i pull --all-platforms --max-concurrent-downloads 1 localhost:1/x:1; echo rc=$?
ctr i pull --print-chainid --label a=b --snapshotter native localhost:1/x:1; echo rc=$?
ctr i pull --plain-http --hosts-dir /tmp/ctrlab-oracle-files/certs.d localhost:1/x:1; echo rc=$?
ctr i pull --max-concurrent-downloads 0 --plain-http localhost:1/x:latest; echo rc=$?
ctr content fetch --plain-http localhost:1/x:1; echo rc=$?
ctr content fetch --all-metadata --plain-http localhost:1/x:1; echo rc=$?
ctr content fetch-object --plain-http localhost:1/x:1; echo rc=$?
ctr content fetch-object --skip-verify localhost:1/x:1 sha256:0000000000000000000000000000000000000000000000000000000000000000; echo rc=$?
ctr content push-object --plain-http localhost:1/x:1 sha256:0000000000000000000000000000000000000000000000000000000000000000 application/octet-stream; echo rc=$?
ctr content push-object localhost:1/x:1; echo rc=$?
ctr i push --plain-http localhost:1/x:1 docker.io/library/busybox:latest; echo rc=$?
ctr i push --plain-http localhost:1/x:1; echo rc=$?
ctr i push --plain-http --manifest-type application/vnd.oci.image.manifest.v1+json localhost:1/bb:1 nosuch:1; echo rc=$?
ctr i rm bb:one bb:two nginx:oci; echo rc=$?
ctr i rm --sync bb:one; echo rc=$?
ctr i ls -q
