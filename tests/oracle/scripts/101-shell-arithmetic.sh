# Arithmetic expansion in busybox sh: operators, precedence, bases, assignments, a counting loop, and the errors that end the shell.
ctr images import busybox-oci.tar
ctr run --rm docker.io/library/busybox:latest ar1 sh -c 'i=1; echo $((i+1)) $((3*4)) $((7/2)) $((-7%3)) $((2**10)) $((1<2)) $((0x10)) $((010)) $((unset_var)) $(( 1 ? 2 : 3 ))'
ctr run --rm docker.io/library/busybox:latest ar2 sh -c 'i=1; echo $((i++)) $i $((i+=5)) $((--i)) $i $((n = i * 2)) $n'
ctr run --rm docker.io/library/busybox:latest ar3 sh -c 'echo $((2**63)) $((9223372036854775807+1)) $((-2**2)) $((1,2)) $(( (2+3)*4 )) $((1 << 4 | 1))'
ctr run --rm docker.io/library/busybox:latest ar4 sh -c 'i=0; while [ $i -lt 3 ]; do i=$((i+1)); echo n$i; done; echo $(($i*2)) $(( $(echo 5) + 1 ))'
ctr run --rm docker.io/library/busybox:latest ar5 sh -c 'x=abc; echo $((x+1)); abc=41; echo $((x+1))'
ctr run --rm docker.io/library/busybox:latest ar6 sh -c 'echo a; echo $((1/0)); echo b'
ctr run --rm docker.io/library/busybox:latest ar7 sh -c 'echo $((1+))'
ctr run --rm docker.io/library/busybox:latest ar8 sh -c 'i=0; echo $((0 && i++)) $i $((1 || i++)) $i $((1 ? 2 : i++)) $i'
ctr run --rm docker.io/library/busybox:latest ar9 sh -c 'echo $((1 ? 7 : 1/0))'
ctr run --rm docker.io/library/busybox:latest ar10 sh -c 'x=x; echo $((x))'
ctr run --rm docker.io/library/busybox:latest ar11 sh -c 'echo $((2 ** -1)); echo after'
ctr c ls
