# Namespaces: create, label, list, remove, validation, implicit creation by writes.
ctr ns ls
ctr namespaces ls -q
ctr namespace create dev
ctr ns create dev
ctr ns create
ctr ns create "bad name!"
ctr ns create Bad_Name
ctr ns create -- -x
ctr ns c short-alias
ctr ns create --label team=web labeled
ctr ns create labeled2 a=b c=d
ctr ns label dev env=prod tier=1
ctr ns label dev noequals
ctr ns ls
ctr ns ls -q
ctr ns label dev env=
ctr ns ls
ctr ns label missing a=b
ctr ns label
ctr ns rm dev labeled labeled2 missing Bad_Name short-alias
ctr ns remove
ctr -n "bad ns" images ls
ctr -n nonexist images ls
ctr ns ls
CONTAINERD_NAMESPACE=env1 ctr images import --no-unpack busybox-oci.tar
ctr ns ls
ctr ns rm env1
ctr -n env1 images rm docker.io/library/busybox:latest
# the real garbage collector runs a moment after the removal; give it that moment
sleep 1; ctr ns rm env1
ctr ns ls --bogus
ctr ns bogus
ctr namespaces
