// `docker ps` / `docker container ls` (docker/cli@v20.10.24 cli/command/container/list.go):
// running containers unless -a, newest first; -n/-l the last created, -f the daemon's filters,
// -s sizes (also when a custom format uses .Size), -q ids; --format a Go template per row
// (format/container.go), `table` and `raw` named formats, a custom one checked first
// (format/probe.ts).

import type { FlagSpec } from '../../../cli/spec';
import { formatDockerRows } from '../../../go/template/index';
import { daemonOf, type DockerCommand, type DockerContext } from '../docker-env';
import { CONTAINER_HEADER, containerContext, containerFormat } from '../format/container';
import { filterArgs } from '../format/filters';
import { psFormatUsesSize } from '../format/probe';
import { configString } from '../docker-config';

function action(c: DockerContext): void {
  const daemon = daemonOf(c);
  // ps.go: no --format takes config.json's psFormat (a custom one stands even with -q).
  const custom = c.string('format') || configString(c, 'psFormat');
  const quiet = c.bool('quiet');
  const size = c.bool('size') || (custom !== '' && psFormatUsesSize(custom));
  const limit = c.bool('latest') ? 1 : c.int('last');
  const list = daemon.containers.list({ all: c.bool('all'), limit, size, filters: filterArgs(c.stringSlice('filter')) });
  // NewContainerFormat: -q shortens only the named formats; a custom one stands (20.10.24).
  const source = custom === '' ? 'table' : custom;
  const now = c.env.node.nowMs();
  const rows = list.map((x) => containerContext(x, !c.bool('no-trunc'), now));
  c.io.stdout(formatDockerRows({ format: containerFormat(source, quiet, c.bool('size')), rows, header: CONTAINER_HEADER }));
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
