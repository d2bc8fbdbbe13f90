# Hand-written learner set C (session 10, issue 14): lines a learner might type, none from the earlier sets: image
# tag/label/export/import/convert, wrong task states, exec ids, run flags with odd values, snapshots, leases, content
# prune and edit (editors that write the file in place, fail, or leave it unchanged). The sleep before the snapshots
# lets the collector that a container's removal scheduled run first on both nodes (else it may take the unrooted view
# s-v with it on one of them). Left out: `content edit --editor echo` (prints the temporary file's random name),
# `--editor nosuched` (dash's `sh: 1: nosuched: not found`; the node's sh is bash-worded), and `sed -i` on a blob that
# exists (1.6.20 reads the old inode sed renamed away: `already exists`; the simulator's files have no inodes).
ctr -n=lab i import busybox-oci.tar
ctr -n lab i import --all-platforms busybox-oci.tar
ctr -n lab images ls -q
ctr -n lab i tag docker.io/library/busybox:latest lab/bb:v1
ctr -n lab i tag docker.io/library/busybox:latest lab/bb:v1
ctr -n lab i tag --force docker.io/library/busybox:latest lab/bb:v1
ctr -n lab i tag nosuch:img lab/bb:v2
ctr -n lab i tag docker.io/library/busybox:latest
ctr -n lab i label lab/bb:v1 stage=dev
ctr -n lab i label lab/bb:v1 stage=
ctr -n lab i label lab/bb:v1 'name=日本'
ctr -n lab i ls 'labels.name' -q
ctr -n lab i check | awk '{print $1, $3}'
ctr -n lab i check -q
ctr -n lab i check name==lab/bb:v1 | wc -l
ctr -n lab i export /tmp/h3-out.tar lab/bb:v1
tar -tf /tmp/h3-out.tar | sort | head -3
ctr -n lab i export /tmp/h3-none.tar nosuch:img
ctr -n lab i export /tmp/h3-out2.tar
ctr -n lab i rm lab/bb:v1
ctr -n lab i rm lab/bb:v1
ctr -n lab i import --base-name lab/imp /tmp/h3-out.tar
ctr -n lab i ls -q
ctr -n lab i import --digests /tmp/h3-out.tar | tail -1
ctr -n lab i import /tmp/h3-missing.tar
ctr -n lab i mount docker.io/library/busybox:latest /tmp/h3-mnt
ctr -n lab i unmount /tmp/h3-nothing
ctr -n lab i convert docker.io/library/busybox:latest
ctr -n lab i convert --oci docker.io/library/busybox:latest lab/conv:1
ctr -n lab i convert --uncompress nosuch:img lab/conv:2
ctr -n lab i ls -q | sort
ctr -n lab c create docker.io/library/busybox:latest box1 sleep 300
ctr -n lab c create --label x=1 --label x=2 docker.io/library/busybox:latest box2 true
ctr -n lab c info box2 | grep '"x"'
ctr -n lab c create docker.io/library/busybox:latest '' true
ctr -n lab c create docker.io/library/busybox:latest 'bad name' true
ctr -n lab t start -d box1
ctr -n lab t start -d box1
ctr -n lab c rm box1
ctr -n lab t pause box1
ctr -n lab t pause box1
ctr -n lab t ls | awk 'NR>1{print $1, $3}'
ctr -n lab t kill box1
ctr -n lab t resume box1
ctr -n lab t resume box1
ctr -n lab t ps nosuch
ctr -n lab t metrics nosuch
ctr -n lab t metrics --format json box1 | head -c 1; echo
ctr -n lab t exec box1 true
ctr -n lab t exec --exec-id '' box1 true
ctr -n lab t exec --exec-id e1 box1 sh -c 'exit 7'
ctr -n lab t exec --exec-id e1 --user 65534 box1 id -u
ctr -n lab t exec --exec-id e2 --cwd /nowhere box1 true
ctr -n lab t kill -s TERM -a box1
sleep 1; ctr -n lab t ls | awk 'NR>1{print $1, $3}'
ctr -n lab t kill box1
ctr -n lab t kill -s NOPE box1
ctr -n lab t start box2
ctr -n lab t start box2
ctr -n lab t rm box2
ctr -n lab t rm box2
ctr -n lab c rm box1 box2
ctr -n lab c ls -q
ctr -n lab run --rm -d docker.io/library/busybox:latest
ctr -n lab run --env A= --env B=x=y docker.io/library/busybox:latest rr1 sh -c 'echo "[$A][$B]"'
ctr -n lab run --rm --cwd / --user 1000:1000 docker.io/library/busybox:latest rr2 sh -c 'id -u; id -g; pwd'
ctr -n lab run --rm --user nobody docker.io/library/busybox:latest rr3 id -un
ctr -n lab run --rm --mount type=bind,src=/tmp,dst=/host,options=rbind:ro docker.io/library/busybox:latest rr4 ls -d /host
ctr -n lab run --rm --mount type=tmpfs,dst=/scratch docker.io/library/busybox:latest rr5 sh -c 'touch /scratch/a && echo ok'
ctr -n lab run --rm --mount src=/tmp docker.io/library/busybox:latest rr6 true
ctr -n lab run --rm --read-only --mount type=tmpfs,dst=/tmp docker.io/library/busybox:latest rr7 sh -c 'touch /tmp/a && touch /a'
ctr -n lab run --rm --memory-limit 1048576000 docker.io/library/busybox:latest rr8 true
ctr -n lab run --rm --memory-limit -5 docker.io/library/busybox:latest rr9 true
ctr -n lab run --rm --cpus 0.5 docker.io/library/busybox:latest rr10 true
ctr -n lab run --rm --cpus abc docker.io/library/busybox:latest rr11 true
ctr -n lab run --rm --cap-add CAP_NET_ADMIN docker.io/library/busybox:latest rr12 true
ctr -n lab run --rm --cap-add NET_ADMIN --cap-drop ALL docker.io/library/busybox:latest rr13 true
ctr -n lab run --rm --privileged docker.io/library/busybox:latest rr14 true
ctr -n lab run --rm --seccomp docker.io/library/busybox:latest rr15 true
ctr -n lab run --rm --seccomp-profile /nonexistent.json --seccomp docker.io/library/busybox:latest rr16 true
ctr -n lab run --rm --net-host --hostname x docker.io/library/busybox:latest rr17 true
ctr -n lab run --rm docker.io/library/busybox:latest rr18 nosuchbinary
ctr -n lab run --rm docker.io/library/busybox:latest
ctr -n lab c ls -q
ctr -n lab c rm rr1
sleep 0.5; ctr -n lab snapshots prepare s-a
ctr -n lab snapshots view s-v s-a
ctr -n lab snapshots commit s-c s-a
ctr -n lab snapshots view s-v s-c
ctr -n lab snapshots view s-v s-c
ctr -n lab snapshots prepare s-b s-c
ctr -n lab snapshots tree | grep -c s-
ctr -n lab snapshots usage | head -1
ctr -n lab snapshots info s-c | grep -c '"Kind": "Committed"'
ctr -n lab snapshots label s-c a=1 b=
ctr -n lab snapshots info s-c | grep -A3 Labels
ctr -n lab snapshots rm s-c
ctr -n lab snapshots rm s-b s-v s-c
ctr -n lab snapshots commit s-x nosuch
ctr -n lab leases create --id lz --expires 0s
ctr -n lab leases create --id ly --expires 24h k=v
ctr -n lab leases ls -q | sort
ctr -n lab leases rm --sync ly lz
ctr -n lab content ls -q | wc -l
echo abc | ctr -n lab content ingest ing1
ctr -n lab content label sha256:edeaaff3f1774ad2888673770c6d64097e391bc362d7d6fb34982ddf0efd18cb containerd.io/gc.ref.content.x=sha256:0000000000000000000000000000000000000000000000000000000000000000
ctr -n lab content get sha256:edeaaff3f1774ad2888673770c6d64097e391bc362d7d6fb34982ddf0efd18cb
ctr -n lab content prune references
ctr -n lab content prune references --async
ctr -n lab content fetch-object localhost:1/x:y
ctr -n lab content fetch localhost:1/x:y
ctr -n lab content edit --editor 'sed -i s/b/c/' sha256:edeaaff3f1774ad2888673770c6d64097e391bc362d7d6fb34982ddf0efd18cb
ctr -n lab content edit --editor 'sed -i s/x/y/' sha256:edeaaff3f1774ad2888673770c6d64097e391bc362d7d6fb34982ddf0efd18cb
ctr -n lab content rm sha256:edeaaff3f1774ad2888673770c6d64097e391bc362d7d6fb34982ddf0efd18cb sha256:edeaaff3f1774ad2888673770c6d64097e391bc362d7d6fb34982ddf0efd18cb
ctr -n lab content edit --editor cat sha256:d3f0f01e297149e260681b6e43757513ca07bdb459629d8dee6d986ac3559f21 | head -c 20; echo
ctr -n lab content edit --editor 'echo {} >' sha256:d3f0f01e297149e260681b6e43757513ca07bdb459629d8dee6d986ac3559f21
ctr -n lab content get sha256:ca3d163bab055381827226140568f3bef7eaac187cebd76878e0b63e9e442356
ctr -n lab content edit --editor false sha256:d3f0f01e297149e260681b6e43757513ca07bdb459629d8dee6d986ac3559f21
EDITOR='sh -c "exit 4"' ctr -n lab content edit sha256:d3f0f01e297149e260681b6e43757513ca07bdb459629d8dee6d986ac3559f21
ctr -n lab content edit --editor rm sha256:d3f0f01e297149e260681b6e43757513ca07bdb459629d8dee6d986ac3559f21
ctr -n lab content edit --editor 'echo {} >' --validate json sha256:d3f0f01e297149e260681b6e43757513ca07bdb459629d8dee6d986ac3559f21
rm -f /tmp/h3-out.tar /tmp/h3-none.tar /tmp/h3-out2.tar
