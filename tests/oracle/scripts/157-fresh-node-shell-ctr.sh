# Fresh learner set (issue 14, H47): the node's shell around ctr as a learner uses it: pipes into grep/awk/wc/head,
# `$(…)`, `||`, `&&`, `echo $?`, loops over `-q` output and namespaces, and the exit codes ctr gives those tools.
# After the first run against the real node (44/51 lines agreed): `echo hello | ctr run … cat` and `printf … | ctr
# run … wc -l` hung there until the runner's 30 s kill, since ctr does not close the task's stdin at the pipe's end
# (the simulator's wc got an end of file and printed 3); they now read only the lines they are given, and the
# four later lines that listed the two hung containers list what remains.
ctr version >/dev/null && echo daemon-up
ctr ns ls -q | wc -l
ctr -n lab1 i import busybox-oci.tar | grep -c unpacking
ctr ns ls -q
ctr -n lab1 i ls -q | head -1 | cut -d/ -f1
ctr -n lab1 i ls | grep -v REF | awk '{print $2}'
ctr -n lab1 i ls | grep -c busybox || echo none
ctr -n lab2 i ls | grep -c busybox || echo none
ctr i ls -q | wc -l; echo "status ${PIPESTATUS[0]}"
for n in $(ctr ns ls -q); do echo "$n: $(ctr -n $n i ls -q | wc -l)"; done
ctr -n lab1 c create docker.io/library/busybox:latest sh1 sh -c 'exit 7' && echo created
ctr -n lab1 t start sh1; echo "exit=$?"
ctr -n lab1 t ls | tail -n +2 | awk '{print $1, $3}'
ctr -n lab1 t rm sh1 && ctr -n lab1 c rm sh1 && echo clean
ctr -n lab1 run --rm docker.io/library/busybox:latest sh2 false || echo "failed with $?"
ctr -n lab1 run --rm docker.io/library/busybox:latest sh3 true && echo "ok $?"
out=$(ctr -n lab1 run --rm docker.io/library/busybox:latest sh4 echo captured); echo "[$out]"
n=$(ctr -n lab1 run --rm docker.io/library/busybox:latest sh5 sh -c 'ls /bin | wc -l'); [ "$n" -gt 100 ] && echo many
ctr -n lab1 run --rm docker.io/library/busybox:latest sh6 sh -c 'echo a; echo b; echo c' | tail -1
ctr -n lab1 run --rm docker.io/library/busybox:latest sh7 sh -c 'echo to-err >&2' 2>/dev/null; echo rc=$?
ctr -n lab1 run --rm docker.io/library/busybox:latest sh8 sh -c 'echo to-err >&2' 2>&1 | tr a-z A-Z
ctr -n lab1 run --rm docker.io/library/busybox:latest sh9 seq 5 | awk '{s+=$1} END{print s}'
echo hello | ctr -n lab1 run --rm docker.io/library/busybox:latest sh10 head -1; echo rc=$?
ctr -n lab1 run --rm docker.io/library/busybox:latest sh11 sh -c 'read x; echo got:$x' <<< "typed"
printf 'l1\nl2\nl3\n' | ctr -n lab1 run --rm docker.io/library/busybox:latest sh12 sh -c 'read a; read b; echo $b'
ctr -n lab1 run -d docker.io/library/busybox:latest bg1 sleep 300 >/dev/null && ctr -n lab1 t ls -q
ctr -n lab1 t ls | awk '$1=="bg1"{print ($2 > 0) ? "pid" : "nopid"}'
ctr -n lab1 t exec --exec-id q1 bg1 cat /etc/hostname
ctr -n lab1 t exec --exec-id q2 bg1 hostname | grep -c bg1
ctr -n lab1 c ls | awk 'NR>1{print $1, $2}'
ctr -n lab1 c ls -q | xargs -n1 echo container:
ctr -n lab1 c info bg1 | grep -m1 -o '"Image": "[^"]*"'
ctr -n lab1 c info bg1 | grep '"Runtime"' -A1 | tail -1 | tr -d ' '
ctr -n lab1 c info bg1 | awk -F'"' '/"SnapshotKey"/{print $4}'
ctr -n lab1 ns rm lab1; echo rc=$?
ctr ns rm lab2; echo rc=$?
ctr ns create lab2 && ctr ns ls -q | grep -c lab
ctr ns label lab2 owner=h47 && ctr ns ls | grep lab2
ctr ns rm lab2 && ctr ns ls -q | grep -c lab2
ctr -n lab1 t kill -s KILL bg1 && sleep 1 && ctr -n lab1 t rm bg1 && ctr -n lab1 c rm bg1 && echo bg-gone
ctr -n lab1 c ls -q | wc -l
ctr -n lab1 i rm --sync $(ctr -n lab1 i ls -q) && ctr -n lab1 i ls -q | wc -l
ctr -n lab1 ns ls | grep lab1 | wc -l
ctr ns rm lab1 && echo ns-removed || echo still-there
ctr nosuchcmd; echo rc=$?
ctr i nosuchsub; echo rc=$?
ctr --namespace '' i ls; echo rc=$?
ctr -n 'Bad Name' i ls; echo rc=$?
ctr -n a.b-c i ls -q; echo rc=$?
ctr -n -x i ls; echo rc=$?
CONTAINERD_NAMESPACE=envns ctr i ls -q; ctr ns ls -q | grep -c envns
