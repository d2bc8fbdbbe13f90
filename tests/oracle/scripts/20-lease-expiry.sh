# Expired leases (containerd.io/gc.expire) stay listed and deletable until the collector's next run, which a deletion or the 100th write since the last one brings; that run drops them in every namespace.
sleep 0.5; ctr leases create --id forever --expires 0
ctr leases create --id day
ctr leases create --id short --expires 2s
ctr leases create -x 1s --id shorter
ctr leases create --id past --expires 0 containerd.io/gc.expire=2000-01-01T00:00:00Z
ctr leases create --id offset --expires 0 containerd.io/gc.expire=2000-01-01T01:00:00+01:00
ctr leases create --id frac --expires 0 containerd.io/gc.expire=2000-01-01T00:00:00.5Z
ctr leases create --id bad --expires 0 containerd.io/gc.expire=tomorrow
ctr leases create --id future --expires 0 containerd.io/gc.expire=2999-01-01T00:00:00Z
ctr -n lab leases create --id old --expires 0 containerd.io/gc.expire=2000-01-01T00:00:00Z
ctr leases ls
sleep 1; ctr leases ls -q
sleep 2; ctr leases ls -q
ctr -n lab leases ls -q
ctr leases rm shorter
sleep 1; ctr leases ls
ctr -n lab leases ls -q
ctr ns ls -q
ctr leases create --id soon -x 1s
sleep 2; for i in $(seq 1 98); do ctr leases create --id m$i > /dev/null; done; ctr leases ls -q | grep -c .
sleep 1; ctr leases ls -q | grep -x soon
ctr leases create --id m99
sleep 1; ctr leases ls -q | grep -x soon
ctr leases ls -q | grep -c .
ctr leases rm soon
