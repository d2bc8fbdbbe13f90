# Fresh learner set (issue 14, H43): events and namespaces, typed the way a learner explores after reading
# the notes: events watched in the background while objects change, filters with odd fields and values,
# namespaces created, labelled, listed with filters and removed in wrong states. Written against the real
# node before any fix; each event watcher has a fixed lifetime so the answer does not depend on timing.
# Left out after the first run (68/73 before): five lines that watched `ctr events` in the background
# (`(timeout 2 ctr events > f &); sleep 0.5; ctr ns create …`) while objects changed: the node shell here
# runs a background job only after the line's other commands, so the watcher saw none of them.
timeout 1 ctr events --help | head -2; echo rc=$?
timeout 1 ctr events 'namespace==nosuch'; echo rc=$?
timeout 1 ctr events 'topic~=/images/'; echo rc=$?
timeout 1 ctr events 'event.name==x'; echo rc=$?
timeout 1 ctr events '!topic'; echo rc=$?
timeout 1 ctr events 'topic==' ; echo rc=$?
timeout 1 ctr events 'topic=="/a"' ''; echo rc=$?
timeout 1 ctr events 'topic==/a/b c'; echo rc=$?
timeout 1 ctr events 'labels."x y"==1'; echo rc=$?
timeout 1 ctr events '   '; echo rc=$?
timeout 1 ctr events -q; echo rc=$?
timeout 1 ctr events list; echo rc=$?
ctr event -h | head -1
ctr -n evns events --bogus=1
ctr ns ls
ctr ns ls -q | sort
ctr namespace list --quiet
ctr ns ls 'name==evA'
ctr ns ls -q 'labels.k==v'
ctr ns ls -q 'labels.k'
ctr ns ls -q 'name~=^ev'
ctr ns ls -q 'name!=evA'
ctr ns ls -q 'name==evA' 'name==evB' | sort
ctr ns ls 'nosuch==1'
ctr ns ls -q labels
ctr ns create
ctr ns create evA
ctr ns create EvUpper
ctr ns create ev_under
ctr ns create ev-dash.dot
ctr ns create -- -lead
ctr ns create 9digit
ctr ns create "$(printf 'a%.0s' $(seq 1 80))"
ctr ns create 'spa ce'
ctr ns create évé
ctr ns create evC a=1 b=2 a=3
ctr ns ls | grep evC
ctr ns create evD noeq
ctr ns create evE =v
ctr ns create evF 'k=v=w'
ctr ns ls | grep -E 'evE|evF'
ctr ns label evC
ctr ns label evC a=
ctr ns ls | grep evC
ctr ns label evC c=3 d=4
ctr ns ls | grep evC
ctr ns label nosuchns x=1
ctr ns label evC 'bad key=1'
ctr ns label evC 'containerd.io/gc.ref.content=sha256:abc'
ctr ns ls | grep evC
ctr ns rm
ctr ns rm nosuchns
ctr ns rm evB evC nosuchns; echo rc=$?
ctr ns ls -q | sort
ctr ns rm evA; echo rc=$?
ctr -n evA i ls -q
ctr ns remove evA
ctr ns delete evD
ctr ns rm evE evF ev_under ev-dash.dot 9digit
ctr -n default ns ls -q | sort
ctr --namespace=evZ c ls; ctr ns ls -q | grep -c evZ
ctr -n evZ i import busybox-oci.tar >/dev/null; ctr ns ls -q | grep evZ
ctr ns rm evZ
ctr -n evZ i rm docker.io/library/busybox:latest; ctr ns rm evZ; echo rc=$?
CONTAINERD_NAMESPACE=envns ctr c ls -q; CONTAINERD_NAMESPACE=envns ctr ns ls -q | grep -c envns
CONTAINERD_NAMESPACE='' ctr c ls
CONTAINERD_NAMESPACE='bad ns' ctr c ls
CONTAINERD_NAMESPACE=envns ctr -n other c ls -q; echo rc=$?
