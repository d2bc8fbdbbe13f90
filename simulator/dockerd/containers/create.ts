// POST /containers/create (moby v20.10.24 daemon/create.go ContainerCreate, daemon/container.go
// verifyContainerSettings, daemon/names.go): the image must be in dockerd's store (404 `No such
// image: x` — the CLI then pulls and asks again), the host config is checked, the name reserved
// (or a random one made), the image's config merged under the request's (Env by key, Cmd unless
// an Entrypoint was given, WorkingDir, User, Labels, ExposedPorts), then the record, its
// read-write layer and its directory /var/lib/docker/containers/<id>/ are made. Nothing runs
// and nothing is in containerd until it starts.

import { parseSignal } from '../../containerd/client/index';
import { mkdir, writeFile } from '../../host/vfs';
import type { Node } from '../../node';
import { invalidParameter } from '../errors';
import { mergeAndVerifyLogConfig } from '../runtime/log-drivers';
import { daemonLogConfig } from '../runtime/daemon-config';
import { findImage } from '../images/lookup';
import { randomHex } from '../images/random-hex';
import { resolveMounts } from '../volumes/mounts';
import { createRwLayer } from '../runtime/rootfs';
import { containerDir } from '../runtime/spec';
import type { DockerContainerRecord } from '../store/container-record';
import { checkName, generateName } from './names';
import { type Resources, verifyResources } from './resource-checks';
import { verifyCapabilities } from './capabilities';
import { securitySettings } from './security-opts';
import { type NamespaceModes, verifyNamespaceModes } from './namespace-modes';
import { setUpWorkingDir, verifyWorkingDir } from './working-dir';
import { platformWarning, verifyPlatformSettings, verifyStorageOpts } from './platform-settings';
import { registerLinks } from './legacy-links';
import { logContainerEvent } from '../events/event-log';

export interface ContainerConfig {
  Image: string;
  Cmd?: string[] | null;
  /** null: not given; [] (`--entrypoint ""`): the image's is dropped. */
  Entrypoint?: string[] | null;
  Env?: string[];
  WorkingDir?: string;
  User?: string;
  Hostname?: string;
  Tty?: boolean;
  OpenStdin?: boolean;
  StdinOnce?: boolean;
  AttachStdin?: boolean;
  AttachStdout?: boolean;
  AttachStderr?: boolean;
  Labels?: Record<string, string>;
  ExposedPorts?: Record<string, Record<string, never>>;
  StopSignal?: string;
  StopTimeout?: number;
  Healthcheck?: HealthConfig;
}

/** container.HealthConfig: Test (["CMD-SHELL", cmd], ["CMD", …], ["NONE"]), durations in ns. */
export interface HealthConfig {
  Test?: string[];
  Interval?: number;
  Timeout?: number;
  StartPeriod?: number;
  Retries?: number;
}

export interface HostConfig {
  AutoRemove?: boolean;
  RestartPolicy?: { Name: string; MaximumRetryCount: number };
  Memory?: number;
  NanoCpus?: number;
  CpuShares?: number;
  NetworkMode?: string;
  PortBindings?: Record<string, Array<{ HostIp: string; HostPort: string }>>;
  PublishAllPorts?: boolean;
  ReadonlyRootfs?: boolean;
  Binds?: string[] | null;
  Mounts?: Array<Record<string, unknown>>;
  LogConfig?: { Type: string; Config: Record<string, string> };
}

export interface CreateRequest {
  name?: string;
  config: ContainerConfig;
  hostConfig: HostConfig;
  networkingConfig?: Record<string, unknown>;
}

const RESTART_POLICIES = new Set(['', 'no', 'always', 'unless-stopped', 'on-failure']);

/** verifyContainerSettings / verifyPlatformContainerSettings: the checks that refuse a request. */
function verifyHostConfig(host: HostConfig): void {
  const policy = host.RestartPolicy ?? { Name: '', MaximumRetryCount: 0 };
  if (!RESTART_POLICIES.has(policy.Name)) throw invalidParameter(`invalid restart policy '${policy.Name}'`);
  if (policy.Name !== 'on-failure' && policy.MaximumRetryCount !== 0) throw invalidParameter(`maximum retry count cannot be used with restart policy '${policy.Name}'`);
  if (policy.MaximumRetryCount < 0) throw invalidParameter('maximum retry count cannot be negative');
  if (host.AutoRemove && policy.Name !== '' && policy.Name !== 'no') throw invalidParameter("can't create 'AutoRemove' container with restart policy");
}

/** verifyContainerSettings: a StopSignal must be one signal.ParseSignal knows (a nonzero number or a name). */
function verifyStopSignal(raw: string | undefined): void {
  if (raw === undefined || raw === '') return;
  try {
    parseSignal(raw);
  } catch {
    throw invalidParameter(`Invalid signal: ${raw}`);
  }
}

