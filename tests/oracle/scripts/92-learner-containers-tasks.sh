# Hand-written learner set A (session 9), part 2 of 3: containers and tasks in their states.
# Left out: an attached `ctr t start web` of busybox's sh (it waits on the oracle's stdin until killed at 30 s), and
# the header alone of `t ps` (its PID column is as wide as the machine's pids); the console panic of `t start -d` of a -t
# container is compared by its first lines only (its app.Run frame shows len(os.Args), which the conformance
# recording of `ctr run -t` shows two larger than its command line: the simulator keeps the recorded traces).
ctr i import busybox-oci.tar
ctr c create docker.io/library/busybox:latest
ctr c create docker.io/library/busybox:latest web
ctr c create docker.io/library/busybox:latest web
ctr c create busybox web2
ctr c create -t docker.io/library/busybox:latest web3 sh
ctr c create --env A=1 --env B docker.io/library/busybox:latest web4 env
ctr c ls
ctr containers list -q
ctr c info web | grep -c '"ID"'
ctr c info web4 | grep -A4 '"env"'
ctr c info nope
ctr c label web tier=front
ctr c label web
ctr c ls -q labels.tier==front
ctr c rm web4 web4
ctr t ls
ctr t start -d web
ctr t ls
ctr t start -d web
ctr t ps web | awk 'NR==1{print $1, $2}'
ctr t pause web
ctr t pause web
ctr t ls
ctr t exec --exec-id x1 web echo hi
ctr t resume web
ctr t resume web
ctr t exec web echo hi
ctr t exec --exec-id x1 web echo hi
ctr t exec --exec-id x1 web nosuchcmd
ctr t exec --exec-id x2 --cwd /etc web pwd
ctr t exec --exec-id x3 --env FOO=bar web sh -c 'echo $FOO'
ctr t kill web
sleep 1; ctr t ls
ctr t rm web
ctr t delete web
ctr t kill -s SIGUSR1 web
ctr t kill -s 99 web
ctr t start -d web3 2>&1 | head -2
ctr t kill --all web3
sleep 1; ctr t ls
ctr t rm -f web3
