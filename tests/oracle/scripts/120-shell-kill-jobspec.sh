# busybox sh (ash) `kill %N`, `kill %%`/`%+`/`%`, `kill %-` and `wait %N` in `sh -c` (no job control):
# getjob's errors are builtin errors (`sh: kill: line 0: %3: no such job`, `No current job`,
# `No previous job`, status 2); a job listed as Done by `jobs` is freed and `%N` then names no job,
# or the next job that took its slot; a job a `wait` took (not `wait -n`) gives its slot to the next fork
# (makejob), a foreground one too. Which `wait` says Terminated races when two jobs die at once: the lines
# sleep first, so the foreground wait reaps both. `kill -l`, kill_main's errors and its status (the count).
ctr i import busybox-oci.tar
ctr run --rm docker.io/library/busybox:latest k1 sh -c 'exec 2>&1; sleep 5 & kill %1; echo "[$?]"; sleep 1; jobs' | cat -A
ctr run --rm docker.io/library/busybox:latest k2 sh -c 'exec 2>&1; kill %3; echo "[$?]"; kill %%; echo "[$?]"; kill %-; echo "[$?]"; kill %; echo "[$?]"'
ctr run --rm docker.io/library/busybox:latest k3 sh -c 'exec 2>&1; sleep 5 & kill %-; echo "[$?]"; kill %+; echo "[$?]"; wait; echo "[$?]"'
ctr run --rm docker.io/library/busybox:latest k4 sh -c 'exec 2>&1; sleep 5 & sleep 5 & kill %-; echo "[$?]"; kill %%; echo "[$?]"; sleep 1; jobs; wait; echo "[$?]"' | cat -A
ctr run --rm docker.io/library/busybox:latest k5 sh -c 'exec 2>&1; kill -9 %x; echo "[$?]"; kill %?; echo "[$?]"; kill %0; echo "[$?]"; kill -s KILL %1; echo "[$?]"'
ctr run --rm docker.io/library/busybox:latest k6 sh -c 'exec 2>&1; true & sleep 1; kill %1; echo "[$?]"; jobs; kill %1; echo "[$?]"' | cat -A
ctr run --rm docker.io/library/busybox:latest k7 sh -c 'exec 2>&1; sleep 1 & sleep 2; jobs; sleep 3 & wait %1; echo "[$?]"; jobs' | cat -A
ctr run --rm docker.io/library/busybox:latest k8 sh -c 'exec 2>&1; sleep 1 & sleep 2; jobs; (exit 4) & sleep 1; wait %1; echo "[$?]"' | cat -A
ctr run --rm docker.io/library/busybox:latest k9 sh -c 'exec 2>&1; (exit 3) & wait; (exit 5) & wait %1; echo "[$?]"; jobs' | cat -A
ctr run --rm docker.io/library/busybox:latest k10 sh -c 'exec 2>&1; sleep 5 & sleep 5 & kill %2 %1; echo "[$?]"; sleep 1; wait %1; echo "[$?]"; wait %2; echo "[$?]"'
ctr run --rm docker.io/library/busybox:latest k11 sh -c 'exec 2>&1; sleep 5 & kill %1 %4; echo "[$?]"; sleep 1; jobs' | cat -A
ctr run --rm docker.io/library/busybox:latest k12 sh -c 'exec 2>&1; sleep 5 & kill -9 %%; wait %%; echo "[$?]"; kill %%; echo "[$?]"'
ctr run --rm docker.io/library/busybox:latest k13 sh -c 'exec 2>&1; sleep 5 & kill -0 %1; echo "[$?]"; kill -l %1; echo "[$?]"; kill %1; wait; echo "[$?]"'
ctr run --rm docker.io/library/busybox:latest k14 sh -c 'exec 2>&1; sleep 1 & sleep 2; wait %1; echo "[$?]"; jobs; wait %1; echo "[$?]"' | cat -A
ctr run --rm docker.io/library/busybox:latest k15 sh -c 'exec 2>&1; sleep 5 | cat & kill %1; echo "[$?]"; sleep 1; jobs' | cat -A
ctr run --rm docker.io/library/busybox:latest k16 sh -c 'exec 2>&1; (exit 3) & wait %1; (exit 5) & sleep 1; jobs; (exit 6) & (exit 7) & wait %2; (exit 8) & sleep 1; jobs' | cat -A
ctr run --rm docker.io/library/busybox:latest k17 sh -c 'exec 2>&1; sleep 1 & wait -n; (exit 5) & sleep 1; jobs; (exit 3) & sleep 1; kill %1; (exit 4) & sleep 1; jobs' | cat -A
ctr run --rm docker.io/library/busybox:latest k18 sh -c 'exec 2>&1; (exit 3) & wait; jobs; (exit 3) & (exit 4) & wait; (exit 5) & sleep 1; jobs' | cat -A
ctr run --rm docker.io/library/busybox:latest k19 sh -c 'exec 2>&1; kill -l; kill -l 9 KILL sigterm 137 0 128 300 64 POLL; echo "[$?]"; kill -l x 9; echo "[$?]"; kill -l 1x; echo "[$?]"; kill -l -9; echo "[$?]"'
ctr run --rm docker.io/library/busybox:latest k20 sh -c 'exec 2>&1; kill abc; echo "[$?]"; kill; echo "[$?]"; kill -9; echo "[$?]"; kill -s; echo "[$?]"; kill 99999 abc 99998; echo "[$?]"; kill ""; echo "[$?]"; kill -- 99999; echo "[$?]"'
ctr run --rm docker.io/library/busybox:latest k21 sh -c 'exec 2>&1; sleep 3 & kill -%1; echo "[$?]"; kill -9 %1 abc; echo "[$?]"; sleep 1; jobs' | cat -A
ctr run --rm docker.io/library/busybox:latest k22 sh -c 'exec 2>&1; true & sleep 1; kill %1; echo "[$?]"; wait; kill %1; echo "[$?]"; (exit 2) & wait $!; sleep 1; jobs; echo "[$?]"' | cat -A
