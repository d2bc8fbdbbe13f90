// The OCI spec containerd 1.6.20 gives the pause container (pkg/cri/server/sandbox_run_linux.go
// sandboxContainerSpec over oci.WithDefaultSpec): the image's user, env, entrypoint and
// working dir, the default mounts with the sandbox's shm and resolv.conf binds, a read-only
// root, -998 OOM score, 2 CPU shares, the CRI sandbox annotations, and no network or UTS
// namespace for a host-network pod (the pod network's namespace path otherwise). Keys follow
// runtime-spec's Go struct order, as the recorded node prints them
// (tests/oracle/cri/fixtures/pod-lifecycle.json, PodSandboxStatus info.runtimeSpec).

import { DEFAULT_MASKED_PATHS, DEFAULT_READONLY_PATHS, DEFAULT_UNIX_CAPS, type OciSpec } from '../../containerd/client/index';
import type { PodSandboxConfig } from '../api/runtime-v1';
import { criCgroupsPath } from '../container/cgroups-path';

const CRI_ROOT = '/var/lib/containerd/io.containerd.grpc.v1.cri';
const CRI_STATE = '/run/containerd/io.containerd.grpc.v1.cri';
const DEFAULT_PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/** sandbox_run_linux.go defaultSandboxOOMAdj and defaultSandboxCPUshares. */
const SANDBOX_OOM_ADJ = -998;
const SANDBOX_CPU_SHARES = 2;

/** What of the sandbox image's config the spec takes. */
export interface PauseImageConfig {
  user: string;
  env: string[];
  entrypoint: string[];
  cmd: string[];
  workingDir: string;
}

/**
 * oci.WithUser of the image's User (or the security context's run_as_user[:run_as_group]), then
 * WithSupplementalGroups merging the context's groups (pkg/cri/opts mergeGids: no repeats).
 */
function userOf(image: string, config: PodSandboxConfig): { uid: number; gid: number; additionalGids: number[] } {
  const context = config.linux?.securityContext;
  const runAsUser = context?.runAsUser?.value;
  let uid: number;
  let gid: number;
  if (runAsUser !== undefined) {
    uid = Number(runAsUser);
    gid = context?.runAsGroup?.value !== undefined ? Number(context.runAsGroup.value) : 0;
  } else {
    const [u = '0', g] = image.split(':');
    uid = /^\d+$/.test(u) ? Number(u) : 0;
    gid = g !== undefined && /^\d+$/.test(g) ? Number(g) : uid;
  }
  const additionalGids = [gid];
  for (const group of context?.supplementalGroups ?? []) {
    const n = Number(group) >>> 0;
    if (!additionalGids.includes(n)) additionalGids.push(n);
  }
  return { uid, gid, additionalGids };
}

