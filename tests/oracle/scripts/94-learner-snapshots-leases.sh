# Hand-written learner set B (session 9), part 2 of 2: snapshots, leases, events, plugins and global flags.
# Left out as races on the real node: `ctr --timeout 1s events` alone (the client's DeadlineExceeded or the
# server's `Unknown desc = subscription error: context deadline exceeded`, either one; only the common tail is
# compared), and `ctr ns rm dev` right after a plain `i rm` (the garbage collector may not have run yet: --sync).
ctr -n dev i import busybox-oci.tar
ctr -n dev snapshots ls
ctr -n dev snapshot ls
ctr -n dev snapshots --snapshotter native ls
ctr -n dev i unpack docker.io/library/busybox:latest
ctr -n dev snapshots ls | wc -l
ctr -n dev snapshots ls | awk 'NR>1{print $3}'
ctr -n dev snapshots prepare mysnap
ctr -n dev snapshots prepare ''
ctr -n dev snapshots prepare snap1 missing-parent
ctr -n dev snapshots ls | awk 'NR>1{print $1, $3}' | sort
ctr -n dev snapshots mounts /tmp/mnt snap1
ctr -n dev snapshots prepare snap2
ctr -n dev snapshots prepare snap2
ctr -n dev snapshots info snap2 | grep -v Created | grep -v Updated
ctr -n dev snapshots label snap2 purpose=test
ctr -n dev snapshots label snap2
ctr -n dev snapshots usage snap2
ctr -n dev snapshots usage nope
ctr -n dev snapshots commit done2 snap2
ctr -n dev snapshots commit done2 snap2
ctr -n dev snapshots view v1 done2
ctr -n dev snapshots tree | head -3
ctr -n dev snapshots rm done2
ctr -n dev snapshots rm v1 done2
ctr -n dev snapshots rm nosuch
ctr -n dev snapshots diff
ctr -n dev snapshots diff nosuch
ctr -n dev snapshots diff v1 nosuch
ctr leases ls
ctr leases create
ctr leases create --id mine
ctr leases create --id mine
ctr leases create --id l2 --expires 1h team=x
ctr leases ls | awk '{print $1}'
ctr leases ls 'labels.team==x' | awk '{print $1}'
ctr leases create --id l3 --expires abc
ctr leases create --id l4 --expires -1h
ctr leases rm mine l2
ctr leases rm mine
ctr leases delete nosuch
ctr --timeout 1s events 2>&1 | grep -o 'context deadline exceeded$'
ctr --timeout 1s events 'topic=="/tasks/exit"' 2>&1 | grep -o 'context deadline exceeded$'
ctr events bad==
ctr plugins ls | head -1
ctr plugin ls -q | head -2
ctr plugins ls type==io.containerd.snapshotter.v1 | awk '{print $2}' | sort
ctr plugins ls -d id==overlayfs | grep -c Type
ctr pprof --help | head -2
ctr --address /nonexistent.sock ns ls
ctr -a /etc/hostname ns ls
ctr --debug ns ls
ctr nosuchcommand
ctr ns lss
ctr c
ctr t --help | head -3
ctr oci spec | grep -c ociVersion
ctr ns rm --help | head -2
ctr -n dev i rm --sync docker.io/library/busybox:latest
ctr -n dev snapshots rm snap1 mysnap
ctr ns rm dev
