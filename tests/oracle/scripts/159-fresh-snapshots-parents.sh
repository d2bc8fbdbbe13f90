# Fresh learner set (issue 14, H52): `ctr snapshots` built by hand from an empty parent and from the image's
# chain, with odd keys (slashes, dots, unicode, spaces, very long), label forms, views, mounts, usage, tree and
# diff read back the way a learner checks, and the wrong states each subcommand refuses.
# Rewritten after the first run against the real node (56/62): the gzip header of `snapshots diff` is read
# through base64 and gzip, not printed raw (its 0x8b byte is no UTF-8 and reaches the compared text differently).
ctr i import busybox-oci.tar >/dev/null
ctr snapshot prepare scratch
ctr snapshots ls | awk '$1=="scratch"{print $2 "|" $3}'
ctr snapshots prepare a/b/c
ctr snapshots prepare 'with space'
ctr snapshots prepare 'ünï' && ctr snapshots ls | grep -c 'ünï'
ctr snapshots prepare .hidden; echo rc=$?
ctr snapshots prepare $(printf 'k%.0s' $(seq 300)) && echo long-ok
ctr snapshots prepare --target /tmp/ctrlab-oracle-files/t1 t1 | head -1
ctr snapshots prepare --mounts t2 | cut -d' ' -f1-3
ctr snapshots prepare --mounts=true t3 | grep -c lowerdir
ctr snapshots prepare --mounts=false t4; echo rc=$?
ctr snapshots prepare scratch; echo rc=$?
ctr snapshots prepare a b c; echo rc=$?
ctr snapshots commit scratch-c scratch && ctr snapshots info scratch-c | grep -c Committed
ctr snapshots info scratch; echo rc=$?
ctr snapshots commit scratch-c t1; echo rc=$?
ctr snapshots commit only-one; echo rc=$?
ctr snapshots commit x nosuch; echo rc=$?
ctr snapshots prepare kid scratch-c && ctr snapshots info kid | grep Parent
ctr snapshots view kview scratch-c --mounts | grep -c 'mount -t'
ctr snapshots view kview2 nosuch; echo rc=$?
ctr snapshots view kview3 t2; echo rc=$?
ctr snapshots view --target /tmp/ctrlab-oracle-files/v v1 scratch-c | head -1
ctr snapshots info kview | grep -E '"(Kind|Name)"'
ctr snapshots rm scratch-c; echo rc=$?
ctr snapshots tree | grep -E 'scratch|kid|kview'
ctr snapshots tree -h | head -4
ctr snapshots label kid a=1 b=2 c= | sort
ctr snapshots label kid 'x.y/z=with spaces' && ctr snapshots info kid | grep x.y
ctr snapshots label kid =v; echo rc=$?
ctr snapshots label kid noequals; echo rc=$?
ctr snapshots info kid | grep -A4 Labels | grep -v Created
ctr snapshots label kid a= b= && ctr snapshots info kid | grep -c '"a"'
ctr snapshots usage kid
ctr snapshots usage -b kid | awk 'NR==1{print $1,$2,$3}'
ctr snapshots usage nosuch; echo rc=$?
ctr snapshots usage scratch-c kid | wc -l
ctr snapshots mounts /mnt kid | sed 's/[0-9][0-9]*\/fs/N\/fs/g; s/[0-9][0-9]*\/work/N\/work/'
ctr snapshots mounts /mnt kview | sed 's/[0-9][0-9]*\/fs/N\/fs/g'
ctr snapshots mounts; echo rc=$?
ctr snapshots mounts /mnt; echo rc=$?
ctr snapshots diff kid scratch-c | head -c 2 | base64; ctr snapshots diff kid scratch-c | gzip -dc | wc -c
ctr snapshots diff --media-type application/vnd.oci.image.layer.v1.tar kid | cut -c1-7
ctr snapshots diff --ref my-diff kid >/dev/null && ctr content ls | grep -c my-diff
ctr snapshots diff --label k=v --keep kid >/dev/null; ctr snapshots ls | grep -c kid
ctr snapshots diff; echo rc=$?
ctr snapshots diff nosuch-a nosuch-b; echo rc=$?
ctr snapshots rm kid kview; echo rc=$?
ctr snapshots rm kid; echo rc=$?
ctr snapshots ls | awk 'NR>1{print $3}' | sort | uniq -c
ctr snapshots --snapshotter=native prepare nat1 && ctr snapshots --snapshotter=native ls | awk 'NR>1{print $1}'
ctr snapshots --snapshotter=native mounts /mnt nat1 | cut -d' ' -f1-4
ctr snapshots --snapshotter native unpack $(ctr i ls -q | head -1); echo rc=$?
ctr snapshots --snapshotter native usage | tail -n +2 | wc -l
ctr snapshots --snapshotter '' ls; echo rc=$?
ctr snapshots unpack --snapshotter native $(ctr i ls | awk 'NR==2{print $3}'); echo rc=$?
ctr snapshots ls nosuch
ctr snapshots ls -q; echo rc=$?
ctr snapshots info; echo rc=$?
ctr snapshots info a/b/c | grep -c '"a/b/c"'
ctr snapshots rm a/b/c 'with space' 'ünï' && ctr snapshots ls | grep -c -E 'a/b/c|with space'
