// Steps several solutions begin with, and the checks several exercises share.

import type { NodeFacts } from './node-facts';

export const CONTAINERD_SOCKET = 'unix:///run/containerd/containerd.sock';

/** crictl 1.26 has no endpoint until told (the crictl note): one line writes /etc/crictl.yaml. */
export const CRICTL_ENDPOINT = `crictl config --set runtime-endpoint=${CONTAINERD_SOCKET}`;

/** A Dockerfile in `dir` (from busybox:1.37, saying hello), and the shell left in that directory. */
export function helloDockerfile(dir: string): string[] {
  return [`mkdir -p ${dir} && cd ${dir}`, `printf 'FROM busybox:1.37\\nCMD ["echo", "hello"]\\n' > Dockerfile`];
}

/** The crictl note's minimal pod config, written with a heredoc (one line per terminal line). */
export const POD_CONFIG_LINES = [
  'cat > pod-config.json <<EOF',
  '{"metadata": {"name": "busybox-sandbox", "namespace": "default", "attempt": 1, "uid": "hdishd83djaidwnduwk28bcsb"},',
  ' "log_directory": "/tmp", "linux": {}}',
  'EOF',
];

export const CONTAINER_CONFIG_LINES = [
  'cat > container-config.json <<EOF',
  '{"metadata": {"name": "busybox"}, "image": {"image": "busybox:1.37"}, "command": ["top"],',
  ' "log_path": "busybox.0.log", "linux": {}}',
  'EOF',
];

/** A familiar name as containerd and the kubelet store it: `busybox:1.37` → `docker.io/library/busybox:1.37`. */
export function fullName(image: string): string {
  const withTag = /:[^/]+$/.test(image) ? image : `${image}:latest`;
  if (withTag.includes('/') && /^[^/]*[.:]/.test(withTag)) return withTag;
  return withTag.includes('/') ? `docker.io/${withTag}` : `docker.io/library/${withTag}`;
}

/** The kubelet sees an image when containerd holds it in `k8s.io` (what `crictl images` lists). */
export function kubeletSees(facts: NodeFacts, image: string): boolean {
  return facts.images('k8s.io').includes(fullName(image));
}

/** A containerd container in `namespace` whose task is running, made by nerdctl as `name`. */
export function nerdctlRunning(facts: NodeFacts, name: string, namespace = 'default'): string | undefined {
  return facts
    .containers(namespace)
    .find((id) => facts.labels(namespace, id)['nerdctl/name'] === name && facts.task(namespace, id)?.status === 'RUNNING');
}
