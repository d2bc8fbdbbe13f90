# Hand-written fresh learner set (issue 14), part 3: `ctr snapshots` prepare/view/commit/mounts/usage/
# tree/info/label/rm in orders a learner tries: parents that are active or missing, keys reused, commits of views,
# --snapshotter native beside overlayfs, and the output columns after each step.
ctr i import busybox-oci.tar
ctr snapshots ls | wc -l
ctr snapshots prepare a1
ctr snapshots prepare a1
ctr snapshots prepare a2 a1
ctr snapshots prepare a3 nosuchparent
ctr snapshots ls | grep -c a
ctr snapshots commit c1 a1
ctr snapshots commit c1 a1
ctr snapshots info c1 | grep -E 'Kind|Name'
ctr snapshots prepare a4 c1
ctr snapshots view v1 c1
ctr snapshots view v1 c1
ctr snapshots view v2 a4
ctr snapshots commit c2 v1
ctr snapshots info v1 | grep Kind
ctr snapshots ls | sort | awk '{print $1, $3}'
ctr snapshots usage | wc -l
ctr snapshots usage c1
ctr snapshots usage nosuch
ctr snapshots usage --b c1
ctr snapshots tree | wc -l
ctr snapshots tree | grep -c c1
ctr snapshots mounts /tmp/t a4 | sed 's/snapshots\/[0-9]*/snapshots\/N/g'
ctr snapshots mounts /tmp/t v1 | sed 's/snapshots\/[0-9]*/snapshots\/N/g'
ctr snapshots mounts /tmp/t nosuch
ctr snapshots mounts /tmp/t
ctr snapshots label c1 team=a
ctr snapshots label c1 team=
ctr snapshots info c1 | grep -c team
ctr snapshots label nosuch a=b
ctr snapshots rm c1
ctr snapshots rm a4 v1 c1
ctr snapshots rm c1 nosuch
ctr snapshots ls | awk '{print $1}' | sort | grep -v sha256
ctr snapshots --snapshotter native prepare n1
ctr snapshots --snapshotter native mounts /tmp/m n1 | sed 's/snapshots\/[0-9]*/snapshots\/N/g'
ctr snapshots --snapshotter native commit nc1 n1
ctr snapshots --snapshotter native view nv1 nc1
ctr snapshots --snapshotter native tree
ctr snapshots --snapshotter native usage | sed 's/  */ /g'
ctr snapshots --snapshotter native info nc1 | grep -v Created | grep -v Updated
ctr snapshots --snapshotter native rm nc1
ctr snapshots --snapshotter native rm nv1 nc1
ctr snapshots --snapshotter bogus ls
ctr snapshots --snapshotter native ls
ctr snapshots prepare --mounts m1 | sed 's/snapshots\/[0-9]*/snapshots\/N/g'
ctr snapshots view --mounts m2 c1
ctr snapshots prepare "" c1
ctr snapshots prepare -t "" lab1
ctr snapshots info lab1 | grep -v -e Created -e Updated
ctr snapshots prepare --label x=1 lab2 2>&1 | head -3
ctr snapshots commit "" a2
ctr snapshots commit c3 ""
ctr snapshots commit c3 nosuch
ctr snapshots unpack
ctr snapshots diff a2
ctr snapshots diff a2 c1 | head -2
ctr snapshots ls | awk '{print $1}' | sort | grep -v sha256
