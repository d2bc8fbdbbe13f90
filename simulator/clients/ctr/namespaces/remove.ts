// `ctr namespaces rm <name>...`: a missing namespace counts as removed (its name is printed);
// a refusal is logged at error level, the next name is tried, and the first refusal becomes
// the command's error (`ctr: unable to delete x: …`, exit 1).

import { isNotFound, wrapf } from '../../../errdefs/errdefs';
import type { CtrCommand } from '../ctr-env';
import { failureLog } from '../failure-log';

export const removeCommand: CtrCommand = {
  name: 'remove',
  aliases: ['rm'],
  usage: 'remove one or more namespaces',
  argsUsage: '<name> [<name>, ...]',
  description: 'remove one or more namespaces. for now, the namespace must be empty',
  // The cgroup of a namespace (/<name>) holds nothing once it is empty: deleting it changes
  // nothing this simulator shows, so the flag is accepted and has no further effect.
  flags: [{ names: ['cgroup', 'c'], kind: 'bool', usage: "delete the namespace's cgroup" }],
  action: (c) => {
    const failures = failureLog(c);
    for (const target of c.args) {
      try {
        c.env.client.namespaces.delete(target);
      } catch (err) {
        if (!isNotFound(err)) {
          failures.fail(err, `unable to delete ${target}`, wrapf(err, `unable to delete ${target}`));
          continue;
        }
      }
      c.io.stdout(`${target}\n`);
    }
    failures.throwFirst();
  },
};
