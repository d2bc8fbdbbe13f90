# Image archives: which layer a docker-save import uses (resolveLayers), gzip archives, exports
# of real layers byte for byte, names in an export, and the files of an imported image.
ctr images import nginx-docker.tar
ctr images import nginx-docker.tar
ctr -n nounpack images import --no-unpack busybox-oci.tar
ctr -n nounpack images import nginx-docker.tar
ctr -n nounpack images ls
ctr -n other images import busybox-oci.tar
ctr -n third images import nginx-docker.tar
ctr -n third images ls -q
ctr -n reuse images import busybox-oci.tar
ctr -n reuse images import nginx-docker.tar
ctr -n reuse images ls
gzip -c busybox-oci.tar > bb.tar.gz
ctr i import bb.tar.gz
cp busybox-oci.tar plain.tar.gz
ctr i import plain.tar.gz
ctr -n reuse i export ng.tar docker.io/library/nginx:alpine
sha256sum ng.tar
ctr -n reexport i import ng.tar
ctr -n reexport i ls
ctr i convert --uncompress docker.io/library/busybox:latest bb:unc
ctr i export unc.tar bb:unc
sha256sum unc.tar
ctr i tag docker.io/library/busybox:latest plain-no-tag
ctr i tag docker.io/library/busybox:latest localhost:5000/a/b
ctr i export names.tar plain-no-tag localhost:5000/a/b docker.io/library/busybox:latest
tar xOf names.tar index.json
tar xOf names.tar manifest.json
ctr content get sha256:42cc3c22db935d828da1e63b7329b375d98a5f0952cddf2c59c84b04020a7b2f bogus
ctr content get
ctr i pull "docker.io/library/busybox:latest@sha256:abc"
ctr -n reuse run --rm docker.io/library/nginx:alpine n1 cat /usr/share/nginx/html/index.html /etc/passwd
ctr -n reuse run --rm docker.io/library/busybox:latest b1 ls /bin/sleep /bin/busybox /usr/sbin
