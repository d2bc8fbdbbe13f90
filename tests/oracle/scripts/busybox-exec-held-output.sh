# An exec whose shell leaves a background job behind: the job keeps the exec's stdout or stderr
# open unless it redirects both away, and ctr (its cleanup waits for the shim's copy of the
# output) returns only when the job ends, or when the task's init ends and takes it along.
# `timeout` shows whether ctr is still attached after a second. A job's output is copied until
# 2 s after the exec's exit and lost after (the shim's delete stops waiting): a job writing at
# 1 s is seen, one writing at 4 s is not; one writing at 2 s raced that moment on the real node.
ctr i import busybox-oci.tar
ctr run -d docker.io/library/busybox:latest h1 sleep 300
timeout 1 ctr t exec --exec-id a h1 sh -c 'sleep 3 &'; echo "status $?"
timeout 10 ctr t exec --exec-id b h1 sh -c 'sleep 2 &'; echo "status $?"
timeout 2 ctr t exec --exec-id c h1 sh -c 'sleep 3 >/dev/null 2>&1 &'; echo "status $?"
timeout 1 ctr t exec --exec-id d h1 sh -c 'sleep 3 >/dev/null &'; echo "status $?"
timeout 1 ctr t exec --exec-id e h1 sh -c 'sleep 3 2>/dev/null &'; echo "status $?"
timeout 2 ctr t exec --exec-id f h1 sh -c 'sleep 3 >/dev/null 2>&1 3>&- &'; echo "status $?"
timeout 10 ctr t exec --exec-id g h1 sh -c '(sleep 1; echo late) & echo early'; echo "status $?"
timeout 10 ctr t exec --exec-id g2 h1 sh -c '(sleep 4; echo later) & echo early'; echo "status $?"
timeout 1 ctr t exec --exec-id h h1 sh -c 'sleep 3 | cat >/dev/null 2>&1 &'; echo "status $?"
timeout 1 ctr t exec --exec-id i h1 sh -c 'true && sleep 3 >/dev/null 2>&1 &'; echo "status $?"
ctr t kill -s KILL h1
sleep 1
ctr t rm h1
ctr c rm h1
ctr run -d docker.io/library/busybox:latest h2 sleep 3
timeout 8 ctr t exec --exec-id a h2 sh -c 'sleep 1000 &'; echo "status $?"
ctr t rm h2
ctr c rm h2
