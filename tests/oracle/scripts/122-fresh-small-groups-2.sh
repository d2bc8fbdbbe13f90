# Fresh learner set (issue 14, H42), part 2 of the least-covered groups: events filter grammar and bounds,
# shim's flags and wrong states, install's refusals (an install that succeeds writes into the host's /opt/containerd, so none is run), oci spec read by tools, pprof verbs' flags,
# plugins and version under other namespaces and global flags. Written against the real node before any fix.
ctr i import busybox-oci.tar
timeout 1 ctr events; echo rc=$?
timeout 1 ctr events 'topic=="/x"' 'namespace==default'; echo rc=$?
ctr events 'topic==a' 'bad filter'
timeout 1 ctr events 'topic~=['; echo rc=$?
ctr events 'topic=="a'
ctr events ',topic==a'
timeout 1 ctr events 'topic==a||b'; echo rc=$?
ctr events --bogus
ctr events -h | head -3
ctr --timeout 500ms events 2>&1 | grep -o 'context deadline exceeded$'
ctr --timeout 0s version | head -1
ctr --timeout -1s version
ctr --timeout bogus version
ctr --connect-timeout bogus version
ctr --debug version | head -1
ctr shim --id '' state
ctr shim --id x --id y state
ctr shim --id x state extra
ctr shim --id x delete extra
ctr shim --id x exec --id e
ctr shim --id x exec --spec ''
ctr shim -h | head -2
ctr shim state -h | head -3
ctr run -d docker.io/library/busybox:latest sh1 sleep 30
ctr -n other shim --id sh1 state
ctr t kill -s 9 sh1; sleep 1; ctr t rm sh1; ctr c rm sh1
ctr install --bogus docker.io/library/busybox:latest
ctr -n other install docker.io/library/busybox:latest
ctr oci spec | grep -c '"type"'
ctr oci spec | grep '"ociVersion"'
ctr oci spec | grep -A2 '"process"'
ctr oci spec | grep '"cwd"'
ctr oci spec | grep -c CAP_
ctr oci spec | grep '"root"' -A3
ctr oci spec | grep -c '"destination"'
ctr oci spec | grep maskedPaths -A2
ctr oci spec | grep readonlyPaths -A2
ctr oci spec | grep '"rlimits"' -A5
ctr oci spec -h | head -2
ctr oci spec --help=false | head -2
ctr oci spec a b | head -1
ctr pprof heap -d /run/containerd/containerd.sock
ctr pprof profile --seconds 2s -d /nonexistent
ctr pprof profile --seconds bogus -d /nonexistent
ctr pprof trace --seconds 3 -d /nonexistent
ctr pprof goroutines extra -d /nonexistent
ctr pprof heap -d /nonexistent -d /other
ctr pprof --debug-socket /nonexistent heap
ctr pprof -h heap | head -2
ctr -n other plugins ls -q | wc -l
ctr -n '' plugins ls -q | wc -l
ctr -n 'bad name' version | head -1
ctr plugins ls -q -q | wc -l
ctr plugins ls 'id==overlayfs' -q 'type==x'
ctr plugins ls -d 'id==cri' | head -4
ctr plugins ls 'type~=snapshotter' | awk '{print $2, $NF}'
ctr plugins ls 'type~=^io.containerd.snapshotter.v1$' -q
ctr plugins ls 'status~=e' | awk '{print $2, $4}'
ctr plugins ls 'platforms==linux/amd64' -q | wc -l
ctr version --bogus=1
ctr version | awk '{print $1}'
