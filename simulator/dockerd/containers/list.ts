// GET /containers/json (moby 20.10 daemon/list.go Containers): running ones unless all, newest
// first, `limit` of them at most; each with the Status text docker ps prints (`Up 5 seconds`,
// `Exited (137) 2 seconds ago`, `Created`), worded as go-units HumanDuration. Filters are
// ps-filters.ts; before/since bound the walk as includeContainerInList does.

import type { Node } from '../../node';
import type { DockerContainerRecord } from '../store/container-record';
import { findImage } from '../images/lookup';
import { networkSettingsOf } from '../network/endpoints';
import { rwLayerSize } from './changes';
import { foldFilters, networkNamesOf, type PsFilters } from './ps-filters';

export interface ContainerSummary {
  Id: string;
  Names: string[];
  Image: string;
  ImageID: string;
  Command: string;
  /** Seconds since the epoch. */
  Created: number;
  Ports: Array<{ IP?: string; PrivatePort: number; PublicPort?: number; Type: string }>;
  Labels: Record<string, string>;
  State: string;
  Status: string;
  HostConfig: { NetworkMode: string };
  NetworkSettings: { Networks: Record<string, unknown> };
  Mounts: Array<{ Type: string; Name?: string; Source: string; Destination: string }>;
  /** With `size`: bytes written in the container's layer, and that plus the image. */
  SizeRw?: number;
  SizeRootFs?: number;
}

export interface ContainerListOptions {
  all?: boolean;
  /** -n: the last n created, whatever their state (-1: no limit). */
  limit?: number;
  /** -s: SizeRw and SizeRootFs filled in. */
  size?: boolean;
  /** -f key=value, gathered per key (filters.Args). */
  filters?: PsFilters;
}

/** go-units HumanDuration (duration.go): how docker words an age. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(seconds / 60);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(hours / 24 / 365)} years`;
}

/** container.State.String (container/state.go): the STATUS column. */
function statusText(node: Node, c: DockerContainerRecord): string {
  const now = node.nowMs();
  const since = (t: string | undefined) => humanDuration(now - Date.parse(t ?? c.created));
  switch (c.state.status) {
    case 'running':
      // Health.String: `health: starting`, else the status itself.
      if (c.health) return `Up ${since(c.state.startedAt)} (${c.health.status === 'starting' ? 'health: starting' : c.health.status})`;
      return `Up ${since(c.state.startedAt)}`;
    case 'paused':
      return `Up ${since(c.state.startedAt)} (Paused)`;
    case 'restarting':
      return `Restarting (${c.state.exitCode}) ${since(c.state.finishedAt)} ago`;
    case 'removing':
      return 'Removal In Progress';
    case 'dead':
      return 'Dead';
    case 'created':
      return 'Created';
    case 'exited':
      return c.state.startedAt === undefined ? 'Created' : `Exited (${c.state.exitCode}) ${since(c.state.finishedAt)} ago`;
  }
}

function quoteArg(arg: string): string {
  return arg.includes(' ') ? `'${arg}'` : arg;
}

type PortBindings = Record<string, Array<{ HostIp?: string; HostPort?: string }> | null>;

/**
 * NetworkSettings.Ports of a running container: what the network layer published when it
 * started it (network/endpoints.ts), else — a container it has no sandbox for — its exposed
 * ports and bindings as daemon/network.go fills them (a binding to no address listens on
 * 0.0.0.0 and on ::, as 20.10.24 shows `0.0.0.0:8080->80/tcp, :::8080->80/tcp`).
 */
export function networkPorts(node: Node, c: DockerContainerRecord): PortBindings {
  if (c.state.status !== 'running' && c.state.status !== 'paused' && c.state.status !== 'restarting') return {};
  const settings = networkSettingsOf(node, c);
  if (settings.SandboxID !== '') return settings.Ports as PortBindings;
  const out: PortBindings = {};
  for (const key of Object.keys((c.config.ExposedPorts ?? {}) as object)) out[key] = null;
  for (const [key, list] of Object.entries((c.hostConfig.PortBindings ?? {}) as PortBindings)) {
    const bound = (list ?? []).flatMap((b) => (b.HostIp ? [{ HostIp: b.HostIp, HostPort: b.HostPort ?? '' }] : [{ HostIp: '0.0.0.0', HostPort: b.HostPort ?? '' }, { HostIp: '::', HostPort: b.HostPort ?? '' }]));
    out[key] = bound.length > 0 ? bound : null;
  }
  return out;
}

