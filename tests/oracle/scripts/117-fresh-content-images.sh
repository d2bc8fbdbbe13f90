# Hand-written fresh learner set (issue 14), part 4: `ctr content` fetch/fetch-object/edit/active/get/
# label on the imported blobs and on missing ones (no network: only references that fail before dialling, or a
# closed local port), and `ctr i` convert/check/mount/unmount/usage/export with their options.
# Left out: `content edit --editor nosucheditor` (ctr runs `sh -c`; the node shell's sh answers as bash,
# `bash: nosucheditor: command not found`, where Debian's dash says `sh: 1: nosucheditor: not found`).
ctr i import busybox-oci.tar
ctr i import nginx-docker.tar | wc -l
ctr content fetch
ctr content fetch ""
ctr content fetch --all-platforms localhost:1/x:1 2>&1 | tail -1
ctr content fetch-object localhost:1/x:1 2>&1 | tail -1
ctr content fetch-object "" 2>&1 | tail -1
ctr content fetch-object
ctr content active
ctr content active -v
ctr content active bogus
ctr content active --timeout 0
ctr content get sha256:d3f0f01e297149e260681b6e43757513ca07bdb459629d8dee6d986ac3559f21 | head -c 40; echo
ctr content get sha256:abc
ctr content get sha256:0000000000000000000000000000000000000000000000000000000000000000
ctr content get sha256:d3f0f01e297149e260681b6e43757513ca07bdb459629d8dee6d986ac3559f21 sha256:6a69ccce5c35fa35221ceb46937aa30c484db6f7ea74664914eee5012ff94713 | wc -c
ctr content label sha256:d3f0f01e297149e260681b6e43757513ca07bdb459629d8dee6d986ac3559f21 note=x
ctr content label sha256:d3f0f01e297149e260681b6e43757513ca07bdb459629d8dee6d986ac3559f21
ctr content ls | grep -c note=x
ctr content label sha256:d3f0f01e297149e260681b6e43757513ca07bdb459629d8dee6d986ac3559f21 note=
ctr content ls | grep -c note
ctr content label sha256:0000000000000000000000000000000000000000000000000000000000000000 a=b
EDITOR=true ctr content edit sha256:d3f0f01e297149e260681b6e43757513ca07bdb459629d8dee6d986ac3559f21
EDITOR=false ctr content edit sha256:d3f0f01e297149e260681b6e43757513ca07bdb459629d8dee6d986ac3559f21
ctr content edit --validate bogus sha256:d3f0f01e297149e260681b6e43757513ca07bdb459629d8dee6d986ac3559f21
ctr content ls -q | wc -l
ctr content ls --quiet | sort | head -2
ctr content ls bogus==x
ctr content ls 'labels."containerd.io/distribution.source.docker.io"' | wc -l
ctr i convert
ctr i convert docker.io/library/busybox:latest
ctr i convert --oci docker.io/library/busybox:latest bb:oci
ctr i ls -q | sort
ctr i convert --uncompress docker.io/library/busybox:latest bb:raw
ctr i ls | grep bb:raw | awk '{print $1, $2}'
ctr i convert --platform linux/arm64 docker.io/library/busybox:latest bb:arm
ctr i convert --all-platforms docker.io/library/busybox:latest bb:all
ctr i convert --oci docker.io/library/nginx:alpine ng:oci
ctr i ls | grep ng:oci | awk '{print $1, $2}'
ctr i convert docker.io/library/busybox:latest docker.io/library/busybox:latest
ctr i convert nosuch:latest x:1
ctr i check
ctr i check -q
ctr i check name==bb:oci
ctr i check nosuch==x
ctr i usage docker.io/library/busybox:latest
ctr i usage --snapshotter native docker.io/library/busybox:latest
ctr i usage nosuch:latest
ctr i usage
mkdir -p mnt1; ctr i mount docker.io/library/busybox:latest mnt1 | tail -1
ls mnt1/bin | grep -c busybox
ctr i mount docker.io/library/busybox:latest mnt1 2>&1 | tail -1
ctr i unmount mnt1
ctr i unmount mnt1
ctr i unmount --rm mnt1
ctr i mount nosuch:latest mnt1
ctr i mount docker.io/library/busybox:latest nosuchdir
ctr i unmount
ctr i export out1.tar docker.io/library/busybox:latest; tar tf out1.tar | sort
ctr i export --skip-manifest-json out2.tar docker.io/library/busybox:latest; tar tf out2.tar | sort
ctr i export --skip-non-distributable out3.tar docker.io/library/busybox:latest; tar tf out3.tar | wc -l
ctr i export --platform linux/amd64 out4.tar docker.io/library/nginx:alpine; tar tf out4.tar | wc -l
ctr i export --all-platforms out5.tar docker.io/library/busybox:latest docker.io/library/nginx:alpine; tar tf out5.tar | wc -l
ctr i export out6.tar nosuch:latest
ctr i export out7.tar
ctr i export
ctr i export - docker.io/library/busybox:latest | tar t | sort | head -3
ctr i ls -q | sort
