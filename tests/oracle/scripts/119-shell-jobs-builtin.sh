# The busybox sh `jobs` builtin: in `sh -c` (no job control) ash records no command text, so a job is
# `[N]+  Running` padded to column 33; a pipeline adds ` | ` per further member; the listing reaps first and frees
# what it shows as Done/Done(N)/Terminated/Killed (its number is reused); -l adds PIDs, -p prints the first PID only;
# %N, %%, %+, %-, and the errors for a missing job, no current job and a bad option. `cat -A` shows the padding.
# PIDs are replaced by N: runc init's Go threads take 5 or 6 PIDs before the shell, as they happen to start.
ctr i import busybox-oci.tar
ctr run --rm docker.io/library/busybox:latest j1 sh -c 'jobs; echo "[$?]"; sleep 2 & jobs; sleep 3 & jobs' | cat -A
ctr run --rm docker.io/library/busybox:latest j2 sh -c 'sleep 5 & true & sleep 1; jobs; jobs; sleep 6 & jobs' | cat -A
ctr run --rm docker.io/library/busybox:latest j3 sh -c '(exit 3) & sleep 1; jobs; false & wait; jobs; echo end' | cat -A
ctr run --rm docker.io/library/busybox:latest j4 sh -c 'sleep 5 & kill $!; sleep 1; jobs; sleep 5 & kill -9 $!; sleep 1; jobs' | cat -A
ctr run --rm docker.io/library/busybox:latest j5 sh -c 'sleep 5 | cat & jobs; jobs -l; jobs -p; echo $! $(($! - 1))' | sed 's/[0-9][0-9]*/N/g' | cat -A
ctr run --rm docker.io/library/busybox:latest j6 sh -c 'sleep 5 & sleep 5 & jobs -l; jobs -p; echo $!' | sed 's/[0-9][0-9]*/N/g' | cat -A
ctr run --rm docker.io/library/busybox:latest j7 sh -c 'exec 2>&1; jobs %; echo "[$?]"; jobs -x; echo "[$?]"; sleep 5 & jobs %; jobs %-; echo "[$?]"; jobs %+ %1 %%; jobs %2; echo "[$?]"; jobs x; echo "[$?]"' | cat -A
ctr run --rm docker.io/library/busybox:latest j8 sh -c 'exec 2>&1; sleep 1 & sleep 5 & sleep 2; jobs %1; jobs; jobs %1; echo "[$?]"; sleep 5 & jobs' | cat -A
ctr run --rm docker.io/library/busybox:latest j9 sh -c 'exec 2>&1; sleep 1 & wait %1; jobs; sleep 1 & wait $!; jobs -p; jobs; echo "[$?]"' | sed 's/^[0-9][0-9]*$/N/' | cat -A
ctr run --rm docker.io/library/busybox:latest j10 sh -c 'sleep 5 & p=$!; sleep 5 & sleep 5 & jobs; kill $p; sleep 1; jobs; sleep 5 & jobs' | cat -A
ctr run --rm docker.io/library/busybox:latest j11 sh -c 'exec 2>&1; echo hi & sleep 1; jobs -l; jobs -- %1; echo "[$?]"' | sed 's/ [0-9][0-9]* / N /' | cat -A
