// `ctr content rm <digest>...`: deletes each blob from the namespace and echoes it; a missing
// one is skipped silently, a malformed digest is logged and makes the command fail.

import { isNotFound, plain } from '../../../errdefs/errdefs';
import { digestError } from '../../../oci/digest';
import { clientOf, type CtrCommand } from '../ctr-env';
import { DELETE_VERB_NAMES } from '../delete-verb';
import { failureLog } from '../failure-log';

export const deleteCommand: CtrCommand = {
  ...DELETE_VERB_NAMES,
  usage: 'permanently delete one or more blobs',
  argsUsage: '[<digest>, ...]',
  description: 'Delete one or more blobs permanently. Successfully deleted\n  blobs are printed to stdout.',
  action: (c) => {
    const failures = failureLog(c);
    const { content } = clientOf(c);
    for (const arg of c.args) {
      const bad = digestError(arg);
      if (bad) {
        failures.fail(plain(bad), `could not delete ${arg}`);
        continue;
      }
      try {
        content.delete(arg);
        c.io.stdout(`${arg}\n`);
      } catch (err) {
        if (!isNotFound(err)) failures.fail(err, `could not delete ${arg}`);
      }
    }
    failures.throwFirst();
  },
};
