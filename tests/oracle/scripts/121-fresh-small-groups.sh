# Fresh learner set (issue 14, H42) in the command groups with the fewest oracle lines before it: plugins,
# version, oci, pprof, shim, install, events, namespaces, leases and help. Written against the real node
# before any fix: flags in other combinations, `=` forms, repeated flags, empty and odd values, wrong states.
# The two expiring leases wait 5 s, not 2: containerd's collector runs again after 50 times its last
# run's length, and under load (a CI pre-check of session 24) t1 was still listed after 2 s.
ctr plugins
ctr plugins ls -q | head -3
ctr plugins ls -q -d | head -3
ctr plugins ls --quiet=true | wc -l
ctr plugins ls --quiet=false | head -2
ctr plugins ls --quiet=maybe
ctr plugins ls -d=true | head -4
ctr plugins list -q 'type==io.containerd.snapshotter.v1'
ctr plugins ls 'id==overlayfs'
ctr plugins ls 'id==overlayfs' 'id==native'
ctr plugins ls 'id==overlayfs,type==io.containerd.snapshotter.v1'
ctr plugins ls 'id~=^over'
ctr plugins ls 'id~=/^over/'
ctr plugins ls 'id!=overlayfs' -q | wc -l
ctr plugins ls 'status==ok' -q | wc -l
ctr plugins ls 'status==skip' -q
ctr plugins ls 'platform==linux/amd64' -q | wc -l
ctr plugins ls 'nosuchfield==x'
ctr plugins ls 'id=='
ctr plugins ls '=='
ctr plugins ls 'id==nosuch'
ctr plugins ls -d 'id==nosuch'
ctr plugins ls -q 'id==nosuch'
ctr plugins ls -d 'id==native'
ctr plugins ls -d 'id==overlayfs'
ctr plugins ls -d 'type==io.containerd.content.v1'
ctr plugins ls -q 'type==io.containerd.grpc.v1' | sort | head -5
ctr plugin ls -q 'id==tasks'
ctr plugins ls --bogus
ctr plugins bogus
ctr plugins ls -h | head -3
ctr plugins --help | head -3
ctr plugins help ls | head -3
ctr version -h | head -3
ctr version --help=true | head -3
ctr version -q
ctr version | grep -c Version
ctr version | sed -n 1p
ctr version | sed -n 5p
ctr version | sed -n 2p
ctr --address '' version
ctr --address /nonexistent/sock --connect-timeout 100ms version
ctr -a /nonexistent/sock --connect-timeout 2s version
ctr oci
ctr oci spec --help | head -4
ctr oci spec extra | head -3
ctr oci spec | head -3
ctr oci spec | grep -c '"'
ctr oci spec | grep '"path"'
ctr oci spec | grep -A3 '"namespaces"'
ctr oci spec | tail -3
ctr oci spec --bogus
ctr oci bogus
ctr oci spec | wc -l
ctr -n other oci spec | grep -c namespace
ctr pprof -h | head -3
ctr pprof heap --bogus
ctr pprof -d /nonexistent heap
ctr pprof --debug-socket= goroutines
ctr pprof profile --seconds 1 -d /nonexistent
ctr pprof trace -d /nonexistent --seconds 0s
ctr pprof block -d /nonexistent
ctr pprof threadcreate -d /nonexistent
ctr pprof goroutines -d /nonexistent
ctr pprof bogus
ctr shim --help | head -4
ctr shim --id x bogus
ctr shim --id x state
ctr shim --id x start
ctr shim --id x delete
ctr shim --id x exec
ctr shim --id x exec --spec nosuch.json
ctr shim --id=x state
ctr shim state --id x
ctr -n '' shim --id x state
ctr install -h | head -4
ctr install
ctr install --libs
ctr install docker.io/library/nosuch:latest
ctr install --path /tmp/inst docker.io/library/nosuch:latest
ctr install --replace --libs docker.io/library/nosuch:latest
ctr install a b
ctr install ''
ctr events --help | head -4
ctr events 'topic=='
timeout 1 ctr events 'topic'; echo rc=$?
ctr events '=='
ctr events 'topic==/x,'
ctr --timeout 1s events 'namespace==default' 2>&1 | grep -o 'context deadline exceeded$'
ctr --timeout 1s event 2>&1 | grep -o 'context deadline exceeded$'
ctr ns
ctr ns ls -q
ctr ns ls
ctr ns create a1
ctr ns create a1
ctr ns create A1
ctr ns create 1a
ctr ns create a.b
ctr ns create a_b
ctr ns create a-b
ctr ns create -a
ctr ns create ''
ctr ns create 'a b'
ctr ns create é
ctr ns create aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
ctr ns create a2 k=v k=w
ctr ns create a3 k
ctr ns create a4 =v
ctr ns create a5 k==v
ctr ns create a6 'k=v w'
ctr ns ls
ctr ns label a1
ctr ns label a1 x=1 y=2
ctr ns label a1 x=
ctr ns label a1 y
ctr ns ls
ctr ns label nosuch x=1
ctr ns label '' x=1
ctr ns rm
ctr ns rm nosuch
ctr ns rm a1 nosuch
ctr ns rm a1
ctr namespaces remove a2 a3
ctr namespaces delete a4
ctr ns rm a5 a6 a.b a-b a_b 1a
ctr ns ls
ctr ns ls -q --quiet
ctr ns ls extra
ctr ns ls --bogus
ctr ns create busy; ctr -n busy c create docker.io/library/busybox:latest nb 2>&1 | head -1; ctr ns rm busy
ctr i import busybox-oci.tar
ctr -n busy2 i import busybox-oci.tar >/dev/null; ctr ns rm busy2
ctr -n busy2 i rm --sync docker.io/library/busybox:latest; ctr ns rm busy2
ctr -n busy2 content ls -q | wc -l
ctr ns ls
ctr -n fresh ns ls -q
ctr -n '' ns ls -q
ctr -n 'bad name' c ls
ctr leases
ctr leases ls
ctr leases ls -q
ctr leases create --id l1
ctr leases create --id l1
id=$(ctr leases create --id ''); ctr leases rm "$id" && echo removed
ctr leases create --id 'a b'
ctr leases create --id=l2 --expires=2h
ctr leases create --id l3 --expires 90s --label a=1 --label b=2
ctr leases create --id l4 --label a
ctr leases create --id l5 --label =v
ctr leases create --id l6 --label a=1 --label a=2
ctr leases create --id l7 --expires 0
ctr leases create --id l8 --expires 1.5h
ctr leases create --id l9 --expires 1d
ctr leases create --id l10 extra
ctr leases ls -q | sort
ctr leases ls | sed 's/[0-9T:.Z-]\{20,\}/TIME/g' | sort
ctr leases ls 'id==l3'
ctr leases ls -q 'id==l1' 'id==l2'
ctr leases ls -q 'id~=^l[0-9]$' | sort
ctr leases ls -q 'labels.a==1'
ctr leases ls -q 'labels.a'
ctr leases ls -q 'labels."a"==1'
ctr leases ls -q 'nosuch==1'
ctr leases ls -q 'id=='
ctr leases ls -q '=='
ctr leases ls --bogus
ctr leases rm
ctr leases rm nosuch
ctr leases rm l1 nosuch
ctr leases rm l1
ctr leases delete l2 --sync
ctr leases rm --sync=true l3
ctr leases rm -s l4
ctr leases ls -q | sort
ctr leases rm l5 l6 l7 l8 l9 l10
ctr leases ls -q
ctr -n other leases ls
ctr -n other leases create --id x1
ctr leases ls -q
ctr -n other leases rm x1
ctr leases create --id t1 --expires 1s; sleep 5; ctr leases ls -q
ctr leases create --id t2 --expires 1s; sleep 5; ctr leases rm t2
ctr help | head -3
ctr h leases | head -3
ctr help nosuch
ctr --help bogus | head -2
ctr help ns create | head -3
ctr ns help | head -3
ctr leases help create | head -4
ctr -v
ctr --version
ctr --version extra
ctr -n
ctr --namespace
