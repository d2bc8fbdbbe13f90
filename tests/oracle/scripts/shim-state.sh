# ctr shim on a live shim (cmd/ctr/commands/shim/shim.go): state prints the StateResponse of the
# init (status as its enum number, FIFOs under a random directory, exited_at zero until it
# exits); start and delete send the id given after the verb, which the shim knows under no other
# name. PIDs and the FIFO directory are normalised. (`ctr run -d -t` panics without a console on
# both sides: the terminal case is left to shim.ts.)
ctr i import busybox-oci.tar
ctr run -d docker.io/library/busybox:latest t1 sleep 1000
ctr shim --id t1 state
ctr shim --id t1 start
ctr shim --id t1 start other
ctr shim --id t1 delete
ctr shim --id t1 delete other
ctr -n other shim --id t1 state
ctr t pause t1
ctr shim --id t1 state
ctr t resume t1
ctr c create docker.io/library/busybox:latest c1 sh
ctr t start -d c1
ctr shim --id c1 state
ctr t kill -s KILL t1
sleep 1
ctr shim --id t1 state
ctr shim --id t1 delete
ctr t rm t1
ctr shim --id t1 state
ctr t kill -s KILL c1
sleep 1
ctr t rm c1
ctr run -d -t docker.io/library/busybox:latest t3 sh
ctr shim --id t3 state
ctr t kill -s KILL t3
sleep 1
ctr shim --id t3 state
ctr t rm t3
