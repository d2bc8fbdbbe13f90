# ctr oci spec: the client library's default spec for the -n namespace, no daemon needed.
ctr oci spec
ctr -n k8s.io oci spec | grep -n cgroups
ctr -n '' oci spec
ctr -n 'bad ns' oci spec
ctr oci spec extra-arg | wc -l
ctr oci --help
ctr oci spec --help