export function pauseSpec(id: string, config: PodSandboxConfig, image: PauseImageConfig, netnsPath: string): OciSpec {
  const nsOptions = config.linux?.securityContext?.namespaceOptions;
  const hostNetwork = nsOptions?.network === 'NODE';
  const hostIpc = nsOptions?.ipc === 'NODE';
  const hostPid = nsOptions?.pid === 'NODE';
  const metadata = config.metadata ?? { name: '', namespace: '', uid: '', attempt: 0 };
  const args = [...image.entrypoint, ...image.cmd];
  const cgroupParent = config.linux?.cgroupParent ?? '';
  const namespaces: Array<{ type: string; path?: string }> = [];
  if (!hostPid) namespaces.push({ type: 'pid' });
  if (!hostIpc) namespaces.push({ type: 'ipc' });
  if (!hostNetwork) namespaces.push({ type: 'uts' });
  namespaces.push({ type: 'mount' });
  if (!hostNetwork) namespaces.push({ type: 'network', path: netnsPath });
  const annotations: Record<string, string> = {
    'io.kubernetes.cri.container-type': 'sandbox',
    'io.kubernetes.cri.sandbox-id': id,
    'io.kubernetes.cri.sandbox-log-directory': config.logDirectory ?? '',
    'io.kubernetes.cri.sandbox-name': metadata.name ?? '',
    'io.kubernetes.cri.sandbox-namespace': metadata.namespace ?? '',
    'io.kubernetes.cri.sandbox-uid': metadata.uid ?? '',
  };
  const resources = config.linux?.resources;
  if (resources) {
    // The pod's resources travel to the runtime as annotations (sandbox_run_linux.go).
    annotations['io.kubernetes.cri.sandbox-cpu-period'] = String(resources.cpuPeriod ?? '0');
    annotations['io.kubernetes.cri.sandbox-cpu-quota'] = String(resources.cpuQuota ?? '0');
    annotations['io.kubernetes.cri.sandbox-cpu-shares'] = String(resources.cpuShares ?? '0');
    annotations['io.kubernetes.cri.sandbox-memory'] = String(resources.memoryLimitInBytes ?? '0');
  }
  const spec: Record<string, unknown> = {
    ociVersion: '1.0.2-dev',
    process: {
      user: userOf(image.user, config),
      args,
      env: image.env.length > 0 ? image.env : [DEFAULT_PATH_ENV],
      cwd: image.workingDir || '/',
      capabilities: { bounding: [...DEFAULT_UNIX_CAPS], effective: [...DEFAULT_UNIX_CAPS], permitted: [...DEFAULT_UNIX_CAPS] },
      noNewPrivileges: true,
      oomScoreAdj: SANDBOX_OOM_ADJ,
    },
    root: { path: 'rootfs', readonly: true },
  };
  if (config.hostname) spec.hostname = config.hostname;
  spec.mounts = [
    { destination: '/proc', type: 'proc', source: 'proc', options: ['nosuid', 'noexec', 'nodev'] },
    { destination: '/dev', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'strictatime', 'mode=755', 'size=65536k'] },
    { destination: '/dev/pts', type: 'devpts', source: 'devpts', options: ['nosuid', 'noexec', 'newinstance', 'ptmxmode=0666', 'mode=0620', 'gid=5'] },
    { destination: '/dev/shm', type: 'tmpfs', source: 'shm', options: ['nosuid', 'noexec', 'nodev', 'mode=1777', 'size=65536k'] },
    { destination: '/dev/mqueue', type: 'mqueue', source: 'mqueue', options: ['nosuid', 'noexec', 'nodev'] },
    { destination: '/sys', type: 'sysfs', source: 'sysfs', options: ['nosuid', 'noexec', 'nodev', 'ro'] },
    { destination: '/dev/shm', type: 'bind', source: hostIpc ? '/dev/shm' : `${CRI_STATE}/sandboxes/${id}/shm`, options: ['rbind', 'ro'] },
    { destination: '/etc/resolv.conf', type: 'bind', source: `${CRI_ROOT}/sandboxes/${id}/resolv.conf`, options: ['rbind', 'ro'] },
  ];
  spec.annotations = Object.fromEntries(Object.entries(annotations).sort(([a], [b]) => (a < b ? -1 : 1)));
  // runtime-spec's Linux struct order: sysctl, resources, cgroupsPath, namespaces, …
  const linux: Record<string, unknown> = {};
  const sysctls = config.linux?.sysctls;
  if (sysctls && Object.keys(sysctls).length > 0) linux.sysctl = Object.fromEntries(Object.entries(sysctls).sort(([a], [b]) => (a < b ? -1 : 1)));
  linux.resources = { devices: [{ allow: false, access: 'rwm' }], cpu: { shares: SANDBOX_CPU_SHARES } };
  linux.cgroupsPath = criCgroupsPath(cgroupParent, id);
  linux.namespaces = namespaces;
  linux.maskedPaths = [...DEFAULT_MASKED_PATHS];
  linux.readonlyPaths = [...DEFAULT_READONLY_PATHS];
  spec.linux = linux;
  return spec as OciSpec;
}
