# Fresh learner set (issue 14, H54): `ctr c` subcommands and `ctr t` commands on the states a learner meets:
# created but not started, running, paused, stopped; kill with --all / --exec-id / signal names and numbers,
# delete with --force / --exec-id, ls -q, ps, metrics and checkpoint where they do not apply.
# (ctr t ps | head -1 keeps only the header, whose PID column is as wide as the widest PID: the
# words alone are compared, as the machine's PID counter gives 4 or 5 digits.)
ctr i import busybox-oci.tar >/dev/null && echo imported
ctr c create docker.io/library/busybox:latest st1 sleep 600
ctr t ls -q | wc -l
ctr t ps st1; echo rc=$?
ctr t pause st1; echo rc=$?
ctr t resume st1; echo rc=$?
ctr t kill st1; echo rc=$?
ctr t metrics st1; echo rc=$?
ctr t delete st1; echo rc=$?
ctr t start -d st1; echo rc=$?
ctr t ls | awk 'NR>1{print $1, $3}'
ctr t start -d st1; echo rc=$?
ctr t pause st1 && ctr t ls | awk 'NR>1{print $1, $3}'
ctr t pause st1; echo rc=$?
ctr t exec --exec-id p1 st1 true; echo rc=$?
ctr t kill -s SIGTERM st1; echo rc=$?
ctr t ls | awk 'NR>1{print $1, $3}'
ctr t delete st1; echo rc=$?
ctr t resume st1 && ctr t ls | awk 'NR>1{print $1, $3}'
ctr t resume st1; echo rc=$?
ctr t ps st1 | head -1 | awk '{print $1, $2}'
ctr t ps st1 | awk 'NR>1' | wc -l
ctr t exec -d --exec-id long1 st1 sleep 500; echo rc=$?
ctr t ps st1 | awk 'NR>1' | wc -l
ctr t kill --exec-id long1 -s KILL st1; echo rc=$?
sleep 1; ctr t ps st1 | awk 'NR>1' | wc -l
ctr t kill --exec-id nosuch st1; echo rc=$?
ctr t delete --exec-id long1 st1; echo rc=$?
ctr t delete --exec-id long1 st1; echo rc=$?
ctr t kill -s NOTASIG st1; echo rc=$?
ctr t kill -s 0 st1; echo rc=$?
ctr t kill -s 999 st1; echo rc=$?
ctr t kill -s sigusr1 st1; echo rc=$?
ctr t ls | awk 'NR>1{print $1, $3}'
ctr t kill --all -s 15 st1; echo rc=$?
sleep 1; ctr t ls | awk 'NR>1{print $1, $3}'
ctr t kill -s KILL st1; echo rc=$?
sleep 1; ctr t ls | awk 'NR>1{print $1, $3}'
ctr t kill st1; echo rc=$?
ctr t ps st1; echo rc=$?
ctr t metrics st1 >/dev/null; echo rc=$?
ctr t pause st1; echo rc=$?
ctr t resume st1; echo rc=$?
ctr t checkpoint st1; echo rc=$?
ctr t exec --exec-id late st1 true; echo rc=$?
ctr t start st1; echo rc=$?
ctr c rm st1; echo rc=$?
ctr t delete st1; echo rc=$?
ctr t ls -q | wc -l
ctr c rm st1 && ctr c ls -q | wc -l
ctr run -d docker.io/library/busybox:latest fz1 sleep 600
ctr t delete fz1; echo rc=$?
ctr t delete --force fz1; echo rc=$?
ctr t ls -q | wc -l
ctr c delete fz1; echo rc=$?
ctr run -d docker.io/library/busybox:latest fz2 sleep 600
ctr t pause fz2 && ctr t delete -f fz2; echo rc=$?
ctr c rm fz2; echo rc=$?
ctr c create docker.io/library/busybox:latest cc1
ctr c info cc1 | grep -A3 '"args"'
ctr c create docker.io/library/busybox:latest cc1 true; echo rc=$?
ctr c create docker.io/library/busybox:latest; echo rc=$?
ctr c create; echo rc=$?
ctr c label cc1 a=1 b=2 && ctr c label cc1 a= && ctr c info cc1 | grep -A3 '"Labels"'
ctr c ls -q 'labels.b'
ctr c ls 'labels."b"==2' | awk 'NR>1{print $1}'
ctr c rm cc1 cc1; echo rc=$?
ctr c rm; echo rc=$?
ctr c info; echo rc=$?
ctr c info nosuch; echo rc=$?
ctr c checkpoint nosuch cp:1; echo rc=$?
ctr c restore nosuch cp:1; echo rc=$?
