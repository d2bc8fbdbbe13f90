// What the kubelet asks CRI for, built from a Pod as 1.26's kuberuntime does:
// generatePodSandboxConfig (kuberuntime_sandbox.go), generateContainerConfig
// (kuberuntime_container.go) and their labels and annotations (labels.go). A node without
// cluster DNS falls back to the host's /etc/resolv.conf (dns.go, "Default" policy), and the
// cgroupfs driver puts the pod under /kubepods/<qos>/pod<uid> (cgroup v1, as on node1).

import type { ContainerConfig, KeyValue, Mount, PodSandboxConfig, PortMapping } from '../cri/index';
import { fnv32aHex } from './fnv';
import type { Pod, PodContainer } from './pod-spec';
import { memoryBytes, milliCpu } from './quantity';

const POD_NAME_LABEL = 'io.kubernetes.pod.name';
const POD_NAMESPACE_LABEL = 'io.kubernetes.pod.namespace';
export const POD_UID_LABEL = 'io.kubernetes.pod.uid';
export const CONTAINER_NAME_LABEL = 'io.kubernetes.container.name';
const CONTAINER_HASH_ANNOTATION = 'io.kubernetes.container.hash';
const RESTART_COUNT_ANNOTATION = 'io.kubernetes.container.restartCount';
const GRACE_PERIOD_ANNOTATION = 'io.kubernetes.pod.terminationGracePeriod';

/** Where the kubelet keeps a pod's files (hosts file, termination logs). */
export function podDir(uid: string): string {
  return `/var/lib/kubelet/pods/${uid}`;
}

/** BuildPodLogsDirectory: /var/log/pods/<namespace>_<name>_<uid>. */
export function podLogDirectory(pod: Pod): string {
  return `/var/log/pods/${pod.metadata.namespace}_${pod.metadata.name}_${pod.metadata.uid}`;
}

type QosClass = 'BestEffort' | 'Burstable' | 'Guaranteed';

