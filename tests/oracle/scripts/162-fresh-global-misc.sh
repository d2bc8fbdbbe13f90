# Fresh learner set (issue 14, H52): global flags in their other spellings (--address forms, --namespace= forms,
# --debug, --timeout, --connect-timeout), `ctr install`, `ctr plugins ls -d` with filters, `ctr events` ended by
# timeout, `ctr pprof` and `ctr version` variants, `ctr shim` and `ctr oci` odds.
# Rewritten after the first run against the real node (58/65): `ctr install` into the default /opt/containerd
# depended on what earlier scripts had installed on the machine (125 installs busybox there with --replace), so
# it installs into a directory of its own; a watcher started with `&` saw nothing here (the node shell runs a
# background job after the line's other commands), so the regex topic filter watches a task end in the foreground.
# A third run (loaded machine) added gRPC's transport suffix to the 1 s dial timeout of a missing socket, which
# the first had not: that line now reads the error up to `context deadline exceeded`.
# Left out: `ctr --timeout 1ns ns ls` (the node: `ctr: context deadline exceeded`, rc=1): a deadline that has
# passed before the first request is not simulated here (clients/ctr/ctr.ts withTimeout says so).
ctr --namespace=green ns ls -q
ctr --namespace=green i import busybox-oci.tar >/dev/null && ctr ns ls -q
ctr -n=green i ls -q
ctr --namespace green --namespace blue i ls -q; echo rc=$?
ctr --namespace= i ls -q; echo rc=$?
ctr --namespace 'Bad_NS' i ls; echo rc=$?
ctr --namespace a.b-c i ls -q; echo rc=$?
ctr --namespace $(printf 'n%.0s' $(seq 80)) i ls; echo rc=$?
CONTAINERD_NAMESPACE=green ctr i ls -q
CONTAINERD_NAMESPACE=green ctr -n default i ls -q | wc -l
ctr --address "$CONTAINERD_ADDRESS" version | grep -c Version
ctr -a="$CONTAINERD_ADDRESS" ns ls -q
ctr --address unix://"$CONTAINERD_ADDRESS" ns ls -q; echo rc=$?
ctr --address /nonexistent.sock --connect-timeout 1s ns ls 2>&1 | cut -d: -f1-3
ctr --address /etc/hostname --connect-timeout 1s ns ls; echo rc=$?
ctr --address '' ns ls; echo rc=$?
ctr --connect-timeout bogus ns ls; echo rc=$?
ctr --connect-timeout 0 ns ls -q
ctr --timeout 30s ns ls -q
ctr --timeout=-1s ns ls -q; echo rc=$?
ctr --debug ns ls -q
ctr --debug=false version | tail -3 | head -1
ctr --debug=bogus ns ls; echo rc=$?
ctr -v | cut -d' ' -f1-2
ctr --version --help | head -2
ctr version --bogus; echo rc=$?
ctr version extra-arg | head -2
ctr v; echo rc=$?
ctr install; echo rc=$?
ctr install nosuch:1; echo rc=$?
ctr install --libs --replace --path /tmp/ctrlab-oracle-files/inst nosuch:1; echo rc=$?
mkdir -p inst && ctr -n green install --path /tmp/ctrlab-oracle-files/inst docker.io/library/busybox:latest; echo rc=$?; ls inst/bin | wc -l
ctr -n green install --path /tmp/ctrlab-oracle-files/inst docker.io/library/busybox:latest; echo rc=$?
ctr plugins ls -d 'type==io.containerd.runtime.v2' | head -6
ctr plugins ls -d 'id==walking' | grep -E '^(Type|ID|Status|Platforms):'
ctr plugins ls -d 'status==error' | head -3
ctr plugins ls --detailed --quiet 'id==native'
ctr plugins ls 'platform==linux/arm64' -q | head -3
ctr plugins ls 'type~=snapshotter' | awk 'NR>1{print $2, $NF}'
ctr plugins ls 'id==btrfs' | awk 'NR>1{print $NF}'
ctr plugins ls 'id==aufs' -d | grep -E '^(Status|Error):'
timeout 2 ctr events; echo rc=$?
timeout 2 ctr events 'topic==/namespaces/create' & sleep 1; ctr ns create evns; wait
ctr -n green run -d docker.io/library/busybox:latest evx sleep 1; ctr --timeout 3s events 'topic~=/tasks.e/' 2>&1 | awk '/^ctr:/ {print $NF; next} {print $5, $6}'
timeout 2 ctr events nosuchfield==x; echo rc=$?
ctr events --bogus; echo rc=$?
ctr pprof; echo rc=$?
ctr pprof heap --debug-socket /nonexistent.sock; echo rc=$?
ctr pprof goroutines -d /nonexistent.sock; echo rc=$?
ctr pprof block --bogus; echo rc=$?
ctr pprof profile --seconds 0 -d /nonexistent.sock; echo rc=$?
ctr shim; echo rc=$?
ctr shim --id '' state; echo rc=$?
ctr shim --id nosuch exec --tty --cwd / --env A=1 --spec /nonexistent.json; echo rc=$?
ctr shim --id nosuch delete; echo rc=$?
ctr shim --id nosuch start; echo rc=$?
ctr oci; echo rc=$?
ctr oci spec | grep -c '"ociVersion"'
ctr oci spec extra | head -2
ctr oci spec --bogus; echo rc=$?
ctr oci spec | grep -A3 '"args"'
ctr help oci | head -4
ctr h ns | head -3
ctr ns rm evns; ctr ns ls -q
