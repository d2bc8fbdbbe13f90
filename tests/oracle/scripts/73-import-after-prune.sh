# Imports after content prune references: an --all-platforms import of a one-platform archive fails half-way but keeps
# the blobs and labels it walked first (the layer comes back); a docker archive after the layers went stays uncompressed.
ctr i import busybox-oci.tar
ctr content prune references
ctr i check
ctr i import --all-platforms busybox-oci.tar
# (no `ctr content ls` here: whether the real node still lists the failed import's index blob depends on when its
# garbage collection runs; CI's loaded real node listed it, a quieter one did not)
ctr i check
ctr i export out.tar docker.io/library/busybox:latest && tar tf out.tar | sort
ctr content prune references --async; sleep 1
ctr content ls -q
ctr i import nginx-docker.tar
ctr content ls -q
ctr i check
ctr leases ls -q
ctr i rm --sync docker.io/library/busybox:latest docker.io/library/nginx:alpine
ctr content ls -q
ctr snapshots ls
