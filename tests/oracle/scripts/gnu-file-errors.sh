# GNU coreutils' words for the file a cp, mv, ln -s or chmod could not write, on a missing directory and on a
# read-only 'ctr i mount': the destination as GNU builds it (into a directory: its name added), and ln -s into a
# directory makes the link inside it. Moves across mounts (inter-device) are left out: the node's files are one device.
ctr i import busybox-oci.tar
mkdir -p mnt d; ctr i mount docker.io/library/busybox:latest mnt | tail -1 | sed 's|.*/||'
echo a > f
cp f nodir/x
cp f f/x; echo rc=$?
cp f d/
cp f mnt/bin/
cp f mnt/bin
cp f mnt/bin/ls2
cp mnt/bin/ls mnt
mv f nodir/x
mv mnt/bin/ls mnt/bin/ls3
ln -s x nodir/l
ln -s x mnt/l
ln -s x mnt/bin
ln -s x d
ln -s x d/l; ln -s x d/l
chmod 700 mnt/bin
chmod 700 nosuch
chmod u+x mnt/bin/ls
ctr i unmount mnt | sed 's|.*/||'
