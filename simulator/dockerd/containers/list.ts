// GET /containers/json (moby 20.10 daemon/list.go Containers): running ones unless all, newest
// first, `limit` of them at most; each with the Status text docker ps prints (`Up 5 seconds`,
// `Exited (137) 2 seconds ago`, `Created`), worded as go-units HumanDuration.

import type { Node } from '../../node';
import type { DockerContainerRecord } from '../store/container-record';

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
}

export interface ContainerListOptions {
  all?: boolean;
  /** -n: the last n created, whatever their state (-1: no limit). */
  limit?: number;
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

function summary(node: Node, c: DockerContainerRecord): ContainerSummary {
  return {
    Id: c.id,
    Names: [`/${c.name}`],
    Image: c.image,
    ImageID: `sha256:${c.imageId}`,
    // daemon/list.go: Path then Args joined by spaces, an arg with a space quoted.
    Command: [c.path, ...c.args.map(quoteArg)].join(' '),
    Created: Math.floor(Date.parse(c.created) / 1000),
    Ports: [],
    Labels: { ...((c.config.Labels as Record<string, string> | undefined) ?? {}) },
    State: c.state.status,
    Status: statusText(node, c),
  };
}

export function listContainers(node: Node, options: ContainerListOptions = {}): ContainerSummary[] {
  const limit = options.limit ?? -1;
  const all = options.all === true || limit > 0;
  const records = Object.values(node.state.dockerd.containers)
    .filter((c) => all || c.state.status === 'running' || c.state.status === 'paused' || c.state.status === 'restarting')
    .sort((a, b) => Date.parse(b.created) - Date.parse(a.created));
  return (limit > 0 ? records.slice(0, limit) : records).map((c) => summary(node, c));
}
