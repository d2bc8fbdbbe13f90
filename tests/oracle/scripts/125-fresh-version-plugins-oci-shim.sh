# Fresh learner set (issue 14, H43): version, plugins, pprof, install, shim, deprecations and oci spec as a
# learner reads them with the usual text tools, with global flags in other places and odd values. Written
# against the real node before any fix (69/73); nothing here installs into the host (install only fails).
# Changed after the first run: four lines that read the spec with python3 (not simulated on the node) read
# the same facts with grep, sed and cut.
ctr version | wc -l
ctr version | grep -c '^  '
ctr version | awk -F: '{print $1}'
ctr -n x version | head -1
ctr --debug=false version | head -1
ctr version -- | head -1
ctr ver | head -1
ctr VERSION
ctr --version | sed 's/v[0-9.]*/vX/'
ctr -v | awk '{print $1, $2}'
ctr plugins ls | head -1
ctr plugins ls | awk 'NR>1{print $1}' | sort | uniq -c | sort -rn | head -3
ctr plugins ls | awk '$4=="skip"{print $2}' | sort
ctr plugins ls -q | grep -c .
ctr plugins ls -d 'id==snapshots' | grep -E 'Type|ID|Status'
ctr plugins ls -d 'id==overlayfs' | grep -A3 Exports
ctr plugins ls 'type==io.containerd.runtime.v2' -q
ctr plugins ls 'type==io.containerd.runtime.v1' | awk '{print $2, $4}'
ctr plugins ls 'id==walking,type==io.containerd.differ.v1' -q
ctr plugins ls 'id==walking,type==io.containerd.gc.v1' -q
ctr plugins ls 'id==linux' 'id==task' -q
ctr plugins ls 'exports.root' -q | head -2
ctr plugins ls 'capabilities==remap-ids' -q
ctr plugins ls -q='true'
ctr plugins ls -d -q 'id==native' | head -3
ctr plugins rm overlayfs
ctr plugins ls 'id==native' 'id=native'
ctr deprecations
ctr deprecations ls
ctr deprecations list --format json
ctr deprecations ls -h | head -1
ctr pprof
ctr pprof heap
ctr pprof goroutines --debug-socket '' | head -1
ctr pprof block -d /nonexistent/x
ctr pprof threadcreate -d /nonexistent/x
ctr pprof profile -d /nonexistent/x --seconds 0
ctr pprof trace -d /nonexistent/x --seconds=-1s
ctr pprof nosuch -d /nonexistent/x
ctr pprof heap --debug true -d /nonexistent/x
ctr install
ctr install nosuch:latest
ctr install --libs --replace docker.io/library/busybox:latest
ctr install -l -r --path /tmp/nowhere nosuch:1
ctr install --path='' nosuch:1
ctr shim
ctr shim state
ctr shim --id nosuch state
ctr shim --id nosuch delete
ctr shim --id nosuch exec --spec /nonexistent.json --id e1
ctr shim --id nosuch start
ctr shim --id nosuch pause
ctr shim --id nosuch kill
ctr oci spec | head -5
ctr oci spec | grep -c '"path"'
ctr oci spec | grep -E '"(uid|gid)"'
ctr oci spec | grep -E '"terminal"|"noNewPrivileges"'
ctr oci spec | grep -A4 '"namespaces"'
ctr oci spec | grep '"type": "cgroup"'
ctr oci spec | grep -c 'nosuid'
ctr oci spec | grep '"hostname"'
ctr oci spec | grep -B1 -A1 '/dev/shm' | head -4
ctr oci spec | grep -A3 '"linux"'
ctr oci spec | grep -A3 '"cgroupsPath"'
ctr oci spec | tail -3
ctr oci spec | wc -c
ctr -n other oci spec | grep cgroupsPath
ctr oci spec | grep '^    "' | cut -d'"' -f2 | sort
ctr oci spec | grep -c '"args"'
ctr oci spec | sed -n '/"bounding"/,/\]/p' | grep -c CAP_
ctr oci spec | grep '"destination"' | cut -d'"' -f4 | tr '\n' ' '; echo
ctr oci nosuch
ctr oci spec --bogus
