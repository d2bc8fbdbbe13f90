# Fresh learner set (issue 14, H47): `ctr i` check/label/usage/mount/unmount/tag --force/rm --sync/ls filters as
# a learner explores them after an import, with missing names, repeated and empty values, and pipes into text tools.
ctr i import busybox-oci.tar | wc -l
ctr i import nginx-docker.tar >/dev/null; ctr i ls -q
ctr i check | awk 'NR>1{print $1, $3, $4}'
ctr i check -q; echo rc=$?
ctr i check 'name==docker.io/library/busybox:latest' | wc -l
ctr i check 'name~=nginx' | awk 'NR>1{print $3}'
ctr i check name==nosuch; echo rc=$?
ctr i usage docker.io/library/busybox:latest | head -1
ctr i usage docker.io/library/busybox:latest | awk 'NR>1{print $2}' | sort | uniq -c
ctr i usage nosuch:latest; echo rc=$?
ctr i usage; echo rc=$?
ctr i usage --snapshotter native docker.io/library/busybox:latest | awk 'NR>1{print $2}' | sort | uniq -c
ctr i label docker.io/library/busybox:latest stage=learn owner=me
ctr i ls 'labels.stage==learn' -q
ctr i ls 'labels.owner' -q
ctr i label docker.io/library/busybox:latest stage=
ctr i ls -q 'labels.stage==learn' | wc -l
ctr i label docker.io/library/busybox:latest
ctr i label nosuch:latest a=b; echo rc=$?
ctr i label docker.io/library/busybox:latest 'spaced=a b' 'emoji=✓'
ctr i ls name==docker.io/library/busybox:latest | awk 'NR>1{print $NF}'
ctr i label docker.io/library/busybox:latest =x; echo rc=$?
ctr i tag docker.io/library/busybox:latest bb:one
ctr i tag docker.io/library/busybox:latest bb:one; echo rc=$?
ctr i tag --force docker.io/library/nginx:alpine bb:one
ctr i ls -q | grep bb
ctr i ls name==bb:one | awk 'NR>1{print $3}' | cut -c1-19
ctr i tag docker.io/library/busybox:latest bb:two bb:three; ctr i ls -q | grep -c bb
ctr i tag nosuch:latest bb:four; echo rc=$?
ctr i tag docker.io/library/busybox:latest; echo rc=$?
ctr i tag docker.io/library/busybox:latest 'BAD:Upper'; echo rc=$?
ctr i ls -q | grep -ci upper
ctr i rm bb:one bb:two
ctr i rm bb:one; echo rc=$?
ctr i rm --sync bb:three; echo rc=$?
ctr i rm nosuch:a nosuch:b; echo rc=$?
ctr i ls -q | wc -l
mkdir -p mnt1 && ctr i mount docker.io/library/busybox:latest /tmp/ctrlab-oracle-files/mnt1 | tail -1
ls mnt1/bin | head -3; ls mnt1 | wc -l
touch mnt1/newfile; echo rc=$?
ctr snapshots ls | grep -c Active
ctr i mount docker.io/library/busybox:latest /tmp/ctrlab-oracle-files/mnt1; echo rc=$?
ctr i unmount /tmp/ctrlab-oracle-files/mnt1
ls mnt1 | wc -l
ctr i unmount /tmp/ctrlab-oracle-files/mnt1; echo rc=$?
ctr i unmount --rm /tmp/ctrlab-oracle-files/mnt1; echo rc=$?
ctr i mount --rw docker.io/library/busybox:latest /tmp/ctrlab-oracle-files/mnt1 >/dev/null; touch mnt1/rwfile; echo rc=$?
ctr i unmount --rm /tmp/ctrlab-oracle-files/mnt1; ctr snapshots ls | grep -c Active
ctr i mount nosuch:latest /tmp/ctrlab-oracle-files/mnt1; echo rc=$?
ctr i mount docker.io/library/busybox:latest; echo rc=$?
ctr i mount docker.io/library/busybox:latest /tmp/ctrlab-oracle-files/no/such/dir; echo rc=$?
ctr i ls -q | while read i; do ctr i ls name==$i | tail -1 | awk '{print $1, $4, $5}'; done
ctr i ls | awk 'NR>1{n++} END{print n}'
ctr i ls --quiet 'name~=busybox'
ctr i rm --sync docker.io/library/nginx:alpine && ctr content ls -q | wc -l
ctr i check; ctr i rm docker.io/library/busybox:latest; ctr i check | wc -l
