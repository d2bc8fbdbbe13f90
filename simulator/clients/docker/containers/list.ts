// `docker ps` / `docker container ls` (docker/cli 20.10 cli/command/container/list.go and
// formatter/container.go): running containers unless -a, newest first; ids and commands
// truncated unless --no-trunc (the command to 20 characters, an ellipsis in the last);
// -q prints ids, -n/-l the last created, --format a Go template per row.

import { NotSimulatedError } from '../../../cli/not-simulated';
import type { FlagSpec } from '../../../cli/spec';
import { formatDockerRows, goStruct } from '../../../go/template/index';
import { humanDuration, type ContainerSummary } from '../../../dockerd/index';
import { daemonOf, type DockerCommand, type DockerContext } from '../docker-env';

const DEFAULT_FORMAT = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';
const HEADER = {
  ID: 'CONTAINER ID',
  Image: 'IMAGE',
  Command: 'COMMAND',
  CreatedAt: 'CREATED AT',
  RunningFor: 'CREATED',
  Ports: 'PORTS',
  State: 'STATE',
  Status: 'STATUS',
  Size: 'SIZE',
  Names: 'NAMES',
  Labels: 'LABELS',
  Mounts: 'MOUNTS',
  Networks: 'NETWORKS',
  LocalVolumes: 'LOCAL VOLUMES',
};

/** stringutils.Ellipsis: at most `max` runes, the last one an ellipsis when cut. */
function ellipsis(text: string, max: number): string {
  const runes = [...text];
  return runes.length <= max ? text : `${runes.slice(0, max - 1).join('')}…`;
}

/** DisplayablePorts (formatter/container.go), for the ports dockerd reports. */
function ports(c: ContainerSummary): string {
  return c.Ports.map((p) => (p.PublicPort !== undefined ? `${p.IP ?? ''}:${p.PublicPort}->${p.PrivatePort}/${p.Type}` : `${p.PrivatePort}/${p.Type}`)).join(', ');
}

function context(c: ContainerSummary, noTrunc: boolean, nowMs: number) {
  return goStruct(
    {
      ID: () => (noTrunc ? c.Id : c.Id.slice(0, 12)),
      Image: () => c.Image,
      Command: () => `"${noTrunc ? c.Command : ellipsis(c.Command, 20)}"`,
      CreatedAt: () => new Date(c.Created * 1000).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' +0000 UTC'),
      RunningFor: () => `${humanDuration(nowMs - c.Created * 1000)} ago`,
      Ports: () => ports(c),
      State: () => c.State,
      Status: () => c.Status,
      Size: () => '0B (virtual 0B)',
      Names: () => c.Names.map((n) => n.slice(1)).join(','),
      Labels: () => Object.entries(c.Labels).map(([k, v]) => `${k}=${v}`).join(','),
      Label: (name: string) => c.Labels[name] ?? '',
      Mounts: () => '',
      Networks: () => 'bridge',
      LocalVolumes: () => '0',
    },
    '*formatter.ContainerContext',
  );
}

function action(c: DockerContext): void {
  const daemon = daemonOf(c);
  if (c.stringSlice('filter').length > 0) throw new NotSimulatedError('docker ps --filter', 'https://docs.docker.com/engine/reference/commandline/ps/#filter');
  const limit = c.bool('latest') ? 1 : c.int('last');
  const list = daemon.containers.list({ all: c.bool('all'), limit });
  let format = c.string('format');
  if (c.bool('quiet')) format = '{{.ID}}';
  else if (format === '') format = c.bool('size') ? `${DEFAULT_FORMAT}\t{{.Size}}` : DEFAULT_FORMAT;
  const now = c.env.node.nowMs();
  c.io.stdout(formatDockerRows({ format, rows: list.map((x) => context(x, c.bool('no-trunc'), now)), header: HEADER }));
}

const psFlags: FlagSpec[] = [
  { names: ['all', 'a'], kind: 'bool', usage: 'Show all containers (default shows just running)' },
  { names: ['filter', 'f'], kind: 'stringArray', typeName: 'filter', usage: 'Filter output based on conditions provided' },
  { names: ['format'], kind: 'string', usage: 'Pretty-print containers using a Go template' },
  { names: ['last', 'n'], kind: 'int', usage: 'Show n last created containers (includes all states)', value: -1 },
  { names: ['latest', 'l'], kind: 'bool', usage: 'Show the latest created container (includes all states)' },
  { names: ['no-trunc'], kind: 'bool', usage: "Don't truncate output" },
  { names: ['quiet', 'q'], kind: 'bool', usage: 'Only display container IDs' },
  { names: ['size', 's'], kind: 'bool', usage: 'Display total file sizes' },
];

/** `docker container ls` (aliases ls, ps, list). */
export const containerLsCommand: DockerCommand = {
  name: 'ls',
  aliases: ['ps', 'list'],
  argsUsage: '[OPTIONS]',
  usage: 'List containers',
  args: { max: 0 },
  flags: psFlags,
  action,
};

/** `docker ps`, the shortcut. */
export const psCommand: DockerCommand = { ...containerLsCommand, name: 'ps', aliases: [] };
