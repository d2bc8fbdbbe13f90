# busybox 1.35 rmdir in a container: -p climbs with dirname() until "." or the first parent that
# is not empty, -v/--verbose says each step on stdout, --ignore-fail-on-non-empty is silent about
# a directory with entries, and an unknown option or no operand prints the usage (exit 1).
ctr i import busybox-oci.tar >/dev/null
ctr run -d docker.io/library/busybox:latest rd1 sleep 900
ctr t exec --exec-id c31 rd1 sh -c 'mkdir -pv /tmp/v1/v2; rmdir -p /tmp/v1/v2; echo rc=$?; ls -d /tmp/v1; echo rc=$?'
ctr t exec --exec-id r2 rd1 sh -c 'cd /tmp && mkdir -p a/b/c && rmdir -pv a/b/c; echo rc=$?; ls -d a; echo rc=$?'
ctr t exec --exec-id r3 rd1 sh -c 'cd /tmp && mkdir -p k/l && touch k/f && rmdir --ignore-fail-on-non-empty -p k/l; echo rc=$?; ls k'
ctr t exec --exec-id r4 rd1 sh -c 'cd /tmp && mkdir -p m && rmdir --parents --verbose m/; echo rc=$?'
ctr t exec --exec-id r5 rd1 sh -c 'rmdir -x /tmp; echo rc=$?'
ctr t exec --exec-id r6 rd1 sh -c 'rmdir --bogus /tmp; echo rc=$?'
ctr t exec --exec-id r7 rd1 sh -c 'rmdir; echo rc=$?'
ctr t exec --exec-id r8 rd1 sh -c 'cd /tmp && mkdir -p n/o && rmdir n/o -p; echo rc=$?; rmdir -p nosuch/x; echo rc=$?'
ctr t kill -s KILL rd1; sleep 1; ctr t rm rd1 >/dev/null; ctr c rm rd1; echo rc=$?
