# Labels with an empty value: containerd's metadata drops them from containers (boltutil.WriteLabels) and
# namespaces (SetLabel), while the spec's annotations keep them; images, content, snapshots, leases.
ctr i import busybox-oci.tar
ctr c create --label tier=db --label empty= --label e2 docker.io/library/busybox:latest c1
ctr c ls -q labels.empty
ctr c label c1
ctr c info c1 | grep -A5 '"Labels"'
ctr c info c1 | grep -A8 '"annotations"'
ctr c label c1 tier= 
ctr c label c1
ctr c label c1 x=
ctr c label c1
ctr c create --annotation novalue docker.io/library/busybox:latest c2
ctr c create --annotation k= docker.io/library/busybox:latest c3
ctr c info c3 | grep -A4 '"annotations"'
ctr i label docker.io/library/busybox:latest a= b=1
ctr i ls
ctr i label docker.io/library/busybox:latest b=
ctr i ls
ctr leases create --id l1 --label e= --label f=1
ctr leases ls
ctr ns create n1 --label e= --label f=2
ctr ns ls
ctr ns label n1 f=
ctr ns ls
ctr content label sha256:16888c63f2dccb340c4b1c86e1c3095e04ef8131edcbfce1157cb4b3faa664f1 q= r=1
ctr content ls | grep 16888c
ctr snapshots prepare --label e= --label g=3 s1
ctr snapshots info s1
ctr snapshots label s1 g=
ctr snapshots info s1
ctr run --label e= --label h=4 docker.io/library/busybox:latest r1 true
ctr c label r1
ctr c rm c1 c3 r1
ctr snapshots rm s1
ctr ns rm n1
ctr leases rm l1