function summaryPorts(node: Node, c: DockerContainerRecord): ContainerSummary['Ports'] {
  const ports: ContainerSummary['Ports'] = [];
  for (const [key, bindings] of Object.entries(networkPorts(node, c))) {
    const [port = '0', type = 'tcp'] = key.split('/');
    if (!bindings || bindings.length === 0) ports.push({ PrivatePort: Number(port), Type: type });
    else for (const b of bindings) ports.push({ IP: b.HostIp ?? '', PrivatePort: Number(port), PublicPort: Number(b.HostPort), Type: type });
  }
  return ports;
}

function summaryMounts(c: DockerContainerRecord): ContainerSummary['Mounts'] {
  return (c as { mounts?: ContainerSummary['Mounts'] }).mounts ?? [];
}

/**
 * transformContainer: the image as given at create while that name still means the image the
 * container runs, else its id (`docker ps` then shows `fc480f01af0a`, conformance 10 #60).
 */
function imageShown(node: Node, c: DockerContainerRecord): string {
  const id = `sha256:${c.imageId}`;
  if (c.image === id) return id;
  try {
    return findImage(node, c.image).id === c.imageId ? c.image : id;
  } catch {
    return id;
  }
}

function summary(node: Node, c: DockerContainerRecord, withSize: boolean): ContainerSummary {
  const rw = withSize ? rwLayerSize(node, c) : 0;
  return {
    Id: c.id,
    Names: [`/${c.name}`],
    Image: imageShown(node, c),
    ImageID: `sha256:${c.imageId}`,
    // daemon/list.go: Path then Args joined by spaces, an arg with a space quoted.
    Command: [c.path, ...c.args.map(quoteArg)].join(' '),
    Created: Math.floor(Date.parse(c.created) / 1000),
    Ports: summaryPorts(node, c),
    Labels: { ...((c.config.Labels as Record<string, string> | undefined) ?? {}) },
    State: c.state.status,
    Status: statusText(node, c),
    HostConfig: { NetworkMode: typeof c.hostConfig.NetworkMode === 'string' ? c.hostConfig.NetworkMode : 'default' },
    NetworkSettings: { Networks: Object.fromEntries(networkNamesOf(node, c).map((n) => [n, {}])) },
    Mounts: summaryMounts(c),
    ...(withSize ? { SizeRw: rw, SizeRootFs: rw + (node.state.dockerd.images[c.imageId]?.size ?? 0) } : {}),
  };
}

export function listContainers(node: Node, options: ContainerListOptions = {}): ContainerSummary[] {
  const limit = options.limit ?? -1;
  const folded = foldFilters(node, options.filters ?? new Map());
  let before = folded.before;
  const all = options.all === true || folded.all || limit > 0 || before !== undefined || folded.since !== undefined;
  // Newest first; each creation time parsed once (a thousand containers sort in well under a frame).
  const records = Object.values(node.state.dockerd.containers)
    .map((c) => ({ c, at: Date.parse(c.created) }))
    .sort((a, b) => b.at - a.at || (a.c.id < b.c.id ? -1 : 1))
    .map((x) => x.c);
  const out: ContainerSummary[] = [];
  // includeContainerInList: the walk skips until it passes `before`, stops at `since` and at the limit.
  for (const c of records) {
    const active = c.state.status === 'running' || c.state.status === 'paused' || c.state.status === 'restarting';
    if (!active && !all) continue;
    if (!folded.matchesFirst(c)) continue;
    if (before !== undefined) {
      if (c.id === before.id) before = undefined;
      continue;
    }
    if (folded.since !== undefined && c.id === folded.since.id) break;
    if (limit > 0 && out.length === limit) break;
    if (!folded.matchesRest(c)) continue;
    out.push(summary(node, c, options.size === true));
  }
  return out;
}
