// dockercompat.ContainerFromNative (pkg/inspecttypes/dockercompat/dockercompat.go:226-300
// @v0.22.2) over containerinspector.Inspect (pkg/containerinspector): the fields in the Go
// struct's order. Without a task, State and NetworkSettings are null (inspect logs `failed to
// inspect Task`); a task whose process is gone has no netns to read (`failed to inspect NetNS`).
// The netns's up, non-loopback interfaces become Networks "unknown-<ifname>"; the primary
// (eth0 for a CNI container) also fills the top-level IPAddress/MacAddress.

import type { Container, NamespacedClient } from '../../../containerd/client/index';
import * as vfs from '../../../host/vfs';
import { HOST_NETNS, networkOf, viewNetns } from '../../../host/network/index';
import { clientOf, type NerdctlContext } from '../nerdctl-env';
import { restartReconciles, taskView } from './container-status';
import { LABEL, RESTART_LABEL, portsOf } from './nerdctl-labels';

const ZERO_TIME = '0001-01-01T00:00:00Z';

function sorted(map: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Go's RFC3339Nano of a node-clock ms (trailing zeros of the fraction dropped). */
function rfc3339Nano(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.replace(/\.?0+Z$/, 'Z');
}

/**
 * The namespace /proc/<pid>/ns/net is: a container that joined another's (--network
 * container:<c>) is in the target's, followed through the tasks of the namespace.
 */
function netnsOf(client: NamespacedClient, container: Container, pid: number): string {
  let path = `/proc/${pid}/ns/net`;
  let spec = container.info().spec;
  for (let depth = 0; depth < 4; depth++) {
    const joined = ((spec.linux?.namespaces ?? []) as Array<{ type: string; path?: string }>).find((n) => n.type === 'network')?.path;
    const owner = joined ? /^\/proc\/(\d+)\/ns\/net$/.exec(joined) : null;
    if (!joined) return path;
    path = joined;
    const task = owner ? client.tasks.list().find((t) => t.pid === Number(owner[1])) : undefined;
    if (!task) return path;
    spec = client.containers.loadContainer(task.id).info().spec;
  }
  return path;
}

function networkSettings(c: NerdctlContext, container: Container, pid: number, netHost: boolean): Record<string, unknown> {
  const net = networkOf(c.env.node.state.host);
  const ns = viewNetns(net, netHost ? HOST_NETNS : netnsOf(clientOf(c), container, pid));
  const networks: Record<string, unknown> = {};
  let primary: Record<string, unknown> | undefined;
  const annotations = (container.info().spec.annotations ?? {}) as Record<string, string>;
  let ports: Record<string, unknown> | undefined;
  for (const link of ns.links) {
    if (link.kind === 'loopback' || !link.up) continue;
    const addr = link.addrs.find((a) => !a.ip.startsWith('127.'));
    const nes = { IPAddress: addr?.ip ?? '', IPPrefixLen: addr?.prefix ?? 0, GlobalIPv6Address: '', GlobalIPv6PrefixLen: 0, MacAddress: link.mac };
    networks[`unknown-${link.name}`] = nes;
    if (annotations[LABEL.ports] !== undefined) {
      ports = {};
      for (const p of portsOf({ [LABEL.ports]: annotations[LABEL.ports] ?? '' })) ports[`${p.ContainerPort}/${p.Protocol}`] = [{ HostIp: p.HostIP, HostPort: String(p.HostPort) }];
    }
    // The primary interface is the one the default route leaves by (netns.PrimaryInterface).
    const primaryName = ns.routes.find((r) => r.dst === 'default')?.dev ?? 'eth0';
    if (link.name === primaryName) primary = nes;
  }
  const out: Record<string, unknown> = {};
  if (ports) out.Ports = sortedKeys(ports);
  Object.assign(out, {
    GlobalIPv6Address: primary?.GlobalIPv6Address ?? '',
    GlobalIPv6PrefixLen: primary?.GlobalIPv6PrefixLen ?? 0,
    IPAddress: primary?.IPAddress ?? '',
    IPPrefixLen: primary?.IPPrefixLen ?? 0,
    MacAddress: primary?.MacAddress ?? '',
    Networks: sortedKeys(networks),
  });
  return out;
}

function sortedKeys<T>(map: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The mounts label with RW and Propagation derived from Mode (parseMountProperties). */
function mountsOf(labels: Readonly<Record<string, string>>): unknown {
  const text = labels[LABEL.mounts];
  if (!text) return null;
  const mounts = JSON.parse(text) as Array<Record<string, unknown>>;
  return mounts.map((m) => {
    let rw = true;
    let propagation = '';
    for (const opt of String(m.Mode ?? '').split(',')) {
      if (opt === 'ro' || opt === 'rro') rw = false;
      else if (['private', 'rprivate', 'shared', 'rshared', 'slave', 'rslave'].includes(opt)) propagation = opt;
    }
    return { ...m, RW: rw, Propagation: propagation };
  });
}

export function inspectContainer(c: NerdctlContext, container: Container): Record<string, unknown> {
  const node = c.env.node;
  const files = node.state.host.files;
  const info = container.info();
  const labels = info.labels;
  const args = (info.spec.process?.args ?? []) as string[];
  const stateDir = labels[LABEL.stateDir] ?? '';
  const existing = (path: string) => (stateDir !== '' && vfs.exists(files, path) ? path : '');
  const out: Record<string, unknown> = {
    Id: info.id,
    Created: info.createdAt,
    Path: args[0] ?? '',
    Args: args.length > 1 ? args.slice(1) : null,
    State: null,
    Image: info.image,
    ResolvConfPath: existing(`${stateDir}/resolv.conf`),
    HostnamePath: existing(`${stateDir}/hostname`),
    LogPath: existing(`${stateDir}/${info.id}-json.log`),
    Name: labels[LABEL.name] ?? '',
    RestartCount: labels[RESTART_LABEL.status] === 'running' ? Number(labels[RESTART_LABEL.count] ?? '0') || 0 : 0,
    Driver: info.snapshotter,
    Platform: 'linux',
    AppArmorProfile: String((info.spec.process as Record<string, unknown> | undefined)?.apparmorProfile ?? ''),
    Mounts: mountsOf(labels),
    Config: null,
    NetworkSettings: null,
  };
  const task = taskView(container);
  if (!task) {
    c.env.log.warn('failed to inspect Task', { error: `no running task found: task ${info.id} not found: not found`, id: info.id });
  } else {
    const restarting = labels[RESTART_LABEL.status] === 'running';
    const status = task.status === 'STOPPED' ? (restarting && restartReconciles(task.exitStatus, labels) ? 'restarting' : 'exited') : task.status.toLowerCase();
    out.State = {
      Status: status,
      Running: task.status === 'RUNNING',
      Paused: task.status === 'PAUSED',
      Restarting: restarting,
      Pid: task.pid,
      ExitCode: task.exitStatus,
      FinishedAt: task.status === 'STOPPED' && task.exitAtMs !== undefined ? rfc3339Nano(task.exitAtMs) : ZERO_TIME,
    };
    if (task.status === 'STOPPED') {
      c.env.log.warn('failed to inspect NetNS', { error: `failed to Statfs ${JSON.stringify(`/proc/${task.pid}/ns/net`)}: no such file or directory`, id: info.id });
    } else {
      const netHost = !((info.spec.linux?.namespaces ?? []) as Array<{ type: string }>).some((n) => n.type === 'network');
      out.NetworkSettings = networkSettings(c, container, task.pid, netHost);
    }
  }
  const config: Record<string, unknown> = {};
  if (labels[LABEL.hostname]) config.Hostname = labels[LABEL.hostname];
  config.AttachStdin = false;
  if (Object.keys(labels).length > 0) config.Labels = sorted(labels);
  out.Config = config;
  return out;
}
