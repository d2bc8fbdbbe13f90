# ctr writing into `| head`: what head prints. (Whether the writer dies of SIGPIPE is a race on a
# real node, so its status and late stderr lines are not compared here.)
ctr i import busybox-oci.tar
ctr plugins ls -d | head -2
ctr plugins ls | head -1
ctr c create --help | head -2
ctr i ls | head -c 10
ctr c ls | head -0
ctr content ls -q | head -1
ctr plugins ls -d | head -n 3 | tail -1
