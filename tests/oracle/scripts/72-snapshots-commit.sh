# snapshots commit of a key that is not there (in a namespace with no snapshots yet, and with some), of a committed
# snapshot, onto a name taken, and the other verbs on missing keys.
ctr snapshots commit c1 missing
ctr snapshots prepare a1
ctr snapshots commit c1 missing
ctr snapshots commit c1 a1
ctr snapshots commit c2 c1
ctr snapshots prepare a2 c1
ctr snapshots commit c1 a2
ctr snapshots commit "" a2
ctr snapshots commit c3
ctr snapshots commit
ctr snapshots --snapshotter native commit c1 a2
ctr snapshots ls
ctr snapshots tree
ctr snapshots rm missing
ctr snapshots mounts /tmp/m missing
ctr snapshots view v1 missing
ctr snapshots info missing
ctr snapshots usage missing
ctr snapshots label missing a=1
ctr -n other snapshots commit c1 a1
