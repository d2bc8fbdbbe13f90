// dockercompat.ContainerFromNative (pkg/inspecttypes/dockercompat/dockercompat.go:226-300
// @v0.22.2) over containerinspector.Inspect (pkg/containerinspector): the fields in the Go
// struct's order. Without a task, State and NetworkSettings are null (inspect logs `failed to
// inspect Task`); a task whose process is gone has no netns to read (`failed to inspect NetNS`).
// The netns's up, non-loopback interfaces become Networks "unknown-<ifname>"; the primary
// (eth0 for a CNI container) also fills the top-level IPAddress/MacAddress.
// The result carries the Go types templates see (dockercompat.go:85-210): *dockercompat.Container
// with its ID field (JSON Id), nil slices, maps and pointers where Go has them (Args, Mounts,
// State, NetworkSettings print [] or <nil>), map[string]string labels, and the omitempty fields
// of Config and MountPoint present for templates but left out of JSON.

import type { Container, NamespacedClient } from '../../../containerd/client/index';
import { withMarshalJSON } from '../../../go/json';
import { GoNil, goMap, goNil, goSlice, goStruct } from '../../../go/template/index';
import { goTypeInfo } from '../../../go/template/values';
import * as vfs from '../../../host/vfs';
import { HOST_NETNS, networkOf, viewNetns } from '../../../host/network/index';
import { clientOf, type NerdctlContext } from '../nerdctl-env';
import { restartReconciles, taskView } from './container-status';
import { LABEL, RESTART_LABEL, portsOf } from './nerdctl-labels';

const ZERO_TIME = '0001-01-01T00:00:00Z';
const STATE_FIELDS = ['Status', 'Running', 'Paused', 'Restarting', 'Pid', 'ExitCode', 'FinishedAt'];
const NETWORK_SETTINGS_FIELDS = ['Ports', 'GlobalIPv6Address', 'GlobalIPv6PrefixLen', 'IPAddress', 'IPPrefixLen', 'MacAddress', 'Networks'];

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
    const nes = goStruct({ IPAddress: addr?.ip ?? '', IPPrefixLen: addr?.prefix ?? 0, GlobalIPv6Address: '', GlobalIPv6PrefixLen: 0, MacAddress: link.mac }, '*dockercompat.NetworkEndpointSettings');
    networks[`unknown-${link.name}`] = nes;
    if (annotations[LABEL.ports] !== undefined) {
      ports = {};
      for (const p of portsOf({ [LABEL.ports]: annotations[LABEL.ports] ?? '' })) ports[`${p.ContainerPort}/${p.Protocol}`] = goSlice([portBinding(p.HostIP, String(p.HostPort))], '[]nat.PortBinding');
    }
    // The primary interface is the one the default route leaves by (netns.PrimaryInterface).
    const primaryName = ns.routes.find((r) => r.dst === 'default')?.dev ?? 'eth0';
    if (link.name === primaryName) primary = nes;
  }
  // Ports is a *nat.PortMap (omitempty: JSON leaves a nil one out); DefaultNetworkSettings is
  // embedded, so its fields are the struct's own for templates and JSON alike.
  const typed = goStruct({
    Ports: ports ? goMap(sortedKeys(ports), '*nat.PortMap', 'map[nat.Port][]nat.PortBinding') : goNil('*nat.PortMap'),
    GlobalIPv6Address: primary?.GlobalIPv6Address ?? '',
    GlobalIPv6PrefixLen: primary?.GlobalIPv6PrefixLen ?? 0,
    IPAddress: primary?.IPAddress ?? '',
    IPPrefixLen: primary?.IPPrefixLen ?? 0,
    MacAddress: primary?.MacAddress ?? '',
    Networks: goMap(sortedKeys(networks), 'map[string]*dockercompat.NetworkEndpointSettings'),
  }, '*dockercompat.NetworkSettings');
  return omitEmpty(typed, ['Ports']);
}

/** nat.PortBinding: the Go field HostIP is JSON's HostIp. */
function portBinding(hostIp: string, hostPort: string): Record<string, unknown> {
  const b = goStruct({ HostIp: hostIp, HostPort: hostPort }, 'nat.PortBinding');
  Object.defineProperty(b, 'HostIP', { value: hostIp, enumerable: false });
  return b;
}

/**
 * encoding/json's isEmptyValue for what these structs hold: "", false, 0, a nil slice, map or
 * pointer, an empty slice or map (a *nat.PortMap that is not nil is not empty).
 */
function isEmptyValue(v: unknown): boolean {
  if (v === '' || v === false || v === 0 || v instanceof GoNil) return true;
  if (Array.isArray(v)) return v.length === 0;
  const info = typeof v === 'object' && v !== null ? goTypeInfo(v) : undefined;
  return info?.kind === 'map' && !info.name.startsWith('*') && Object.keys(v as object).length === 0;
}

