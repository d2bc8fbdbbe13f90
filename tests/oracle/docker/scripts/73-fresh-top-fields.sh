# docker top with ps's CPU and memory share fields (issue 11, H48): moby 20.10.24 runs the host's
# procps ps with the -o list and then looks for the PID column, so a list without pid fails after
# ps ran, whatever else it names. The shares' values are left out: %CPU and C are the CPU time a
# process spent over its life (a sleep shows its exec's milliseconds, 3.5 a second after its
# start, racing to 0.0), %MEM is its RSS over the machine's memory. procps's names are
# case-sensitive, and a list with a `%` it cannot read is tried in AIX's format.
# needs: bridge
docker load -i busybox-docker.tar
docker run -d --name t1 busybox sleep 1000
docker top t1 -o pid,pcpu,c,cp,pmem,%mem,comm | head -1
docker top t1 -o pid,pcpu,comm | awk '{print NF, $3}'
docker top t1 -o %cpu,c,cp
docker top t1 -o pmem,%mem
docker top t1 -o c
docker top t1 -o %CPU,PID | head -1
docker top t1 -o PID,pcpu
docker top t1 -o pid,%cpu,Comm
docker rm -f t1
