# Hand-written learner set B (session 9): namespaces, content, snapshots, leases, events, plugins and global flags.
# Left out as races on the real node: `ctr --timeout 1s events` alone (the client's DeadlineExceeded or the
# server's `Unknown desc = subscription error: context deadline exceeded`, either one; only the common tail is
# compared), and `ctr ns rm dev` right after a plain `i rm` (the garbage collector may not have run yet: --sync).
ctr ns ls
ctr namespaces list -q
ctr ns create dev
ctr ns create dev
ctr ns create 'Bad_Name'
ctr ns create ''
ctr ns create --label team=a dev2 owner=b
ctr ns create dev3 env=prod tier=
ctr ns ls
ctr ns label dev3
ctr ns label dev3 env=
ctr ns ls
ctr ns rm dev3 dev4
ctr ns remove dev2
ctr -n dev i import busybox-oci.tar
ctr ns rm dev
ctr --namespace dev i ls -q
ctr -n=dev c ls
CONTAINERD_NAMESPACE=dev ctr i ls -q
ctr -n dev content ls -q | sort
ctr content ls -q
ctr -n dev content ls | head -1
ctr -n dev content ls --format pretty | head -3
ctr -n dev content ls -q | head -1 | xargs ctr -n dev content get | head -c 30; echo
ctr -n dev content get sha256:abc
ctr -n dev content get nothex
ctr -n dev content get sha256:0000000000000000000000000000000000000000000000000000000000000000
ctr -n dev content active
ctr -n dev content rm sha256:0000000000000000000000000000000000000000000000000000000000000000
echo hello | ctr -n dev content ingest greeting
ctr -n dev content ls | grep -c 'sha256:5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03'
echo hello | ctr -n dev content ingest --expected-digest sha256:0000000000000000000000000000000000000000000000000000000000000000 g2
echo hello | ctr -n dev content ingest --expected-size 3 g3
echo hello | ctr -n dev content ingest
ctr -n dev content label sha256:5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03 note=hi
ctr -n dev content label sha256:5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03 note=hi z=1 a=2
ctr -n dev content ls 'labels.note==hi'
ctr -n dev content ls -q 'labels.z'
ctr -n dev content rm sha256:5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03
ctr -n dev content rm sha256:5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03
ctr -n dev content push-object
ctr -n dev content push-object localhost:5000/x
ctr -n dev content push-object localhost:5000/x sha256:0000000000000000000000000000000000000000000000000000000000000000
ctr -n dev content push-object "" sha256:0000000000000000000000000000000000000000000000000000000000000000
ctr -n dev content fetch-object
ctr -n dev content fetch
ctr -n dev content edit
ctr -n dev content edit --validate json sha256:0000000000000000000000000000000000000000000000000000000000000000
ctr -n dev content edit sha256:0000000000000000000000000000000000000000000000000000000000000000
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