/** `json:",omitempty"` on `fields`: templates see them, JSON leaves out the empty ones. */
function omitEmpty<T extends Record<string, unknown>>(typed: T, fields: readonly string[]): T {
  return withMarshalJSON(typed, () => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(typed)) if (!(fields.includes(k) && isEmptyValue(v))) out[k] = v;
    return out;
  });
}

function sortedKeys<T>(map: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The mounts label with RW and Propagation derived from Mode (parseMountProperties). */
function mountsOf(labels: Readonly<Record<string, string>>): unknown {
  const text = labels[LABEL.mounts];
  if (!text) return goNil('[]dockercompat.MountPoint');
  const mounts = JSON.parse(text) as Array<Record<string, unknown>>;
  return goSlice(
    mounts.map((m) => {
      let rw = true;
      let propagation = '';
      for (const opt of String(m.Mode ?? '').split(',')) {
        if (opt === 'ro' || opt === 'rro') rw = false;
        else if (['private', 'rprivate', 'shared', 'rshared', 'slave', 'rslave'].includes(opt)) propagation = opt;
      }
      const str = (k: string) => (typeof m[k] === 'string' ? (m[k] as string) : '');
      const typed = goStruct(
        { Type: str('Type'), Name: str('Name'), Source: str('Source'), Destination: str('Destination'), Driver: str('Driver'), Mode: str('Mode'), RW: rw, Propagation: propagation },
        'dockercompat.MountPoint',
      );
      return omitEmpty(typed, ['Type', 'Name', 'Driver']);
    }),
    '[]dockercompat.MountPoint',
  );
}

export function inspectContainer(c: NerdctlContext, container: Container): Record<string, unknown> {
  const node = c.env.node;
  const files = node.state.host.files;
  const info = container.info();
  const labels = info.labels;
  const args = (info.spec.process?.args ?? []) as string[];
  const stateDir = labels[LABEL.stateDir] ?? '';
  const existing = (path: string) => (stateDir !== '' && vfs.exists(files, path) ? path : '');
  const out: Record<string, unknown> = goStruct({
    Id: info.id,
    Created: info.createdAt,
    Path: args[0] ?? '',
    Args: args.length > 1 ? goSlice(args.slice(1), '[]string') : goNil('[]string'),
    State: goNil('*dockercompat.ContainerState', STATE_FIELDS) as unknown,
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
    Config: null as unknown,
    NetworkSettings: goNil('*dockercompat.NetworkSettings', NETWORK_SETTINGS_FIELDS) as unknown,
  }, '*dockercompat.Container');
  // The Go field is ID (its JSON key Id): templates reach it as {{.ID}}; JSON never shows it.
  Object.defineProperty(out, 'ID', { value: info.id, enumerable: false });
  const task = taskView(container);
  if (!task) {
    c.env.log.warn('failed to inspect Task', { error: `no running task found: task ${info.id} not found: not found`, id: info.id });
  } else {
    const restarting = labels[RESTART_LABEL.status] === 'running';
    const status = task.status === 'STOPPED' ? (restarting && restartReconciles(task.exitStatus, labels) ? 'restarting' : 'exited') : task.status.toLowerCase();
    out.State = goStruct({
      Status: status,
      Running: task.status === 'RUNNING',
      Paused: task.status === 'PAUSED',
      Restarting: restarting,
      Pid: task.pid,
      ExitCode: task.exitStatus,
      FinishedAt: task.status === 'STOPPED' && task.exitAtMs !== undefined ? rfc3339Nano(task.exitAtMs) : ZERO_TIME,
    }, '*dockercompat.ContainerState');
    if (task.status === 'STOPPED') {
      c.env.log.warn('failed to inspect NetNS', { error: `failed to Statfs ${JSON.stringify(`/proc/${task.pid}/ns/net`)}: no such file or directory`, id: info.id });
    } else {
      const netHost = !((info.spec.linux?.namespaces ?? []) as Array<{ type: string }>).some((n) => n.type === 'network');
      out.NetworkSettings = networkSettings(c, container, task.pid, netHost);
    }
  }
  // Only Hostname and Labels are set (dockercompat.go:296-299); the rest are zero and omitempty.
  const config = goStruct({
    Hostname: labels[LABEL.hostname] ?? '',
    User: '',
    AttachStdin: false,
    ExposedPorts: goNil('map[nat.Port]struct {}'),
    Env: goNil('[]string'),
    Cmd: goNil('[]string'),
    Volumes: goNil('map[string]struct {}'),
    WorkingDir: '',
    Entrypoint: goNil('[]string'),
    Labels: goMap(sorted(labels), 'map[string]string'),
  }, '*dockercompat.Config');
  out.Config = omitEmpty(config, ['Hostname', 'User', 'ExposedPorts', 'Env', 'Cmd', 'Volumes', 'WorkingDir', 'Entrypoint', 'Labels']);
  return out;
}
