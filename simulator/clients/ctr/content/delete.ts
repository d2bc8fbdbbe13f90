// `ctr content rm <digest>...`: deletes each blob from the namespace and echoes it; a missing
// one is skipped silently, a malformed digest is logged and makes the command fail.

import { logTo } from '../../../cli/logrus';
import { isNotFound, plain } from '../../../containerd/errdefs';
import { deleteContent } from '../../../containerd/content/content-store';
import { digestError } from '../../../containerd/content/digest';
import { namespaceOf, type CtrCommand } from '../ctr-env';

export const deleteCommand: CtrCommand = {
  name: 'delete',
  aliases: ['del', 'remove', 'rm'],
  usage: 'permanently delete one or more blobs',
  argsUsage: '[<digest>, ...]',
  description: 'Delete one or more blobs permanently. Successfully deleted\n  blobs are printed to stdout.',
  action: (c) => {
    const node = c.env.node;
    let exitErr: unknown;
    for (const arg of c.args) {
      const bad = digestError(arg);
      if (bad) {
        exitErr ??= plain(bad);
        logTo(c.io, node.nowMs(), 'error', 'could not delete', { error: bad });
        continue;
      }
      try {
        deleteContent(node, namespaceOf(c), arg);
        c.io.stdout(`${arg}\n`);
      } catch (err) {
        if (isNotFound(err)) continue;
        exitErr ??= err;
        logTo(c.io, node.nowMs(), 'error', `could not delete ${arg}`, { error: (err as Error).message });
      }
    }
    if (exitErr) throw exitErr;
  },
};
