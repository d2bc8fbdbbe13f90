// The labels nerdctl 0.22.2 puts on containerd containers (pkg/labels/labels.go@v0.22.2) and the
// restart monitor's labels it sets (containerd runtime/restart/restart.go as vendored by
// nerdctl 0.22.2: a containerd main-branch snapshot with restart policies).

export const LABEL = {
  namespace: 'nerdctl/namespace',
  name: 'nerdctl/name',
  hostname: 'nerdctl/hostname',
  extraHosts: 'nerdctl/extraHosts',
  stateDir: 'nerdctl/state-dir',
  networks: 'nerdctl/networks',
  ports: 'nerdctl/ports',
  ipAddress: 'nerdctl/ip',
  logUri: 'nerdctl/log-uri',
  pidFile: 'nerdctl/pid-file',
  anonymousVolumes: 'nerdctl/anonymous-volumes',
  platform: 'nerdctl/platform',
  mounts: 'nerdctl/mounts',
  stopTimeout: 'nerdctl/stop-timeout',
} as const;

export const RESTART_LABEL = {
  status: 'containerd.io/restart.status',
  logUri: 'containerd.io/restart.loguri',
  policy: 'containerd.io/restart.policy',
  count: 'containerd.io/restart.count',
  explicitlyStopped: 'containerd.io/restart.explicitly-stopped',
} as const;

/** The kubelet's labels, read by ps for `k8s://<ns>/<pod>[/<container>]` names (pkg/labels/k8slabels). */
const K8S_LABEL = {
  podNamespace: 'io.kubernetes.pod.namespace',
  podName: 'io.kubernetes.pod.name',
  containerName: 'io.kubernetes.container.name',
} as const;

/** gocni.PortMapping as nerdctl stores it JSON-encoded in nerdctl/ports. */
export interface PortMapping {
  HostPort: number;
  ContainerPort: number;
  Protocol: string;
  HostIP: string;
}

/** The nerdctl/ports label's mappings; [] when absent or unreadable. */
export function portsOf(labels: Readonly<Record<string, string>>): PortMapping[] {
  const text = labels[LABEL.ports];
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? (parsed as PortMapping[]) : [];
  } catch {
    return [];
  }
}

/** getPrintableContainerName (ps.go:263-281@v0.22.2). */
export function printableName(labels: Readonly<Record<string, string>>): string {
  const name = labels[LABEL.name];
  if (name !== undefined) return name;
  const ns = labels[K8S_LABEL.podNamespace];
  const pod = labels[K8S_LABEL.podName];
  if (ns !== undefined && pod !== undefined) {
    const container = labels[K8S_LABEL.containerName];
    return container !== undefined ? `k8s://${ns}/${pod}/${container}` : `k8s://${ns}/${pod}`;
  }
  return '';
}
