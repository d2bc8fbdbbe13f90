// The files RunPodSandbox writes for a pod (pkg/cri/server/sandbox_run_linux.go
// setupSandboxFiles) under the plugin's root and state dirs: hostname (the config's or the
// node's), hosts (the node's /etc/hosts), resolv.conf (from dns_config, else the node's), and
// the shm directory a pod with its own IPC namespace mounts; the containers bind them. They go
// with RemovePodSandbox (ensureRemoveAll of both sandbox dirs).

import { exists, mkdir, readFile, rm, writeFile } from '../../host/vfs';
import type { PodSandboxConfig } from '../api/runtime-v1';
import type { CriContext } from '../context';

const CRI_ROOT = '/var/lib/containerd/io.containerd.grpc.v1.cri';
const CRI_STATE = '/run/containerd/io.containerd.grpc.v1.cri';

const rootDir = (id: string) => `${CRI_ROOT}/sandboxes/${id}`;
const stateDir = (id: string) => `${CRI_STATE}/sandboxes/${id}`;

function nodeFile(ctx: CriContext, path: string): string {
  const files = ctx.node.state.host.files;
  try {
    return exists(files, path) ? readFile(files, path) : '';
  } catch {
    return '';
  }
}

/** parseDNSOptions: search, nameserver and options lines. */
function resolvConf(config: PodSandboxConfig): string | undefined {
  const dns = config.dnsConfig;
  if (!dns || ((dns.servers ?? []).length === 0 && (dns.searches ?? []).length === 0 && (dns.options ?? []).length === 0)) return undefined;
  let out = '';
  if ((dns.searches ?? []).length > 0) out += `search ${(dns.searches ?? []).join(' ')}\n`;
  for (const server of dns.servers ?? []) out += `nameserver ${server}\n`;
  if ((dns.options ?? []).length > 0) out += `options ${(dns.options ?? []).join(' ')}\n`;
  return out;
}

export function setupSandboxFiles(ctx: CriContext, id: string, config: PodSandboxConfig): void {
  const files = ctx.node.state.host.files;
  const mtimeMs = ctx.node.nowMs();
  mkdir(files, rootDir(id), { parents: true, mode: 0o755, mtimeMs });
  mkdir(files, stateDir(id), { parents: true, mode: 0o755, mtimeMs });
  const hostname = config.hostname || ctx.node.state.host.hostname;
  writeFile(files, `${rootDir(id)}/hostname`, `${hostname}\n`, { mode: 0o644, mtimeMs });
  writeFile(files, `${rootDir(id)}/hosts`, nodeFile(ctx, '/etc/hosts'), { mode: 0o644, mtimeMs });
  writeFile(files, `${rootDir(id)}/resolv.conf`, resolvConf(config) ?? nodeFile(ctx, '/etc/resolv.conf'), { mode: 0o644, mtimeMs });
  if (config.linux?.securityContext?.namespaceOptions?.ipc !== 'NODE') mkdir(files, `${stateDir(id)}/shm`, { mode: 0o700, mtimeMs });
}

export function removeSandboxFiles(ctx: CriContext, id: string): void {
  const files = ctx.node.state.host.files;
  rm(files, rootDir(id), { recursive: true, force: true });
  rm(files, stateDir(id), { recursive: true, force: true });
}
