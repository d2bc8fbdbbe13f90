// `ctr containers ls [flags] [<filter>, ...]`: CONTAINER, IMAGE, RUNTIME through tabwriter
// (4, 8, 4) with every cell tab-terminated, so rows end in padding. IMAGE is "-" when empty.

import { tabwriteRows } from '../../../cli/tabwriter';
import { listContainers } from '../../../containerd/containers/containers';
import { labelField, parseFilters } from '../../../containerd/filters/filters';
import type { ContainerRecord } from '../../../containerd/metadata/schema';
import type { CtrCommand } from '../ctr-env';
import { namespaceOf } from '../ctr-env';

/** containerd's container adaptor for filters: id, image, runtime.name, snapshotter, labels.<key>. */
function field(record: ContainerRecord, path: readonly string[]): { value: string; present: boolean } {
  const [head, ...rest] = path;
  const text = (value: string) => ({ value, present: value !== '' });
  switch (head) {
    case 'id':
      return text(record.id);
    case 'image':
      return text(record.image);
    case 'runtime':
      return rest[0] === 'name' ? text(record.runtime.name) : { value: '', present: false };
    case 'snapshotter':
      return text(record.snapshotter);
    case 'labels':
      return labelField(record.labels, rest);
    default:
      return { value: '', present: false };
  }
}

export const listCommand: CtrCommand = {
  name: 'list',
  aliases: ['ls'],
  usage: 'list containers',
  argsUsage: '[flags] [<filter>, ...]',
  flags: [{ names: ['quiet', 'q'], kind: 'bool', usage: 'print only the container id' }],
  action: (c) => {
    const filter = parseFilters(c.args);
    const containers = listContainers(c.env.node, namespaceOf(c)).filter((r) => filter((path) => field(r, path)));
    if (c.bool('quiet')) {
      c.io.stdout(containers.map((r) => `${r.id}\n`).join(''));
      return;
    }
    const rows = [['CONTAINER', 'IMAGE', 'RUNTIME', '']];
    for (const r of containers) rows.push([r.id, r.image || '-', r.runtime.name, '']);
    c.io.stdout(tabwriteRows(rows, { minwidth: 4, tabwidth: 8, padding: 4, padchar: ' ' }));
  },
};
