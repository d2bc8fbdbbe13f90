# Fresh learner set (issue 14, H47): `ctr t` exec/kill/pause/resume/metrics/ps/checkpoint/update/start/rm tried on
# tasks in the wrong state (created, paused, stopped, missing) and with odd flag values, reading the answers
# with the text tools a learner pipes into. Stops are waited for with a `sleep 1` on the same line.
# After the first run against the real node (75/77 lines agreed): w4 ran `sh` reading a </dev/null stdin, which
# the real ctr never closes (it hung until the runner's 30 s kill), so w4 now exits on its own. The header of
# `t ps w3 | head -1` is padded to the width of PIDs the line no longer shows (4 digits there, 5 here): awk
# reads its two words.
ctr i import busybox-oci.tar >/dev/null
ctr c create docker.io/library/busybox:latest w1 sleep 300
ctr t exec --exec-id e1 w1 true; echo rc=$?
ctr t pause w1; echo rc=$?
ctr t resume w1; echo rc=$?
ctr t kill w1; echo rc=$?
ctr t ps w1; echo rc=$?
ctr t metrics w1; echo rc=$?
ctr t rm w1; echo rc=$?
ctr t start -d w1; echo rc=$?
ctr t ls | awk 'NR>1{print $1, $3}'
ctr t start -d w1; echo rc=$?
ctr t resume w1; echo rc=$?
ctr t pause w1 && ctr t ls | grep w1 | awk '{print $3}'
ctr t pause w1; echo rc=$?
ctr t exec --exec-id p1 w1 echo from-paused; echo rc=$?
ctr t ps w1 | awk 'NR>1{print $2}'
ctr t kill -s TERM w1; echo rc=$?; ctr t ls | awk 'NR>1{print $3}'
ctr t rm w1; echo rc=$?
ctr t resume w1; sleep 1; ctr t ls | awk 'NR>1{print $1, $3}'
ctr t rm w1; echo rc=$?
ctr t rm -f w1; echo rc=$?
ctr t ls -q
ctr c rm w1
ctr run -d docker.io/library/busybox:latest w2 sh -c 'trap "" TERM; sleep 300'
ctr t kill w2; sleep 1; ctr t ls | awk '$1=="w2"{print $3}'
ctr t kill -s 0 w2; echo rc=$?
ctr t kill -s SIGKILL w2; sleep 1; ctr t ls | awk '$1=="w2"{print $3}'
ctr t kill w2; echo rc=$?
ctr t kill -a w2; echo rc=$?
ctr t exec --exec-id late w2 true; echo rc=$?
ctr t pause w2; echo rc=$?
ctr t resume w2; echo rc=$?
ctr t ps w2; echo rc=$?
ctr t metrics w2 >/dev/null; echo rc=$?
ctr t start w2; echo rc=$?
ctr t rm w2 && ctr c rm w2 && echo gone
for v in kill pause resume ps metrics checkpoint; do ctr t $v nosuch; echo "$v: $?"; done
ctr t exec --exec-id x nosuch true; echo rc=$?
ctr run -d docker.io/library/busybox:latest w3 sleep 300
ctr t kill -s NOTASIG w3; echo rc=$?
ctr t kill -s 99 w3; echo rc=$?
ctr t kill -s -1 w3; echo rc=$?
ctr t kill --exec-id nope w3; echo rc=$?
ctr t kill -a --exec-id x w3; echo rc=$?
ctr t exec w3 true; echo rc=$?
ctr t exec --exec-id '' w3 true; echo rc=$?
ctr t exec --exec-id dup -d w3 sleep 100; ctr t exec --exec-id dup w3 true; echo rc=$?
ctr t ps w3 | wc -l
ctr t exec --exec-id 'has space' w3 true; echo rc=$?
ctr t exec --exec-id a/b w3 true; echo rc=$?
ctr t metrics --format json w3 | grep -c '"memory"'
ctr t metrics --format yaml w3; echo rc=$?
ctr t metrics w3 | head -1
ctr t ps w3 | head -1 | awk '{print $1, $2}'
ctr t ls --quiet | sort
ctr t ls -q | wc -l
ctr t checkpoint w3 2>&1 | head -1; echo rc=$?
ctr t checkpoint --exit w3 2>&1 | head -1
ctr t pause w3; ctr t metrics w3 >/dev/null; echo rc=$?
ctr t pause w3; echo rc=$?
ctr t kill -s KILL w3; echo rc=$?
ctr t resume w3; sleep 1; ctr t ls | awk '$1=="w3"{print $3}'
ctr t rm w3 && ctr c rm w3
ctr c create docker.io/library/busybox:latest w4 sh -c 'exit 4'
ctr t start w4; echo rc=$?
ctr t ls | awk '$1=="w4"{print $3}'
ctr t start w4; echo rc=$?
ctr t rm w4 && ctr c rm w4 && ctr c ls -q | wc -l
