// `docker volume ls` (docker/cli 20.10 cli/command/volume/list.go, formatter/volume.go): the
// daemon's volumes (filtered there: dangling, name, driver, label), sorted by name in natural
// order; DRIVER and VOLUME NAME, -q the names, --format a Go template per volume ({{json .}}:
// the context's argument-less methods, keys sorted).

import { formatDockerRows } from '../../../go/template/index';
import type { VolumeResource } from '../../../dockerd/index';
import { daemonOf, type DockerCommand } from '../docker-env';
import { rowContext } from '../format/raw-json';
import { naturalCompare } from './natural-order';

const HEADER = { Driver: 'DRIVER', Name: 'VOLUME NAME', Scope: 'SCOPE', Mountpoint: 'MOUNTPOINT', Labels: 'LABELS', Links: 'LINKS', Size: 'SIZE' };

function row(v: VolumeResource) {
  const labels = Object.entries(v.Labels ?? {}).map(([k, val]) => `${k}=${val}`);
  return rowContext(
    {
      Driver: () => v.Driver,
      Name: () => v.Name,
      Scope: () => v.Scope,
      Mountpoint: () => v.Mountpoint,
      Labels: () => labels.join(','),
      Label: (name: unknown) => (v.Labels ?? {})[String(name)] ?? '',
      Links: () => 'N/A',
      Size: () => 'N/A',
    },
    '*formatter.volumeContext',
  );
}

export const volumeLsCommand: DockerCommand = {
  name: 'ls',
  aliases: ['list'],
  argsUsage: '[OPTIONS]',
  usage: 'List volumes',
  args: { max: 0 },
  flags: [
    { names: ['filter', 'f'], kind: 'stringArray', typeName: 'filter', usage: "Provide filter values (e.g. 'dangling=true')" },
    { names: ['format'], kind: 'string', usage: 'Pretty-print volumes using a Go template' },
    { names: ['quiet', 'q'], kind: 'bool', usage: 'Only display volume names' },
  ],
  action: (c) => {
    const volumes = daemonOf(c).volumes.list(c.stringSlice('filter'));
    volumes.sort((a, b) => naturalCompare(a.Name, b.Name));
    const format = c.bool('quiet') ? '{{.Name}}' : c.string('format') || 'table {{.Driver}}\t{{.Name}}';
    c.io.stdout(formatDockerRows({ format, rows: volumes.map(row), header: HEADER }));
  },
};
