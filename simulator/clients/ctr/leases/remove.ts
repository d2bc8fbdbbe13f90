// `ctr leases rm <id>...`: deletes in order, printing each id, and stops at the first
// failure (`ctr: lease "nope": not found`). --sync would also wait for garbage collection,
// which the simulator does not run separately, so it changes nothing here.

import { clientOf, type CtrCommand } from '../ctr-env';
import { DELETE_VERB_NAMES } from '../delete-verb';

export const removeCommand: CtrCommand = {
  ...DELETE_VERB_NAMES,
  usage: 'delete a lease',
  argsUsage: '[flags] <lease id> ...',
  description: 'delete a lease',
  flags: [{ names: ['sync'], kind: 'bool', usage: 'Synchronously remove leases and all unreferenced resources' }],
  action: (c) => {
    const { leases } = clientOf(c);
    for (const id of c.args) {
      leases.delete(id);
      c.io.stdout(`${id}\n`);
    }
  },
};
