# The node's shell utilities beside ctr: ls (errors, long format, -a/-d/-1/-h/-F, files before
# directories), tar (list, extract to a file and to a pipe, create, errors), byte-exact pipes,
# and the wording of common failures. Files get fixed times (touch -d) wherever a listing
# shows them; nothing reads files that differ between machines.
ls
ls /x
ls /x busybox-oci.tar
mkdir -p w/d1/sub w/d2
printf 'line one\n第二行\n' > w/d1/notes.txt
echo hello > w/d1/a.txt
printf '12345678901234567890' > w/d1/size20
ln -s a.txt w/d1/link
chmod 4755 w/d1/size20
chmod 1777 w/d1/sub
touch -h -d '2023-06-01 00:00' w/d1/link
touch -d '2023-06-01 00:00' w/d1/notes.txt w/d1/a.txt w/d1/size20 w/d1/sub w/d2
touch -d '2023-06-01 00:00' w/d1
touch -d '2023-06-01 00:00' w
ls w/d1
ls w/d1 | cat
ls -1 w/d1
ls -l w/d1
ls -la w/d1
ls -lA w/d1
ls -l w/d1/a.txt w/d1 w/d2
ls -l w/d1/a.txt w/d1/size20
ls -ld w/d1
ls -d w/d1 w/d2
ls -lh w/d1
ls -F w/d1
ls -p w/d1
ls -lS w/d1
ls -lr w/d1
ls -R w
ls -l w/d1/link
ls w/d1/nothere w/d1/a.txt
ls -z
ls --bogus
cat w/d1/notes.txt
wc -l w/d1/notes.txt
grep 第二 w/d1/notes.txt
head -n 1 w/d1/notes.txt
sha256sum w/d1/notes.txt
echo 中文 | wc -c
tar tf busybox-oci.tar
tar tvf busybox-oci.tar
tar tvf nginx-docker.tar
tar xOf busybox-oci.tar ./index.json
tar xOf busybox-oci.tar ./blobs/sha256/f2615139de7ef197edbbecb53f52e1055fe394f9cd95e0572f4d8c90fc000fbe | sha256sum
tar xOf busybox-oci.tar ./blobs/sha256/f2615139de7ef197edbbecb53f52e1055fe394f9cd95e0572f4d8c90fc000fbe | tar tzvf - | head -5
tar xOf busybox-oci.tar ./blobs/sha256/f2615139de7ef197edbbecb53f52e1055fe394f9cd95e0572f4d8c90fc000fbe | gzip -dc | sha256sum
mkdir -p x && tar xf busybox-oci.tar -C x && sha256sum x/blobs/sha256/f2615139de7ef197edbbecb53f52e1055fe394f9cd95e0572f4d8c90fc000fbe
ls -l x x/blobs/sha256
mkdir -p layer && tar xzf x/blobs/sha256/f2615139de7ef197edbbecb53f52e1055fe394f9cd95e0572f4d8c90fc000fbe -C layer && ls layer
ls -l layer/bin | head -4
cat layer/etc/passwd
tar xOf busybox-oci.tar index.json
tar tf busybox-oci.tar ./oci-layout nothere
tar xf nothere.tar
tar tzf busybox-oci.tar
tar tf
tar
tar tq busybox-oci.tar
tar cf w.tar w/d1/notes.txt w/d1/a.txt && wc -c w.tar && tar tf w.tar
tar cf - w/d1/notes.txt | tar xOf - w/d1/notes.txt
tar cf w2.tar nothere
cat nothere
cat w/d1
mkdir w/d1
mkdir a/b/c
rm nothere
rm w/d1
rmdir nothere
cp nothere y
cp w/d1 y
cp w/d1/a.txt
head nothere
sha256sum nothere
sha256sum w/d1
touch nodir/x
gzip nothere
gzip -c w/d1/notes.txt | gzip -dc