/** adaptContainerSettings (daemon/daemon_unix.go): a memory limit without a swap limit gets twice it as swap. */
function swapDefault(host: HostConfig): { MemorySwap?: number } {
  const memory = host.Memory ?? 0;
  const swap = (host as { MemorySwap?: number }).MemorySwap ?? 0;
  return memory > 0 && swap === 0 ? { MemorySwap: memory * 2 } : {};
}

/** A pids limit of 0 or less is no limit: the daemon keeps none (inspect shows <nil>). */
function withoutUnlimitedPids(host: Record<string, unknown>): Record<string, unknown> {
  const limit = host.PidsLimit;
  if (typeof limit !== 'number' || limit > 0) return host;
  const { PidsLimit: _dropped, ...rest } = host;
  return rest;
}

/** adaptContainerSettings: a privileged container gets no masked or read-only /proc paths (inspect: null). */
function privilegedPaths(host: HostConfig): Record<string, unknown> {
  return (host as { Privileged?: boolean }).Privileged ? { MaskedPaths: null, ReadonlyPaths: null } : {};
}

/** verifyContainerSettings' Healthcheck checks (containertypes.MinimumDuration is 1 ms). */
function verifyHealthcheck(h: HealthConfig | undefined): void {
  if (!h) return;
  const MIN_NS = 1e6;
  if (h.Interval !== undefined && h.Interval !== 0 && h.Interval < MIN_NS) throw invalidParameter('Interval in Healthcheck cannot be less than 1ms');
  if (h.Timeout !== undefined && h.Timeout !== 0 && h.Timeout < MIN_NS) throw invalidParameter('Timeout in Healthcheck cannot be less than 1ms');
  if (h.Retries !== undefined && h.Retries < 0) throw invalidParameter('Retries in Healthcheck cannot be negative');
  if (h.StartPeriod !== undefined && h.StartPeriod !== 0 && h.StartPeriod < MIN_NS) throw invalidParameter('StartPeriod in Healthcheck cannot be less than 1ms');
}

/** daemon/commit.go merge: the image's HEALTHCHECK under the request's, field by field. */
function mergeHealthcheck(given: HealthConfig | undefined, image: HealthConfig | undefined): HealthConfig | undefined {
  if (!given) return image;
  if (!image) return given;
  const out: HealthConfig = { ...given };
  if (!given.Test || given.Test.length === 0) out.Test = image.Test;
  if (!given.Interval && image.Interval) out.Interval = image.Interval;
  if (!given.Timeout && image.Timeout) out.Timeout = image.Timeout;
  if (!given.StartPeriod && image.StartPeriod) out.StartPeriod = image.StartPeriod;
  if (!given.Retries && image.Retries) out.Retries = image.Retries;
  return out;
}

/**
 * daemon/commit.go merge: the request's Env as given, then each of the image's whose key it
 * does not set (`-e A=1` on busybox: [A=1 PATH=…], as a real 20.10.24's inspect shows).
 */
function mergeEnv(image: readonly string[], given: readonly string[]): string[] {
  if (given.length === 0) return [...image];
  // A key given twice (`-e A=1 -e A=2`) is kept once, with its last value: [A=2 PATH=…] on a
  // real 20.10.24.
  const byKey = new Map<string, string>();
  for (const e of given) byKey.set(e.split('=')[0] ?? '', e);
  return [...byKey.values(), ...image.filter((e) => !byKey.has(e.split('=')[0] ?? ''))];
}

