// Ready-made nodes a session can start from (issue 13 item 3). Each preset is a fresh node1 and
// the lines a reader of the notes would type to get there, run once when the preset is made
// (in the node's worker, or in-process in tests); the learner's history starts empty. Built
// from lines, not by editing the state tree, so a preset is exactly what those lines do on the
// simulated node and can never drift from it.

import type { LineResult } from '../../simulator/shell/session-types';

export const PRESET_IDS = ['ready', 'bare', 'k8s'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export function isPresetId(value: unknown): value is PresetId {
  return typeof value === 'string' && (PRESET_IDS as readonly string[]).includes(value);
}

/**
 * The bare node: containerd (and runc, Debian's packages) only. Undoes what node1 starts with
 * beyond that: the notes' nerdctl-full 0.22.2 and BuildKit 0.10.4 installs
 * (simulator/host/releases/installed-files.ts), their files under /usr/local and the buildkit
 * units written to /etc/systemd/system; crictl, cri-tools' binary in /usr/bin; and Debian's
 * docker.io, purged with apt as a learner would (its docker and dockerd, its unit and dpkg's
 * record go: simulator/shell/commands/apt.ts), and what it brought with it autoremoved. The shell runs crictl and docker only through
 * their files (simulator/tools/tool.ts fileBacked), so typing them gives bash's 127 until the
 * notes' steps put them back: `wget … && tar … -C /usr/local` for nerdctl and buildkit, the
 * crictl tarball into /usr/local/bin, `apt-get install -y docker.io`.
 */
const BARE_LINES = [
  'systemctl disable --now buildkit',
  'rm -rf /usr/local/bin/* /usr/local/lib/systemd /usr/local/libexec/cni /usr/local/share/doc' +
    ' /etc/systemd/system/buildkit.service /etc/systemd/system/buildkit.socket' +
    ' /etc/systemd/system/sockets.target.wants/buildkit.socket /usr/bin/crictl',
  'apt-get purge -y docker.io',
  'apt-get autoremove --purge -y',
  'systemctl daemon-reload',
];

/** The crictl note's /etc/crictl.yaml: both endpoints on containerd's socket. */
const CRICTL_YAML = `cat > /etc/crictl.yaml <<'EOF'
runtime-endpoint: unix:///run/containerd/containerd.sock
image-endpoint: unix:///run/containerd/containerd.sock
timeout: 10
EOF`;

/** A static pod for the kubelet (kubelet/static-pod.ts reads it as a real kubelet would). */
const STATIC_POD = `cat > /etc/kubernetes/manifests/web.yaml <<'EOF'
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: nginx
    image: nginx:alpine
EOF`;

/**
 * The k8s node: crictl configured, a static pod in /etc/kubernetes/manifests and the kubelet
 * enabled and running. The `sleep 1` lets the kubelet's first sync run (pause and nginx pulled,
 * the pod and its container started in k8s.io); the node's clock is one second ahead for it.
 */
const K8S_LINES = [CRICTL_YAML, 'mkdir -p /etc/kubernetes/manifests', STATIC_POD, 'systemctl enable --now kubelet', 'sleep 1'];

const PRESET_LINES: Readonly<Record<PresetId, readonly string[]>> = {
  ready: [],
  bare: BARE_LINES,
  k8s: K8S_LINES,
};

/** What building a preset needs of the simulator's sessions. */
interface PresetSession {
  run(line: string): Promise<LineResult>;
  save(): { history: string[] };
}

/**
 * The session of preset `id`: a fresh node with the preset's lines run on it, then made again
 * from its save with the history emptied. Throws when a line fails: a preset is never half made.
 */
export async function buildPresetSession<S extends PresetSession>(
  createSession: (options: { saved?: ReturnType<S['save']>; rejectDamagedSave?: boolean }) => S,
  id: PresetId,
): Promise<S> {
  const base = createSession({});
  const lines = PRESET_LINES[id];
  if (lines.length === 0) return base;
  for (const line of lines) {
    const result = await base.run(line);
    if (result.exitCode !== 0) throw new Error(`preset ${id}: \`${line.split('\n')[0]}\` exited ${result.exitCode}: ${result.stderr.trim()}`);
  }
  const saved = { ...base.save(), history: [] } as ReturnType<S['save']>;
  return createSession({ saved, rejectDamagedSave: true });
}
