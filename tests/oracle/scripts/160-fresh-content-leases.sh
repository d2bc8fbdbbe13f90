# Fresh learner set (issue 14, H52): `ctr content` ingest with checks, fetch-object and fetch without a registry,
# edit with an editor that is a plain program, active, label and get on digests of other kinds, and `ctr leases`
# with labels, ids and expiries in other forms.
# Rewritten after the first run against the real node (60/65): `ctr content active` shows each ingest's age
# (a race: "1 second" or "Less than a second", and the AGE column's tab padding with it) and lists in the
# ingest directory's order, so the lines read refs and sizes, sorted.
# Rewritten after a CI run: `ctr content ls` joins an item's labels in Go's map order, which differs from
# run to run, so the three labels are read one a line, sorted.
ctr i import busybox-oci.tar >/dev/null
echo hello | ctr content ingest hello-ref && ctr content ls | grep -c 5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03
printf 'abc' | ctr content ingest --expected-size 3 abc-ref; echo rc=$?
printf 'abc' | ctr content ingest --expected-size 4 abc-ref2; echo rc=$?
printf 'abc' | ctr content ingest --expected-digest sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad abc-ref3; echo rc=$?
printf 'abc' | ctr content ingest --expected-digest sha256:0000000000000000000000000000000000000000000000000000000000000000 abc-ref4; echo rc=$?
printf 'abc' | ctr content ingest --expected-digest nodigest abc-ref5; echo rc=$?
printf '' | ctr content ingest empty-ref; echo rc=$?
ctr content ingest; echo rc=$?
printf 'abc' | ctr content ingest --expected-size -1 neg-ref; echo rc=$?
ctr content ls | grep ba7816bf | awk '{print $2}'
ctr content get sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad; echo
ctr content get sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 | wc -c
ctr content get md5:900150983cd24fb0d6963f7d28e17f72; echo rc=$?
ctr content get sha512:abc; echo rc=$?
ctr content get SHA256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad; echo rc=$?
ctr content get sha256:BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD; echo rc=$?
ctr content get ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad; echo rc=$?
ctr content get ''; echo rc=$?
c=$(ctr i ls | awk 'NR==2{print $3}'); ctr content get $c | grep -o '"mediaType": *"[^"]*"' | head -1
c=$(ctr i ls | awk 'NR==2{print $3}'); ctr content get $c | grep -o 'sha256:[0-9a-f]*' | head -1 | cut -c1-7
ctr content label sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad z=last a=first m=mid
ctr content ls | grep ba7816bf | awk '{print $NF}' | tr , '\n' | sort
ctr content label sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad a
ctr content ls 'labels.m==mid' -q
ctr content ls 'labels.z' -q | wc -l
ctr content ls 'size==3' -q; echo rc=$?
ctr content ls 'digest~=ba78' -q
ctr content ls --quiet=true 'labels.z==last'
ctr content rm sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad; echo rc=$?
ctr content active | awk 'NR==1{print $1, $2, $3}'
ctr content active --timeout 1s | awk 'NR>1{print $1, $2}' | sort; echo rc=$?
ctr content active --root /tmp | awk 'NR>1{print $1}' | sort; echo rc=$?
ctr content active nosuch-ref; echo rc=$?
ctr content fetch-object; echo rc=$?
ctr content fetch-object nosuch.invalid/x:1 2>&1 | tail -1
ctr content fetch-object --plain-http localhost:1/x:1 sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad 2>&1 | tail -1
ctr content fetch --metadata-only localhost:1/x:1 2>&1 | tail -1
ctr content fetch --label a=b localhost:1/x:1 2>&1 | tail -1
ctr content push-object; echo rc=$?
ctr content push-object localhost:1/x:1 sha256:nope 2>&1 | tail -1
ctr content edit --editor true sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855; echo rc=$?
c=$(ctr i ls | awk 'NR==2{print $3}'); ctr content edit --editor cat $c | head -c 20; echo
c=$(ctr i ls | awk 'NR==2{print $3}'); ctr content edit --editor false $c; echo rc=$?
ctr content edit --editor true md5:abc; echo rc=$?
ctr leases create --label team=red --label n=1 >/dev/null; echo rc=$?
ctr leases ls | awk 'NR==1'
ctr leases ls -q | wc -l
ctr leases create --id red-one --label team=red --label team=blue
ctr leases ls | awk '$1=="red-one"{print $NF}'
ctr leases create --id red-one; echo rc=$?
ctr leases create --id 'has space'; echo rc=$?
ctr leases create --id ''; echo rc=$?
ctr leases create --id x --label nolabel; echo rc=$?
ctr leases create --id y --label =v; echo rc=$?
ctr leases create --id z --expires 0s; echo rc=$?
ctr leases create --id z2 --expires -1h; echo rc=$?
ctr leases create --id z3 --expires 1d; echo rc=$?
ctr leases create --id z4 --expires 90m && ctr leases ls | awk '$1=="z4"{print $NF}' | grep -c gc.expire
ctr leases ls 'labels.team==blue' -q
ctr leases ls 'id~=^red' -q
ctr leases ls 'id==nosuch'
ctr leases rm red-one nosuch; echo rc=$?
ctr leases rm --sync z4; echo rc=$?
ctr leases ls -q | grep -v -c '^$'
