# ctr run/c create --privileged (oci.WithPrivileged, WithAllDevicesAllowed, WithHostDevices) and
# --seccomp / --seccomp-profile (contrib/seccomp). The capability and device lists are the
# machine's own (cap.Current, /dev), so lines count what every node has instead of printing them.
# A create that fails leaves its snapshot to the garbage collector (the client's lease), which a
# real node runs a moment later: each failing create takes a fresh id.
ctr i import busybox-oci.tar
ctr c create --privileged docker.io/library/busybox:latest p1
ctr c info p1 | grep -c CAP_SYS_ADMIN
ctr c info p1 | grep -c -e maskedPaths -e readonlyPaths -e seccomp
ctr c info p1 | grep -A8 '"sysfs"'
ctr c info p1 | grep -A8 '"resources"'
ctr c info p1 | grep -c '"path": "/dev/null"'
ctr c create --privileged --cap-drop CAP_SYS_ADMIN docker.io/library/busybox:latest p2
ctr c info p2 | grep -c CAP_SYS_ADMIN
ctr c create --cap-add CAP_NET_ADMIN --cap-drop CAP_NET_ADMIN docker.io/library/busybox:latest p3
ctr c info p3 | grep -c CAP_NET_ADMIN
ctr c create --seccomp docker.io/library/busybox:latest s1
ctr c info s1 | sed -n '/"seccomp"/,/^            },/p'
ctr c create --seccomp --cap-add CAP_SYS_ADMIN --cap-add CAP_SYS_PTRACE --cap-add CAP_BPF docker.io/library/busybox:latest s2
ctr c info s2 | sed -n '/"seccomp"/,/^            },/p' | grep -c '"names"'
ctr c info s2 | grep -A3 '"clone3"'
ctr c create --seccomp --cap-drop CAP_SYS_CHROOT docker.io/library/busybox:latest s3
ctr c info s3 | grep -c chroot
ctr c create --privileged --seccomp docker.io/library/busybox:latest s4
ctr c info s4 | grep -c '"SCMP_ACT_ALLOW"'
printf '{"defaultAction":"SCMP_ACT_ALLOW","bogus":1,"syscalls":[{"names":["a"],"action":"SCMP_ACT_ERRNO","args":[]}],"architectures":["SCMP_ARCH_X86_64"]}' > /tmp/ctrlab-p1.json
ctr c create --seccomp --seccomp-profile /tmp/ctrlab-p1.json docker.io/library/busybox:latest s5
ctr c info s5 | sed -n '/"seccomp"/,/^            },/p'
printf '{"DEFAULTACTION":"SCMP_ACT_LOG","syscalls":[{"names":["kill"],"action":"SCMP_ACT_ALLOW","errnoRet":1,"args":[{"index":1,"value":2,"valueTwo":0,"op":"SCMP_CMP_EQ"}]}]}' > /tmp/ctrlab-p2.json
ctr c create --seccomp --seccomp-profile /tmp/ctrlab-p2.json docker.io/library/busybox:latest s6
ctr c info s6 | sed -n '/"seccomp"/,/^            },/p'
printf '{"defaultAction":5}' > /tmp/ctrlab-p3.json
ctr c create --seccomp --seccomp-profile /tmp/ctrlab-p3.json docker.io/library/busybox:latest f1
printf '{"syscalls":[{"names":"x"}]}' > /tmp/ctrlab-p3.json
ctr c create --seccomp --seccomp-profile /tmp/ctrlab-p3.json docker.io/library/busybox:latest f2
printf '{"defaultErrnoRet":-1}' > /tmp/ctrlab-p3.json
ctr c create --seccomp --seccomp-profile /tmp/ctrlab-p3.json docker.io/library/busybox:latest f3
printf '[]' > /tmp/ctrlab-p3.json
ctr c create --seccomp --seccomp-profile /tmp/ctrlab-p3.json docker.io/library/busybox:latest f4
printf '' > /tmp/ctrlab-p3.json
ctr c create --seccomp --seccomp-profile /tmp/ctrlab-p3.json docker.io/library/busybox:latest f5
printf '{"defaultAction":"X"} x' > /tmp/ctrlab-p3.json
ctr c create --seccomp --seccomp-profile /tmp/ctrlab-p3.json docker.io/library/busybox:latest f6
printf 'notjson' > /tmp/ctrlab-p3.json
ctr c create --seccomp --seccomp-profile /tmp/ctrlab-p3.json docker.io/library/busybox:latest f7
printf 'null' > /tmp/ctrlab-p3.json
ctr c create --seccomp --seccomp-profile /tmp/ctrlab-p3.json docker.io/library/busybox:latest s8
ctr c info s8 | grep -A2 '"seccomp"'
ctr c create --seccomp --seccomp-profile /tmp docker.io/library/busybox:latest f8
ctr c create --seccomp --seccomp-profile missing.json docker.io/library/busybox:latest f9
ctr run --rm --seccomp --seccomp-profile /nonexistent docker.io/library/busybox:latest s9 true
ctr c ls
rm -f /tmp/ctrlab-p1.json /tmp/ctrlab-p2.json /tmp/ctrlab-p3.json
