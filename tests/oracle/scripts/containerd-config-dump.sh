# containerd config dump (containerd 1.6.20 command/config.go): the defaults with the file decoded
# over them and imports naming it; unknown keys dropped; an empty file warned about as version 1.
printf 'version = 2\noom_score = -999\n[grpc]\n  gid = 5\n  max_recv_message_size = 1024\n[plugins."io.containerd.gc.v1.scheduler"]\n  pause_threshold = 0.5\n  schedule_delay = "1s"\n' > /tmp/cd1.toml
containerd --config /tmp/cd1.toml config dump
printf '' > /tmp/cd2.toml
containerd --config /tmp/cd2.toml config dump | head -3
containerd config default > /tmp/cd3.toml && sed -i 's/SystemdCgroup = false/SystemdCgroup = true/; s#pause:3.6#pause:3.9#' /tmp/cd3.toml && containerd -c /tmp/cd3.toml config dump | grep -n 'SystemdCgroup\|imports\|sandbox_image'
containerd --config /nonexistent.toml config dump
printf 'version = 2\nfoo = 1\n[grpc]\n  bar = 2\n[plugins."io.containerd.grpc.v1.cri"]\n  sandbox_image = "registry.k8s.io/pause:3.8"\n' > /tmp/cd4.toml
containerd --config=/tmp/cd4.toml config dump | grep -n 'sandbox_image\|imports\|bar\|foo'
printf 'version = 2\n[timeouts]\n  "io.containerd.timeout.bolt.open" = "1s"\n' > /tmp/cd5.toml
containerd --config /tmp/cd5.toml config dump | grep -n -A2 'timeouts'
rm -f /tmp/cd1.toml /tmp/cd2.toml /tmp/cd3.toml /tmp/cd4.toml /tmp/cd5.toml
