# Hand-written learner set B (session 9), part 1 of 2: namespaces and content (ingest, labels, push-object, edit checks).
# Part 2: 94-learner-snapshots-leases.sh.
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
# 2>&1: whether ctr's stderr line is written before head's exit kills it is a race of the real node
ctr -n dev content ls --format pretty 2>&1 | head -3
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
