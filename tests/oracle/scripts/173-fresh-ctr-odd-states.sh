# Fresh learner set (issue 14, H58): ctr commands with odd values and objects in use: content label/get/delete
# with short, upper-case and unknown digests, snapshots view/commit/tree/usage/info/label with parents in use,
# leases with resources and repeated --label, `t metrics` formats, checkpoint refusals, plugins filters with
# regular expressions and several fields, CONTAINERD_NAMESPACE against -n, repeated global flags.
ctr i import busybox-oci.tar >/dev/null
ctr content ls -q | wc -l
ctr content get sha256:abc; echo rc=$?
ctr content get SHA256:$(ctr content ls -q | head -1 | cut -d: -f2) | wc -c; echo rc=$?
ctr content get sha256:$(printf '0%.0s' $(seq 64)); echo rc=$?
ctr content get md5:d41d8cd98f00b204e9800998ecf8427e; echo rc=$?
ctr content label sha256:$(printf '1%.0s' $(seq 64)) a=b; echo rc=$?
ctr content label $(ctr content ls -q | head -1) 'ü=ß' 'x=' y=1 | head -1
# (Only the labels column: the AGE column before it reads 'N seconds ago' or 'Less than a second ago' as time goes.)
ctr content ls | awk 'NR>1{print $NF}' | grep -c 'ü=ß'; ctr content ls | grep -c 'y=1'
ctr content label $(ctr content ls -q | head -1); echo rc=$?
ctr content ls 'labels.y==1' -q | wc -l
ctr content ls 'labels.y' -q | wc -l
ctr content ls 'size>100' -q; echo rc=$?
ctr content rm sha256:abc; echo rc=$?
ctr content rm; echo rc=$?
ctr content active; echo rc=$?
ctr content active --timeout 0s; echo rc=$?
ctr content active --root /tmp; echo rc=$?
ctr snapshots ls | awk 'NR>1{print $3}'
ctr snapshots prepare p1 $(ctr snapshots ls | awk 'NR==2{print $1}') | head -c 0; echo rc=$?
ctr snapshots view v1 $(ctr snapshots ls | awk 'NR==2{print $1}') | head -c 0; echo rc=$?
ctr snapshots view v1 $(ctr snapshots ls | awk 'NR==2{print $1}'); echo rc=$?
ctr snapshots commit c1 v1; echo rc=$?
ctr snapshots commit c1 p1; echo rc=$?
ctr snapshots commit c2 p1; echo rc=$?
ctr snapshots ls | awk 'NR>1{print $1 == "c1" ? "c1" : "x", $3}' | sort | uniq -c
ctr snapshots tree | sed 's/sha256:[0-9a-f]*/DIGEST/' | head -5
ctr snapshots info c1 | grep -E '"(Kind|Name)"'
ctr snapshots usage c1 | awk 'NR>1{print $1}'
ctr snapshots usage v1 | awk 'NR>1{print $1}'
ctr snapshots usage nosuch; echo rc=$?
ctr snapshots label c1 team=db empty= && ctr snapshots info c1 | grep -A3 Labels
ctr snapshots label c1 team= && ctr snapshots info c1 | grep -c team
ctr snapshots rm $(ctr snapshots ls | awk 'NR==2{print $1}'); echo rc=$?
ctr snapshots prepare p2 c1 | head -c 0 && ctr snapshots rm c1; echo rc=$?
ctr snapshots rm p2 c1 v1; echo rc=$?
ctr snapshots rm c1; echo rc=$?
ctr snapshots mounts /tmp/m nosuch; echo rc=$?
ctr snapshots --snapshotter nosuch ls; echo rc=$?
ctr snapshots --snapshotter= ls; echo rc=$?
ctr leases create --id L1 --label a=1 --label a=2 --label b= >/dev/null && ctr leases ls | awk 'NR>1{print $1, $3}'
ctr leases create --id L1; echo rc=$?
ctr leases create --id L2 --expires -1h; echo rc=$?
ctr leases create --id L3 --expires 1; echo rc=$?
ctr leases create --id L4 --expires 1h30m >/dev/null; ctr leases ls | awk '$1=="L4"{print NF}'
ctr leases rm L1 L1; echo rc=$?
ctr leases rm --sync L4 nosuch; echo rc=$?
ctr leases ls -q 'id~=^L'; echo rc=$?
ctr leases ls 'labels.a==2' -q; echo rc=$?
ctr run -d docker.io/library/busybox:latest m1 sleep 300
ctr t metrics m1 --format bogus; echo rc=$?
ctr t metrics --format json m1 | head -c 1; echo
ctr t metrics --format=table m1 | head -1
ctr t metrics m1 m1; echo rc=$?
ctr t metrics nosuch; echo rc=$?
ctr t checkpoint --exit m1 --image-path /tmp/cp; echo rc=$?
ctr t checkpoint nosuch; echo rc=$?
ctr t checkpoint; echo rc=$?
ctr c checkpoint m1 cp:1; echo rc=$?
ctr c checkpoint nosuch cp:1; echo rc=$?
CONTAINERD_NAMESPACE=other ctr t ls -q; echo rc=$?
CONTAINERD_NAMESPACE=other ctr -n default t ls -q; echo rc=$?
CONTAINERD_NAMESPACE= ctr t ls -q; echo rc=$?
CONTAINERD_NAMESPACE='bad ns' ctr c ls; echo rc=$?
ctr -n default -n other c ls -q; echo rc=$?
ctr --debug --debug version >/dev/null; echo rc=$?
ctr --timeout 0 c ls -q; echo rc=$?
ctr --timeout=-1s c ls -q; echo rc=$?
ctr plugins ls 'type~=snapshotter$' -q | sort | head -3
ctr plugins ls 'id~=^(overlay|native)' -q | sort
ctr plugins ls 'type==io.containerd.grpc.v1' 'id==cri' -q
ctr plugins ls -d 'id==overlayfs' | head -3
ctr plugins ls 'id==' -q; echo rc=$?
ctr t kill -s KILL m1; sleep 1; ctr t rm m1 >/dev/null; ctr c rm m1; echo rc=$?
ctr ns create other && ctr ns rm other; echo rc=$?