/** v1qos.GetPodQOS, for cpu and memory. */
function qosClass(pod: Pod): QosClass {
  let any = false;
  let guaranteed = true;
  for (const c of pod.spec.containers) {
    const limits = c.resources?.limits ?? {};
    const requests = { ...limits, ...(c.resources?.requests ?? {}) };
    for (const r of ['cpu', 'memory']) {
      if (requests[r] !== undefined || limits[r] !== undefined) any = true;
      if (limits[r] === undefined || requests[r] !== limits[r]) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

function cgroupParent(pod: Pod): string {
  const qos = qosClass(pod);
  const base = qos === 'Guaranteed' ? '/kubepods' : `/kubepods/${qos.toLowerCase()}`;
  return `${base}/pod${pod.metadata.uid}`;
}

/** The host's resolv.conf as dns.go parses it ("search ." means no search domains). */
function hostDnsConfig(resolvConf: string): { servers: string[]; searches: string[]; options: string[] } {
  const servers: string[] = [];
  let searches: string[] = [];
  let options: string[] = [];
  for (const line of resolvConf.split('\n')) {
    const fields = line.replace(/[#;].*$/, '').trim().split(/\s+/).filter(Boolean);
    if (fields[0] === 'nameserver' && fields[1]) servers.push(fields[1]);
    else if (fields[0] === 'search') searches = fields.slice(1).filter((s) => s !== '.').map((s) => s.replace(/\.$/, ''));
    else if (fields[0] === 'options') options = fields.slice(1);
  }
  return { servers, searches, options };
}

function podLabels(pod: Pod): Record<string, string> {
  return {
    ...pod.metadata.labels,
    [POD_NAME_LABEL]: pod.metadata.name,
    [POD_NAMESPACE_LABEL]: pod.metadata.namespace,
    [POD_UID_LABEL]: pod.metadata.uid,
  };
}

function portMappings(pod: Pod): PortMapping[] {
  return pod.spec.containers.flatMap((c) =>
    (c.ports ?? []).map((p) => ({
      protocol: p.protocol ?? 'TCP',
      containerPort: p.containerPort,
      hostPort: p.hostPort ?? 0,
      ...(p.hostIP ? { hostIp: p.hostIP } : {}),
    })),
  );
}

const SECCOMP_UNCONFINED = { profileType: 'Unconfined' as const };

/** generatePodSandboxConfig for sandbox attempt `attempt`. */
export function sandboxConfig(pod: Pod, attempt: number, resolvConf: string): PodSandboxConfig {
  const hostNetwork = pod.spec.hostNetwork;
  const privileged = pod.spec.containers.some((c) => c.securityContext?.privileged === true);
  const ports = portMappings(pod);
  return {
    metadata: { name: pod.metadata.name, uid: pod.metadata.uid, namespace: pod.metadata.namespace, attempt },
    // A host-network pod keeps the node's name; others are named after the pod (63 characters at most).
    ...(hostNetwork ? {} : { hostname: (pod.spec.hostname ?? pod.metadata.name).slice(0, 63) }),
    logDirectory: podLogDirectory(pod),
    dnsConfig: hostDnsConfig(resolvConf),
    ...(ports.length > 0 ? { portMappings: ports } : {}),
    labels: podLabels(pod),
    annotations: { ...pod.metadata.annotations },
    linux: {
      cgroupParent: cgroupParent(pod),
      securityContext: {
        namespaceOptions: { network: hostNetwork ? 'NODE' : 'POD', pid: 'CONTAINER', ipc: 'POD' },
        ...(privileged ? { privileged: true } : {}),
        seccomp: SECCOMP_UNCONFINED,
      },
    },
  };
}

/** HashContainer: fnv32a of the container spec, in hex. */
export function containerHash(container: PodContainer): string {
  return fnv32aHex(JSON.stringify(container));
}

/** The runtime's default masked and read-only paths of an unprivileged container (securitycontext). */
const MASKED_PATHS = ['/proc/acpi', '/proc/kcore', '/proc/keys', '/proc/latency_stats', '/proc/timer_list', '/proc/timer_stats', '/proc/sched_debug', '/proc/scsi', '/sys/firmware'];
const READONLY_PATHS = ['/proc/asound', '/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];

function containerResources(pod: Pod, c: PodContainer) {
  const qos = qosClass(pod);
  const cpuRequest = milliCpu(c.resources?.requests?.cpu ?? c.resources?.limits?.cpu);
  const cpuLimit = milliCpu(c.resources?.limits?.cpu);
  const memoryLimit = memoryBytes(c.resources?.limits?.memory);
  // MilliCPUToShares (2 at least); oom_score_adj by QoS (policy.go: BestEffort 1000,
  // Guaranteed -997; Burstable depends on the node's memory, 999 here for want of one).
  const shares = cpuRequest === undefined ? 2 : Math.max(2, Math.floor((cpuRequest * 1024) / 1000));
  const oom = qos === 'BestEffort' ? 1000 : qos === 'Guaranteed' ? -997 : 999;
  return {
    cpuPeriod: '100000',
    cpuQuota: String(cpuLimit === undefined ? 0 : Math.floor((cpuLimit * 100_000) / 1000)),
    cpuShares: String(shares),
    memoryLimitInBytes: String(memoryLimit ?? 0),
    oomScoreAdj: String(oom),
  };
}

/** Where an emptyDir volume lives on the node. */
export function emptyDirPath(uid: string, volume: string): string {
  return `${podDir(uid)}/volumes/kubernetes.io~empty-dir/${volume}`;
}

/**
 * makeMounts: the container's volume mounts (a hostPath's path, an emptyDir's directory), then
 * the pod's hosts file (unless a volume mounts /etc/hosts) and the termination log.
 */
export function containerMounts(pod: Pod, c: PodContainer, terminationLogName: string): Mount[] {
  const dir = podDir(pod.metadata.uid);
  const volumes = pod.spec.volumes ?? [];
  const mounts: Mount[] = [];
  for (const m of c.volumeMounts ?? []) {
    const v = volumes.find((x) => x.name === m.name);
    const hostPath = v?.hostPath ? v.hostPath.path : v?.emptyDir ? emptyDirPath(pod.metadata.uid, v.name) : undefined;
    if (hostPath === undefined) continue;
    mounts.push({ containerPath: m.mountPath, hostPath, ...(m.readOnly ? { readonly: true } : {}) });
  }
  if (!mounts.some((m) => m.containerPath === '/etc/hosts')) mounts.push({ containerPath: '/etc/hosts', hostPath: `${dir}/etc-hosts` });
  mounts.push({ containerPath: c.terminationMessagePath, hostPath: `${dir}/containers/${c.name}/${terminationLogName}` });
  return mounts;
}

/** generateContainerConfig for restart `restartCount` of `c`, whose image resolved to `imageRef`. */
export function containerConfig(pod: Pod, c: PodContainer, restartCount: number, imageRef: string, mounts: Mount[]): ContainerConfig {
  const envs: KeyValue[] = (c.env ?? []).map((e) => ({ key: e.name, value: e.value ?? '' }));
  const annotations: Record<string, string> = {
    [CONTAINER_HASH_ANNOTATION]: containerHash(c),
    [RESTART_COUNT_ANNOTATION]: String(restartCount),
    'io.kubernetes.container.terminationMessagePath': c.terminationMessagePath,
    'io.kubernetes.container.terminationMessagePolicy': c.terminationMessagePolicy,
    [GRACE_PERIOD_ANNOTATION]: String(pod.spec.terminationGracePeriodSeconds),
  };
  if (c.ports && c.ports.length > 0) annotations['io.kubernetes.container.ports'] = JSON.stringify(c.ports);
  const privileged = c.securityContext?.privileged === true;
  return {
    metadata: { name: c.name, attempt: restartCount },
    image: { image: imageRef },
    ...(c.command ? { command: c.command } : {}),
    ...(c.args ? { args: c.args } : {}),
    ...(c.workingDir ? { workingDir: c.workingDir } : {}),
    ...(envs.length > 0 ? { envs } : {}),
    mounts,
    labels: {
      [CONTAINER_NAME_LABEL]: c.name,
      [POD_NAME_LABEL]: pod.metadata.name,
      [POD_NAMESPACE_LABEL]: pod.metadata.namespace,
      [POD_UID_LABEL]: pod.metadata.uid,
    },
    annotations,
    logPath: `${c.name}/${restartCount}.log`,
    ...(c.stdin ? { stdin: true } : {}),
    ...(c.stdinOnce ? { stdinOnce: true } : {}),
    ...(c.tty ? { tty: true } : {}),
    linux: {
      resources: containerResources(pod, c),
      securityContext: {
        namespaceOptions: { network: pod.spec.hostNetwork ? 'NODE' : 'POD', pid: 'CONTAINER', ipc: 'POD' },
        ...(privileged ? { privileged: true } : { maskedPaths: MASKED_PATHS, readonlyPaths: READONLY_PATHS }),
        ...(c.securityContext?.runAsUser !== undefined ? { runAsUser: { value: String(c.securityContext.runAsUser) } } : {}),
        ...(c.securityContext?.runAsGroup !== undefined ? { runAsGroup: { value: String(c.securityContext.runAsGroup) } } : {}),
        ...(c.securityContext?.readOnlyRootFilesystem ? { readonlyRootfs: true } : {}),
        seccomp: SECCOMP_UNCONFINED,
      },
    },
  };
}
