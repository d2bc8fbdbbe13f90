# content fetch without a usable reference (the resolver's errors), fetch-object's bare resolve errors, content ingest:
# digest validation first, size then digest checked at commit, a failed ingest stays active and cannot resume from a pipe.
ctr content fetch
ctr content fetch ""
ctr content fetch busybox
ctr content fetch docker.io
ctr content fetch docker.io/library/busybox:latest@sha256:abc
ctr content fetch UPPER/x
ctr content fetch-object
ctr content ingest
ctr content ingest --expected-digest bogus k1
ctr content ingest --expected-digest sha256:abc k1
echo hello | ctr content ingest k1
ctr content ls
echo hello | ctr content ingest --expected-size 3 k2
echo hello | ctr content ingest --expected-size 6 --expected-digest sha256:5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03 k3
ctr content ls
echo hello | ctr content ingest --expected-digest sha256:0000000000000000000000000000000000000000000000000000000000000000 k4
ctr content active | tail -n +2 | awk "{print \$1, \$2}" | sort
printf '' | ctr content ingest k5
ctr content ls
echo hello | ctr content ingest k6 ; echo hello | ctr content ingest k6
echo hello | ctr content ingest --expected-size 3 k2
ctr content active | tail -n +2 | awk "{print \$1, \$2}" | sort
ctr content active 'ref==k4'
ctr content active k4
echo hello | ctr content ingest k2
ctr content active | tail -n +2 | awk "{print \$1, \$2}" | sort
echo hello | ctr content ingest --expected-digest sha256:5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03 k9
printf "abc" | ctr -n other content ingest k1
ctr -n other content ls -q
ctr content ingest --expected-digest md5:abc k1
ctr content ingest --expected-digest SHA256:abc k1
ctr content ingest --expected-digest sha256:ZZ k1
ctr content get sha256:5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03
