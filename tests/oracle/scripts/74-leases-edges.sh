# leases delete with an empty id (bolt's DeleteBucket: not found without a leases bucket or with leases in it,
# "incompatible value" in an empty one, as every import leaves), the store's doubly wrapped filter errors, --sync.
ctr leases rm ""
ctr ns create n1
ctr -n n1 leases rm ""
ctr i import busybox-oci.tar
ctr leases rm ""
ctr leases delete --sync ""
ctr leases create --id l1 --expires 0
ctr leases rm ""
ctr leases rm l1 ""
ctr leases ls bogus==
ctr leases ls 'id==l1' 'labels."a"==b'
ctr leases create --id l2 a=b
ctr leases ls -q 'labels.a==b'
ctr leases ls -q id~=
ctr leases rm --sync l2
ctr leases rm --sync
ctr leases rm missing l2
ctr -n n1 leases ls
