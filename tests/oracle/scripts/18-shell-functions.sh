# Functions in busybox sh: definition, positional arguments, return, and return outside a function.
ctr images import busybox-oci.tar
ctr run --rm docker.io/library/busybox:latest f1 sh -c 'f() { echo hi; }; f'
ctr run --rm docker.io/library/busybox:latest f2 sh -c 'g() { echo "[$1][$2][$#]"; return 3; echo no; }; g a b; echo "st=$? $1"' zero top
ctr run --rm docker.io/library/busybox:latest f3 sh -c 'return 4; echo after'
ctr run --rm docker.io/library/busybox:latest f4 sh -c 'h() { x=in; }; h; echo $x'
ctr run --rm docker.io/library/busybox:latest f5 sh -c 'k() { return; }; false; k; echo $?'
ctr run --rm docker.io/library/busybox:latest f6 sh -c 'm() { for i in 1 2 3; do [ $i = 2 ] && return 7; echo $i; done; }; m; echo $?'
ctr run --rm docker.io/library/busybox:latest f7 sh -c 'p() { echo $0 "$@"; }; p x y'
ctr c ls
