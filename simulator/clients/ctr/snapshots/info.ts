// `ctr snapshots info <key>`: the snapshot's Info as 4-space-indented JSON (Go field order;
// Parent and Labels left out when empty). Anything but exactly one key prints the help.

import type { CtrCommand } from '../ctr-env';
import { goJsonIndent, sortedKeys } from '../go-json';
import { snapshotServiceOf } from './snapshotter-flag';
import { showSubcommandHelp } from '../../../cli/show-help';

export const infoCommand: CtrCommand = {
  name: 'info',
  usage: 'get info about a snapshot',
  argsUsage: '<key>',
  action: (c) => {
    if (c.args.length !== 1) return showSubcommandHelp(c);
    const info = snapshotServiceOf(c).stat(c.args[0] ?? '');
    const labels = sortedKeys(info.labels);
    const body: Record<string, unknown> = { Kind: info.kind, Name: info.name };
    if (info.parent !== '') body.Parent = info.parent;
    if (Object.keys(labels).length > 0) body.Labels = labels;
    body.Created = info.created;
    body.Updated = info.updated;
    c.io.stdout(`${goJsonIndent(body, '    ')}\n`);
  },
};