export function createContainer(node: Node, request: CreateRequest): { Id: string; Warnings: string[] } {
  const image = findImage(node, request.config.Image);
  const imageRecord = node.state.dockerd.images[image.id];
  if (!imageRecord) throw invalidParameter(`No such image: ${request.config.Image}`);
  // verifyContainerSettings' order: the config, the host config, then the limits on this kernel.
  verifyWorkingDir(request.config.WorkingDir);
  verifyHealthcheck(request.config.Healthcheck);
  verifyStopSignal(request.config.StopSignal);
  verifyHostConfig(request.hostConfig);
  verifyCapabilities(request.hostConfig as { CapAdd?: string[]; CapDrop?: string[] });
  const warnings = [...verifyResources(request.hostConfig as Resources, false), ...verifyPlatformSettings(request.hostConfig), ...platformWarning(imageRecord.config as { os?: string; architecture?: string; variant?: string })];
  // daemon/create.go setSecurityOptions: an unknown --security-opt fails the create.
  securitySettings((request.hostConfig as { SecurityOpt?: string[] | null }).SecurityOpt);
  verifyNamespaceModes(node, request.hostConfig as NamespaceModes, request.config.Hostname);
  // A missing network is no error here: updateContainerNetworkSettings ignores it, and the start
  // fails with `network x not found` (network/endpoints.ts), as a real 20.10.24's run shows it.
  verifyStorageOpts(request.hostConfig);
  // mergeAndVerifyLogConfig: the daemon's default driver and options (daemon.json) merged in, then the driver's checks.
  const logConfig = mergeAndVerifyLogConfig(request.hostConfig.LogConfig, daemonLogConfig(node));
  const id = randomHex(node, 32);
  const name = request.name ? checkName(node, request.name) : generateName(node, id);
  const links = registerLinks(node, (request.hostConfig as { Links?: string[] | null }).Links ?? undefined, request.hostConfig.NetworkMode ?? 'default', name);

  const imageConfig = ((imageRecord.config as { config?: Record<string, unknown> }).config ?? {}) as unknown as Partial<ContainerConfig>;
  const given = request.config;
  const config: ContainerConfig & Record<string, unknown> = { ...given };
  config.Env = mergeEnv(imageConfig.Env ?? [], given.Env ?? []);
  // daemon/create.go merge: an Entrypoint given drops the image's Cmd too.
  if (given.Entrypoint === undefined || given.Entrypoint === null) {
    config.Entrypoint = imageConfig.Entrypoint ?? null;
    if (!given.Cmd || given.Cmd.length === 0) config.Cmd = imageConfig.Cmd ?? null;
  } else if (!given.Cmd) config.Cmd = null;
  if (!given.WorkingDir) config.WorkingDir = imageConfig.WorkingDir ?? '';
  if (!given.User) config.User = imageConfig.User ?? '';
  config.Labels = { ...(imageConfig.Labels ?? {}), ...(given.Labels ?? {}) };
  if (imageConfig.ExposedPorts || given.ExposedPorts) config.ExposedPorts = { ...(imageConfig.ExposedPorts ?? {}), ...(given.ExposedPorts ?? {}) };
  if (!given.StopSignal && imageConfig.StopSignal) config.StopSignal = imageConfig.StopSignal;
  const healthcheck = mergeHealthcheck(given.Healthcheck, imageConfig.Healthcheck);
  if (healthcheck) config.Healthcheck = healthcheck;
  // --network host: the node's own name (daemon/container.go newContainer: os.Hostname()).
  if (!given.Hostname && request.hostConfig.NetworkMode === 'host') config.Hostname = node.state.host.hostname;
  else if (!given.Hostname) delete config.Hostname;
  const command = [...(config.Entrypoint ?? []), ...(config.Cmd ?? [])];
  if (command.length === 0) throw invalidParameter('No command specified');

  const record: DockerContainerRecord = {
    id,
    name,
    image: given.Image,
    imageId: image.id,
    created: new Date(node.nowMs()).toISOString(),
    path: command[0] ?? '',
    args: command.slice(1),
    config,
    hostConfig: withoutUnlimitedPids({ ...request.hostConfig, ...privilegedPaths(request.hostConfig), ...(links ? { Links: links } : {}), LogConfig: logConfig, ...swapDefault(request.hostConfig) }),
    state: { status: 'created', pid: 0, exitCode: 0 },
    ipAddress: '',
    restartCount: 0,
  };
  if (request.networkingConfig) record.networkingConfig = request.networkingConfig;
  const resolved = resolveMounts(node, record.hostConfig, imageConfig as Record<string, unknown>, id, config, imageRecord.diffIds);
  // --tmpfs mounts are in the spec only (inspect's Mounts leaves them out).
  if (resolved.mounts.length > 0) record.mounts = resolved.mounts as unknown as Array<Record<string, unknown>>;
  if (resolved.specMounts.length > 0) record.specMounts = resolved.specMounts as unknown as Array<Record<string, unknown>>;
  record.mountId = createRwLayer(node, id, imageRecord.diffIds);
  setUpWorkingDir(node, record, config.WorkingDir);
  const files = node.state.host.files;
  const dir = containerDir(id);
  mkdir(files, `${dir}/checkpoints`, { parents: true, mode: 0o700, mtimeMs: node.nowMs() });
  writeFile(files, `${dir}/config.v2.json`, JSON.stringify({ ID: id, Name: `/${name}`, Path: record.path, Args: record.args, Config: config, Image: `sha256:${image.id}` }), { mode: 0o600, mtimeMs: node.nowMs() });
  writeFile(files, `${dir}/hostconfig.json`, JSON.stringify(record.hostConfig), { mode: 0o644, mtimeMs: node.nowMs() });
  node.state.dockerd.containers[id] = record;
  logContainerEvent(node, record, 'create');
  return { Id: id, Warnings: warnings };
}
