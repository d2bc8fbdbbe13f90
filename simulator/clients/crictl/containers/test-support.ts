// A shell session for the container commands' tests: a fixed clock and seed, /etc/crictl.yaml
// naming containerd's socket, busybox in k8s.io, and one ready pod (POD_ID) made without the
// sandbox service (cri/container/test-support.ts), plus the two config files of the notes.

import { podNode, POD_ID } from '../../../cri/container/test-support';

export { POD_ID };
export const TEST_NOW_MS = Date.UTC(2026, 11, 4, 22, 0, 0);

export interface Ran {
  out: string;
  err: string;
  code: number;
}

/** The notes' container-config.json (study notes, crictl section). */
export const CONTAINER_CONFIG = `{
  "metadata": { "name": "busybox" },
  "image": { "image": "busybox" },
  "command": ["top"],
  "log_path": "busybox.0.log",
  "linux": {}
}`;

/** The notes' pod-config.json, its log directory the one the test pod has. */
const POD_CONFIG = `{
  "metadata": { "name": "web", "namespace": "default", "attempt": 1, "uid": "uid-web-1" },
  "log_directory": "/tmp/pods/web",
  "linux": {}
}`;

export async function containersSession() {
  const { s, ctx } = await podNode(11, () => TEST_NOW_MS);
  const run = async (line: string): Promise<Ran> => {
    const r = await s.run(line);
    return { out: r.stdout, err: r.stderr, code: r.exitCode };
  };
  await run("echo 'runtime-endpoint: unix:///run/containerd/containerd.sock' > /etc/crictl.yaml");
  await run(`cat > /root/container-config.json <<'EOF'\n${CONTAINER_CONFIG}\nEOF`);
  await run(`cat > /root/pod-config.json <<'EOF'\n${POD_CONFIG}\nEOF`);
  return { run, node: s.node, ctx };
}

/** crictl create in the test pod; returns the new id. */
export async function createIn(run: (line: string) => Promise<Ran>, config = '/root/container-config.json'): Promise<string> {
  const r = await run(`crictl create ${POD_ID} ${config} /root/pod-config.json`);
  if (r.code !== 0) throw new Error(r.err);
  return r.out.trim();
}
