# Helper H28 (issue 14), fresh generated set 6301-6312 (600 lines, 596 agreed before): `--pid-file ""` is set, so ctr
# writes it (cmd/ctr/commands/run/run.go @v1.6.20 checks IsSet): filepath.Abs("") is the working directory, the pid
# goes to its dot twin beside it (O_EXCL), and os.Rename over a directory fails with EEXIST leaving that file, so the
# next one fails at the open; either way the task stays CREATED. (real-run.ts removes the dot file before each run.)
ctr i import busybox-oci.tar
ctr run -d --pid-file "" docker.io/library/busybox:latest r2 sleep 300
ctr run -d --pid-file "" docker.io/library/busybox:latest r3 sleep 300
ctr t ls
ctr tasks delete r2
ctr t kill -s 9 r2
ctr t kill -s 9 r3
sleep 0.5
ctr t ls
ctr c rm r2 r3
