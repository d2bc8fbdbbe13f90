# ctr c create / run --config FILE ID (issue 14): the container is stored with the file's spec as Go decodes it into
# specs.Spec and marshals it back (struct order, unknown keys dropped, omitempty fields gone, Go's type errors), the
# --label labels also as annotations, no image and no snapshot; --env, --cwd and a command are ignored. runc then
# validates the process (no process, empty or relative cwd, no args) and, with the bundle's own empty rootfs, finds
# nothing to exec; once it got that far the bundle dir cannot be removed, so the next task of the same id fails at
# its mkdir. ctr t start of a spec without a process panics on the nil pointer.
ctr i import busybox-oci.tar
ctr oci spec > spec.json; ctr c create --config spec.json cc1
ctr c ls
ctr c info cc1
ctr snapshots ls
ctr t start cc1
ctr t ls
echo '{"ociVersion":"1.0.2"}' > min.json; ctr c create --config min.json cc2
ctr t start cc2
ctr c create --config spec.json --label a=b cc3
ctr c ls labels.a==b
ctr run --config spec.json cc4
ctr run -d --config spec.json cc5
ctr c rm cc1 cc2 cc3 cc4 cc5
sed 's|"cwd": "/",|"args": ["echo", "hi"], "cwd": "/",|' spec.json > echo.json; grep -c args echo.json
ctr c create --config echo.json e1
ctr c info --spec e1 | grep -A4 '"args"'
ctr t start e1
ctr t ls
ctr c rm e1
ctr c create --config echo.json e1
ctr t start e1
ctr -n other c create --config echo.json e1
ctr -n other t start e1
ctr run --config echo.json e2
ctr c ls
ctr run --rm --config echo.json e3
ctr run --rm --config echo.json e3
ctr c ls -q
ctr run --config min.json e4
ctr c info e4
echo '{"process":{"args":["true"]},"root":{"path":"rootfs"}}' > p.json; ctr c create --config p.json e5
ctr c info e5
ctr t start e5
echo '{"process":{"args":["true"],"cwd":"tmp"}}' > rel.json; ctr run --config rel.json e6
echo '{"process":{"cwd":"/"}}' > noargs.json; ctr run --config noargs.json e7
ctr c create --config echo.json --label x=1 --label y --label z= e8
ctr c info e8 | grep -A6 annotations
ctr c info e8 | grep -A4 Labels
ctr c create --config echo.json --env A=1 --cwd /tmp e9 extra
ctr c create --config echo.json --env A=1 --cwd /tmp e9
ctr c info e9 | grep -c A=1
ctr c rm e1 e2 e4 e5 e6 e7 e8 e9
ctr -n other c rm e1
echo '{"ociVersion":"1.0.2","process":{"args":"sh","cwd":"/"}}' > b.json; ctr c create --config b.json b1
echo '{"ociVersion":1}' > b.json; ctr c create --config b.json b1
echo '{"process":"x"}' > b.json; ctr c create --config b.json b1
echo '{"process":{"user":{"uid":-1}}}' > b.json; ctr c create --config b.json b1
echo '{"process":{"user":{"gid":1.5}}}' > b.json; ctr c create --config b.json b1
echo '{"mounts":{"destination":"/x"}}' > b.json; ctr c create --config b.json b1
echo '{"mounts":[{"destination":"/x","options":"ro"}]}' > b.json; ctr c create --config b.json b1
echo '{"annotations":{"a":1}}' > b.json; ctr c create --config b.json b1
echo '{"root":{"readonly":"yes"}}' > b.json; ctr c create --config b.json b1
echo '{"linux":[]}' > b.json; ctr c create --config b.json b1
echo '{"hostname":"h","zzz":1,"ociVersion":"1.0.2","root":{"readonly":true,"path":"/x"}}' > o.json; ctr c create --config o.json o1; ctr c info --spec o1
echo '{"Process":{"CWD":"/","Args":["a"],"user":{"UID":5}},"HOSTNAME":"up","mounts":[{"type":"tmpfs","destination":"/t"}]}' > o.json; ctr c create --config o.json o2; ctr c info --spec o2
echo '{"hostname":"a","hostname":"b","annotations":{"k":"1"},"annotations":{"j":"2"}}' > o.json; ctr c create --config o.json o3; ctr c info --spec o3
echo '{"process":null,"root":null,"mounts":null,"annotations":{}}' > o.json; ctr c create --config o.json o4; ctr c info --spec o4
echo 'null' > o.json; ctr c create --config o.json o5; ctr c info o5 | sed -n '/Spec/,$p'
echo '{"process":{"terminal":true,"args":["sh"],"cwd":"/"},"root":{"path":"rootfs"}}' > o.json; ctr c create --config o.json o6; ctr t start o6
ctr c rm o1 o2 o3 o4 o5 o6
ctr c create --config echo.json --runtime io.containerd.runc.v1 r1; ctr c info r1 | sed -n '/Runtime/,/Snapshot/p'
ctr c create --config echo.json --runtime io.containerd.runc.v1 r1
ctr c create --config echo.json 'bad id'
ctr c create --config nosuch.json 'bad id'
ctr c rm r1
