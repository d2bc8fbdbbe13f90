// GET /info (moby 20.10 daemon/info.go SystemInfo): what `docker info` prints under Server,
// for this node: overlay2 on extfs, json-file logs, cgroupfs on cgroup v1, the recorded node's
// kernel, CPUs and memory (conformance 10-docker-engine: `docker info`).

import { CONTAINERD_PACKAGE, RUNC_PACKAGE } from '../../host/installed-versions';
import type { Node } from '../../node';
import { DOCKER_ROOT } from '../daemon';
import { KERNEL_RELEASE } from '../../host/kernel';
import { ENGINE_VERSION } from './version';
import { daemonLogConfig } from '../runtime/daemon-config';
import { LOG_DRIVERS } from '../runtime/log-drivers';

/** /proc/meminfo MemTotal of the recorded node, in bytes (23.54GiB). */
const MEM_TOTAL = 25_278_013_440;
export const NCPU = 2;

export interface SystemInfo {
  ID: string;
  Containers: number;
  ContainersRunning: number;
  ContainersPaused: number;
  ContainersStopped: number;
  Images: number;
  Driver: string;
  DriverStatus: Array<[string, string]>;
  LoggingDriver: string;
  CgroupDriver: string;
  CgroupVersion: string;
  Plugins: { Volume: string[]; Network: string[]; Log: string[] };
  Runtimes: string[];
  DefaultRuntime: string;
  InitBinary: string;
  ContainerdCommit: string;
  RuncCommit: string;
  InitCommit: string;
  SecurityOptions: string[];
  KernelVersion: string;
  OperatingSystem: string;
  OSType: string;
  Architecture: string;
  NCPU: number;
  MemTotal: number;
  Name: string;
  DockerRootDir: string;
  Debug: boolean;
  /** Open descriptors and goroutines of the daemon, as a quiet dockerd has them. */
  NFd: number;
  NGoroutines: number;
  IndexServerAddress: string;
  Labels: string[];
  ExperimentalBuild: boolean;
  InsecureRegistryCIDRs: string[];
  /** Registries daemon.json's insecure-registries names by host (RegistryConfig.IndexConfigs with Secure false). */
  InsecureRegistryHosts: string[];
  /** daemon.json's registry-mirrors, each ending in "/". */
  Mirrors: string[];
  LiveRestoreEnabled: boolean;
  ServerVersion: string;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * The engine ID: libtrust's key ID of /etc/docker/key.json, twelve groups of four base32
 * characters. This node derives it from containerd's UUID so that it stays the same across
 * reloads without a key of its own.
 */
function engineId(node: Node): string {
  const hex = node.state.containerd.uuid.replace(/-/g, '');
  let chars = '';
  for (let i = 0; i < 48; i++) chars += BASE32[(parseInt(hex[(i * 7) % hex.length] ?? '0', 16) * 2 + (i % 2)) % 32] ?? 'A';
  return (chars.match(/.{4}/g) ?? []).join(':');
}

export function systemInfo(node: Node): SystemInfo {
  // daemon.json's settings as read at the daemon's last start (runtime/daemon-config.ts).
  const settings = node.state.dockerd.settings;
  const containers = Object.values(node.state.dockerd.containers);
  const running = containers.filter((c) => c.state.status === 'running' || c.state.status === 'restarting').length;
  const paused = containers.filter((c) => c.state.status === 'paused').length;
  return {
    ID: engineId(node),
    Containers: containers.length,
    ContainersRunning: running,
    ContainersPaused: paused,
    ContainersStopped: containers.length - running - paused,
    Images: Object.keys(node.state.dockerd.images).length,
    Driver: 'overlay2',
    DriverStatus: [
      ['Backing Filesystem', 'extfs'],
      ['Supports d_type', 'true'],
      ['Native Overlay Diff', 'true'],
      ['userxattr', 'false'],
    ],
    // daemon.json's log-driver as read at the daemon's last start (runtime/daemon-config.ts).
    LoggingDriver: daemonLogConfig(node).Type,
    CgroupDriver: 'cgroupfs',
    CgroupVersion: '1',
    Plugins: {
      Volume: ['local'],
      Network: ['bridge', 'host', 'ipvlan', 'macvlan', 'null', 'overlay'],
      Log: [...LOG_DRIVERS],
    },
    Runtimes: ['io.containerd.runc.v2', 'io.containerd.runtime.v1.linux', 'runc'],
    DefaultRuntime: 'runc',
    InitBinary: 'docker-init',
    ContainerdCommit: CONTAINERD_PACKAGE.revision,
    RuncCommit: RUNC_PACKAGE.commit,
    InitCommit: '',
    SecurityOptions: ['name=seccomp,profile=default'],
    KernelVersion: KERNEL_RELEASE,
    OperatingSystem: 'Debian GNU/Linux 12 (bookworm)',
    OSType: 'linux',
    Architecture: 'x86_64',
    NCPU,
    MemTotal: MEM_TOTAL,
    Name: node.state.host.hostname,
    DockerRootDir: DOCKER_ROOT,
    Debug: settings?.debug ?? false,
    NFd: 24,
    NGoroutines: 34,
    IndexServerAddress: 'https://index.docker.io/v1/',
    Labels: [...(settings?.labels ?? [])],
    ExperimentalBuild: false,
    InsecureRegistryCIDRs: [...(settings?.insecureCidrs ?? ['127.0.0.0/8'])],
    InsecureRegistryHosts: [...(settings?.insecureHosts ?? [])],
    Mirrors: [...(settings?.mirrors ?? [])],
    LiveRestoreEnabled: settings?.liveRestore ?? false,
    ServerVersion: ENGINE_VERSION,
  };
}
