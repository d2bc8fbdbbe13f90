// `docker network ls` (docker/cli 20.10 cli/command/network/list.go, formatter/network.go): the
// daemon's networks (filtered there), sorted by name in natural order; NETWORK ID (12 hex,
// --no-trunc: 64), NAME, DRIVER, SCOPE; -q the ids; --format a Go template per network.

import { formatDockerRows } from '../../../go/template/index';
import type { NetworkResource } from '../../../dockerd/index';
import { daemonOf, type DockerCommand } from '../docker-env';
import { rowContext } from '../format/raw-json';
import { naturalCompare } from '../volumes/natural-order';

const HEADER = { ID: 'NETWORK ID', Name: 'NAME', Driver: 'DRIVER', Scope: 'SCOPE', IPv6: 'IPV6', Internal: 'INTERNAL', Labels: 'LABELS', CreatedAt: 'CREATED AT' };

/** cli/command/network/formatter.go's networkContext (package network). */
function row(n: NetworkResource, noTrunc: boolean) {
  const labels = Object.entries(n.Labels).map(([k, v]) => `${k}=${v}`);
  return rowContext(
    {
      ID: () => (noTrunc ? n.Id : n.Id.slice(0, 12)),
      Name: () => n.Name,
      Driver: () => n.Driver,
      Scope: () => n.Scope,
      IPv6: () => String(n.EnableIPv6),
      Internal: () => String(n.Internal),
      Labels: () => labels.join(','),
      Label: (name: unknown) => n.Labels[String(name)] ?? '',
      CreatedAt: () => new Date(Date.parse(n.Created)).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' +0000 UTC'),
    },
    '*network.networkContext',
  );
}

export const networkLsCommand: DockerCommand = {
  name: 'ls',
  aliases: ['list'],
  argsUsage: '[OPTIONS]',
  usage: 'List networks',
  args: { max: 0 },
  flags: [
    { names: ['filter', 'f'], kind: 'stringArray', typeName: 'filter', usage: "Provide filter values (e.g. 'driver=bridge')" },
    { names: ['format'], kind: 'string', usage: 'Pretty-print networks using a Go template' },
    { names: ['no-trunc'], kind: 'bool', usage: 'Do not truncate the output' },
    { names: ['quiet', 'q'], kind: 'bool', usage: 'Only display network IDs' },
  ],
  action: (c) => {
    const networks = daemonOf(c).networks.list(c.stringSlice('filter'));
    networks.sort((a, b) => naturalCompare(a.Name, b.Name));
    const format = c.bool('quiet') ? '{{.ID}}' : c.string('format') || 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}';
    const noTrunc = c.bool('no-trunc');
    c.io.stdout(formatDockerRows({ format, rows: networks.map((n) => row(n, noTrunc)), header: HEADER }));
  },
};
