# busybox hostname in a container: the UTS name, -s, and -i/-f/-d looked up in the container's
# own /etc/hosts (a lookup failure without a line for the name), and setting the name, which a
# default container may not.
ctr i import busybox-oci.tar
ctr run --rm docker.io/library/busybox:latest h1 hostname
ctr run --rm docker.io/library/busybox:latest h1 hostname -s
ctr run --rm docker.io/library/busybox:latest h1 sh -c 'hostname -i 2>&1 | sed "s/: [^:]*: /: NAME: /"; echo rc=$?'
ctr run --rm docker.io/library/busybox:latest h1 sh -c 'hostname -f 2>&1 | sed "s/: [^:]*: /: NAME: /"'
ctr run --rm docker.io/library/busybox:latest h1 hostname newname
ctr run --rm docker.io/library/busybox:latest h1 hostname -x
ctr run --rm docker.io/library/busybox:latest h1 sh -c 'echo "10.1.2.3 $(hostname) foo.example.com" > /etc/hosts; hostname -i; hostname -f; hostname -d; hostname -s'
ctr run --rm docker.io/library/busybox:latest h1 sh -c 'printf "10.1.2.3 myhost.example.com $(hostname)\n10.1.2.4 $(hostname)\n" > /etc/hosts; hostname -i; hostname -f; hostname -d; hostname -s'
ctr run --rm docker.io/library/busybox:latest h1 sh -c 'printf "::1 $(hostname)\n# 10.9.9.9 $(hostname)\n10.1.2.5 other $(hostname) # c\n" > /etc/hosts; hostname -i; hostname -f'
ctr run --rm docker.io/library/busybox:latest h1 hostname -F /etc/passwd
ctr run --rm docker.io/library/busybox:latest h1 hostname -F /nosuch
