# ctr i mount without --rw mounts a view: the kernel refuses every write under the target with EROFS (touch, rm,
# mkdir), the files are gone after unmount, and a later --rw mount onto the kept view is read-only too. Left out:
# redirections (the oracle runs lines through bash -c, which adds "line 1:" an interactive shell does not print),
# and rm -f / rm -rf, cp, mv, ln -s and chmod, whose wording of EROFS the node's utilities do not have yet.
ctr i import busybox-oci.tar
mkdir -p mnt; ctr i mount docker.io/library/busybox:latest mnt | tail -1 | sed 's|.*/||'
touch mnt/x
touch mnt/bin/ls; echo rc=$?
rm mnt/bin/ls
mkdir mnt/newdir
mkdir mnt/bin
mkdir -p mnt/bin; echo rc=$?
ls mnt | head -3
ctr i unmount mnt | sed 's|.*/||'
ls mnt | wc -l
touch mnt/after; ls mnt
rm mnt/after
ctr i mount --rw docker.io/library/busybox:latest mnt | tail -1 | sed 's|.*/||'
touch mnt/x; echo rc=$?
ctr i unmount mnt | sed 's|.*/||'
ctr i mount --rw docker.io/library/busybox:latest mnt | tail -1 | sed 's|.*/||'
ls mnt/x
ctr i unmount --rm mnt | sed 's|.*/||'
ctr snapshots ls | grep -c View
