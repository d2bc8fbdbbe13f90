// `ctr leases rm <id>...`: deletes in order, printing each id, and stops at the first
// failure (`ctr: lease "nope": not found`). With --sync the last delete returns once the
// collector has run.

import { clientOf, type CtrCommand } from '../ctr-env';
import { DELETE_VERB_NAMES } from '../delete-verb';

export const removeCommand: CtrCommand = {
  ...DELETE_VERB_NAMES,
  usage: 'delete a lease',
  argsUsage: '[flags] <lease id> ...',
  description: 'delete a lease',
  flags: [{ names: ['sync'], kind: 'bool', usage: 'Synchronously remove leases and all unreferenced resources' }],
  action: (c) => {
    // Without an id it shows its own help and succeeds (leases.go:173, cli.ShowSubcommandHelp).
    if (c.args.length === 0) {
      c.io.stdout(c.helpText());
      return;
    }
    const { leases } = clientOf(c);
    // Only the last delete waits for the collector (leases.go:186).
    const last = c.args.length - 1;
    for (const [i, id] of c.args.entries()) {
      leases.delete(id, { synchronous: c.bool('sync') && i === last });
      c.io.stdout(`${id}\n`);
    }
  },
};
