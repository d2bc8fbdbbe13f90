# Helper H27 (issue 14), fresh generated set 6201-6210 (500 lines): ctr images list prints image.Size's sum even
# when the walk fails on a deleted blob (`return size, Walk(…)` reads size after the walk, images/image.go
# @v1.6.20), and specs.Mount's type and source are omitempty in `ctr c info`.
ctr i import busybox-oci.tar
ctr i import nginx-docker.tar
ctr content delete sha256:42cc3c22db935d828da1e63b7329b375d98a5f0952cddf2c59c84b04020a7b2f
ctr images list
ctr c create --mount src=/tmp,dst=/x docker.io/library/nginx:alpine c3 cat /etc/passwd
ctr c info c3 --spec
ctr c create --mount dst=/y,type=tmpfs docker.io/library/nginx:alpine c4 true
ctr c info c4
