# content edit up to the editor (validate refused, digest parsed, blob read, an editor required), and content prune
# references: the layer labels go, a synchronous lease delete collects the layer blobs, snapshots and runs stay.
ctr i import busybox-oci.tar
ctr content edit
ctr content edit bogus
ctr content edit --validate json sha256:f2615139de7ef197edbbecb53f52e1055fe394f9cd95e0572f4d8c90fc000fbe
ctr content edit sha256:0000000000000000000000000000000000000000000000000000000000000000
ctr content edit sha256:f2615139de7ef197edbbecb53f52e1055fe394f9cd95e0572f4d8c90fc000fbe
EDITOR= ctr content edit sha256:f2615139de7ef197edbbecb53f52e1055fe394f9cd95e0572f4d8c90fc000fbe
ctr content edit --editor "" sha256:6a69ccce5c35fa35221ceb46937aa30c484db6f7ea74664914eee5012ff94713
ctr content prune
ctr content prune references extra
ctr content ls | wc -l
ctr content prune references --dry 2>&1 | sed 's/^time="[^"]*" //'
ctr content ls | wc -l
ctr content prune references
ctr content ls
ctr content prune references --async
ctr i check
ctr snapshots ls | wc -l
ctr run --rm docker.io/library/busybox:latest r1 echo hi
ctr i export out.tar docker.io/library/busybox:latest
ctr leases ls
ctr -n empty content prune references
ctr ns ls
