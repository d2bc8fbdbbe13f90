# Images: import, list, check, tag, remove, label, export, mount, convert, filters, pull errors.
ctr images ls
ctr images import busybox-oci.tar
ctr images import nginx-docker.tar
ctr images ls
ctr i ls -q
ctr image list
ctr images check
ctr images check -q
ctr i tag docker.io/library/busybox:latest docker.io/library/busybox:1.36
ctr i tag docker.io/library/busybox:latest docker.io/library/busybox:1.36
ctr i tag --force docker.io/library/busybox:latest docker.io/library/busybox:1.36
ctr i tag docker.io/library/busybox:latest myrepo/bb:v1 localhost:5000/bb:v1
ctr i tag docker.io/library/missing:1 docker.io/library/x:1
ctr i tag docker.io/library/busybox:latest
ctr i tag
ctr i tag docker.io/library/busybox:latest "bad ref"
ctr i ls
ctr i ls name==docker.io/library/busybox:latest
ctr i ls "name~=nginx"
ctr i ls "name~=busybox" -q
ctr i rm docker.io/library/busybox:1.36 myrepo/bb:v1
ctr i rm localhost:5000/bb:v1 nope:1
ctr i rm
ctr i label docker.io/library/busybox:latest app=demo
ctr i label docker.io/library/busybox:latest b=2
ctr i ls
ctr i ls "labels.app==demo" -q
ctr i label docker.io/library/busybox:latest app=
ctr i label docker.io/library/missing:1 a=1
ctr i export out.tar docker.io/library/busybox:latest
tar tf out.tar
ctr i export out2.tar docker.io/library/missing:latest
ctr i export out3.tar
ctr -n k8s.io i import out.tar
ctr -n k8s.io i import --base-name foo/bar nginx-docker.tar
ctr -n k8s.io i import --digests nginx-docker.tar
ctr -n k8s.io i ls -q
ctr i import missing.tar
ctr i import /etc/hostname
ctr i import
ctr i mount docker.io/library/busybox:latest /tmp/ctrlab-oracle-files/mnt
ls /tmp/ctrlab-oracle-files/mnt/bin | head -3
ctr i unmount /tmp/ctrlab-oracle-files/mnt
ctr i mount docker.io/library/missing:1 /tmp/ctrlab-oracle-files/mnt
ctr i mount docker.io/library/busybox:latest
ctr i convert --oci docker.io/library/nginx:alpine docker.io/library/nginx:alpine-oci
ctr i convert --oci docker.io/library/nginx:alpine docker.io/library/nginx:alpine-oci
ctr i convert docker.io/library/nginx:alpine
ctr i ls
ctr i pull
ctr i pull nginx:alpine
ctr i pull nginx
ctr i pull docker.io/library/nginx
# (a pull that reaches the network is left out: this machine has none, the simulated node does)
ctr i push
ctr i push docker.io/library/missing:1
ctr i ls --bogus
ctr i bogus
