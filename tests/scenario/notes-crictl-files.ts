// The files the study notes' crictl section has a learner write, as heredoc lines typed at the
// node's shell: /etc/crictl.yaml (the notes use vim) and the two configs of `crictl run`.

/** The notes' /etc/crictl.yaml, typed with a heredoc as a learner does after `vim`. */
export const CRICTL_YAML = [
  'cat > /etc/crictl.yaml <<EOF',
  'runtime-endpoint: unix:///run/containerd/containerd.sock',
  'image-endpoint: unix:///run/containerd/containerd.sock',
  'timeout: 10',
  'debug: false',
  'EOF',
].join('\n');

/** The notes' pod-config.json, as printed there (`$ cat pod-config.json`). */
export const POD_CONFIG = [
  'cat > pod-config.json <<EOF',
  '{',
  '"metadata": {',
  '"name": "nginx-sandbox",',
  '"namespace": "default",',
  '"attempt": 1,',
  '"uid": "hdishd83djaidwnduwk28bcsb"',
  '},',
  '"log_directory": "/tmp",',
  '"linux": {',
  '}',
  '}',
  'EOF',
].join('\n');

/** The notes' container-config.json (also cri-tools' docs/crictl.md minimal example). */
export const CONTAINER_CONFIG = [
  'cat > container-config.json <<EOF',
  '{',
  '"metadata": {',
  '"name": "busybox"',
  '},',
  '"image":{',
  '"image": "busybox"',
  '},',
  '"command": [',
  '"top"',
  '],',
  '"log_path":"busybox.0.log",',
  '"linux": {',
  '}',
  '}',
  'EOF',
].join('\n');

