# Fresh learner set (issue 14, H54): ash inside a container the way a learner tries it: pipes, loops, here-docs,
# $?, ${var:-x} and friends, arithmetic, read, case, functions, set -e / -u, traps, and `ctr run -t` without a
# terminal. One long-running box; each line its own exec id.
ctr i import busybox-oci.tar >/dev/null
ctr run -d docker.io/library/busybox:latest sh1 sleep 900
ctr run --rm -t docker.io/library/busybox:latest tty1 sh -c 'echo hi'; echo rc=$?
ctr t exec --exec-id s1 sh1 sh -c 'for i in 1 2 3; do echo "n=$i"; done | tail -2'
ctr t exec --exec-id s2 sh1 sh -c 'i=0; while [ $i -lt 4 ]; do i=$((i+1)); done; echo $i'
ctr t exec --exec-id s3 sh1 sh -c $'f() { cat <<X\n$1 inside $((2+2))\nX\n}; f arg | tr a-z A-Z'
ctr t exec --exec-id s4 sh1 sh -c $'n=0; while read a b; do n=$((n+b)); done <<END\nx 4\ny 5\nEND\necho sum=$n'
ctr t exec --exec-id s5 sh1 sh -c 'false; echo "status=$?"; true; echo "status=$?"'
ctr t exec --exec-id s6 sh1 sh -c 'echo ${UNSET:-dflt} ${UNSET-dash} ${EMPTY:=set}; echo $EMPTY'
ctr t exec --exec-id s7 sh1 sh -c 'v=abc.tar.gz; echo ${v%%.*} ${v##*.} ${v%.*} ${#v}'
ctr t exec --exec-id s8 sh1 sh -c 'echo ${NOPE:?must be set}'; echo rc=$?
ctr t exec --exec-id s9 sh1 sh -c 'echo $(( (3+4)*2 )) $(( 17 / 5 )) $(( -7 % 3 )) $(( 1 << 4 )) $(( 0x10 ))'
ctr t exec --exec-id s10 sh1 sh -c 'x=5; x=$((x*x)); echo $x; echo $((x > 20 ? 1 : 0))'
ctr t exec --exec-id s11 sh1 sh -c 'echo "a b c" | { read x y; echo "x=$x y=$y"; }'
ctr t exec --exec-id s12 sh1 sh -c 'printf "k1=v1\nk2=v2\n" | while IFS== read k v; do echo "$v<-$k"; done'
ctr t exec --exec-id s13 sh1 sh -c 'for w in apple 42 -x ""; do case "$w" in [0-9]*) echo num;; -*) echo opt;; "") echo empty;; *) echo word;; esac; done'
ctr t exec --exec-id s14 sh1 sh -c 'greet() { echo "hello $1 ($#)"; return 3; }; greet world a; echo rc=$?'
ctr t exec --exec-id s15 sh1 sh -c 'f() { local v=inner; echo $v; }; v=outer; f; echo $v'
ctr t exec --exec-id s16 sh1 sh -c 'set -e; echo before; false; echo after'; echo rc=$?
ctr t exec --exec-id s17 sh1 sh -c 'set -u; echo $NOT_SET_AT_ALL'; echo rc=$?
ctr t exec --exec-id s18 sh1 sh -c 'trap "echo bye" EXIT; echo work'
ctr t exec --exec-id s19 sh1 sh -c 'set -- a "b c" d; echo $#; for a in "$@"; do echo "[$a]"; done; shift 2; echo $*'
ctr t exec --exec-id s20 sh1 sh -c 'ls /nope 2>&1 >/dev/null | wc -l; ls /nope 2>/dev/null || echo failed'
ctr t exec --exec-id s21 sh1 sh -c 'echo one > /tmp/f; echo two >> /tmp/f; cat /tmp/f; wc -l < /tmp/f'
ctr t exec --exec-id s22 sh1 sh -c 'cd /etc && pwd; cd - >/dev/null; pwd; cd /nonexistent; echo rc=$?'
ctr t exec --exec-id s23 sh1 sh -c 'a=1; (a=2; echo in=$a); echo out=$a'
ctr t exec --exec-id s24 sh1 sh -c 'echo $0; sh -c "echo \$0 \$1" named arg1'
ctr t exec --exec-id s25 sh1 sh -c 'type echo cd ls nosuchcmd'; echo rc=$?
ctr t exec --exec-id s26 sh1 sh -c 'command -v sh; which ls; echo $?'
ctr t exec --exec-id s27 sh1 sh -c 'x="  padded  "; echo "[$x]"; echo [$x]'
ctr t exec --exec-id s28 sh1 sh -c 'IFS=:; set -- $(head -1 /etc/passwd); echo $1 $6 $7'
ctr t exec --exec-id s29 sh1 sh -c 'n=0; for f in /etc/*; do n=$((n+1)); done; echo files=$n'
ctr t exec --exec-id s30 sh1 sh -c 'until [ -f /tmp/ready ]; do touch /tmp/ready; done; echo ready'
ctr t exec --exec-id s31 sh1 sh -c 'echo $((2**10))'; echo rc=$?
ctr t exec --exec-id s32 sh1 sh -c 'echo $((1/0))'; echo rc=$?
ctr t exec --exec-id s33 sh1 sh -c 'if [ "$(id -u)" -eq 0 ]; then echo root; else echo user; fi'
ctr t exec --exec-id s34 sh1 sh -c 'echo "quote \"inner\" and \$dollar"'
ctr t exec --exec-id s35 sh1 sh -c "echo 'single \$HOME' \"double \$HOME\""
ctr t exec --exec-id s36 sh1 sh -c 'export A=1; sh -c "echo child A=\$A"; unset A; sh -c "echo child A=\${A:-none}"'
ctr t exec --exec-id s37 sh1 sh -c 'eval "x=42"; echo $x; eval echo \$x'
ctr t exec --exec-id s38 sh1 sh -c 'exit 300'; echo rc=$?
ctr t exec --exec-id s39 sh1 sh -c 'echo {1..3} *.nomatch'
ctr t exec --exec-id s40 sh1 sh -c 'break_out() { for i in 1 2 3; do [ $i = 2 ] && break; echo $i; done; }; break_out; echo done'
ctr t exec --exec-id s41 sh1 sh -c 'echo abc | read v; echo "[${v:-lost in subshell}]"'
ctr t exec --exec-id s42 sh1 sh -c 'printf "%s\n" c a b | sort | tr "\n" ","; echo'
ctr t kill -s KILL sh1; sleep 1; ctr t rm sh1 >/dev/null; ctr c rm sh1; echo cleaned
