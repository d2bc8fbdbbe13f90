# Hand-written fresh learner set (issue 14), part 5: `ctr leases` create/ls/rm with ids, labels and
# expiries, `ctr events` with a filter (bounded by --timeout, counted), and `ctr ns` labels, create and rm in
# wrong states. Events published while a backgrounded `ctr events` waits are left out: the node shell runs a
# background job to its end before the next command (a shell matter, not ctr's). The deadline's status code is a
# race on the real node (the client's DeadlineExceeded or the server's Unknown): only the message's end is compared.
ctr leases create --id l1
ctr leases create --id l1
ctr leases create --id l2 --expires 1h
ctr leases create --id l3 --expires 0s
ctr leases create --id l4 --expires -1h
ctr leases create --id l5 --expires bogus
ctr leases create --id l6 --label a=b --label c=d
ctr leases create --id l7 --label novalue
ctr leases create --id "" 2>&1 | wc -l
ctr leases ls -q | sort
ctr leases ls | head -1
ctr leases ls 'id==l6'
ctr leases ls 'labels.a==b' -q
ctr leases ls 'bogus=='
ctr leases rm l1 l1
ctr leases rm nosuch
ctr leases rm --sync l6
ctr leases rm
ctr leases ls -q | sort
ctr -n leasens leases create --id x
ctr -n leasens leases ls -q
ctr ns ls
ctr ns create team1 a=1 b=2
ctr ns create team1
ctr ns ls
ctr ns label team1
ctr ns label team1 a=
ctr ns ls
ctr ns label team1 c=3 d=4
ctr ns ls
ctr ns label nosuchns x=1
ctr ns create "" 
ctr ns create Bad_Name
ctr ns create team2 novalue
ctr ns create team3 =v
ctr ns ls -q
ctr ns rm leasens
ctr -n leasens leases rm x; ctr ns rm leasens
ctr ns rm team1 team2 nosuch
ctr ns rm
ctr ns ls -q
ctr --timeout 1s events 'topic=="/namespaces/create"' 2>&1 | grep -o 'context deadline exceeded$'
ctr events 'topic~=' 2>&1 | head -1
ctr i import busybox-oci.tar | wc -l
ctr run -d docker.io/library/busybox:latest ev1 sleep 1; ctr --timeout 3s events 'topic~="/tasks/"' 2>&1 | awk '/^ctr:/ {print $NF; next} {print $5, $6}'
ctr run -d docker.io/library/busybox:latest ev2 sleep 1; ctr --timeout 3s events 'namespace==other' 2>&1 | awk '/^ctr:/ {print $NF; next} {print $5, $6}'
ctr run -d docker.io/library/busybox:latest ev3 sleep 1; ctr --timeout 3s events 'topic=="/tasks/exit"' 'topic=="/tasks/delete"' 2>&1 | awk '/^ctr:/ {print $NF; next} {print $5, $6}'
ctr ns create evns2; ctr -n other leases create --id z
ctr -n other leases rm z
ctr ns ls -q
