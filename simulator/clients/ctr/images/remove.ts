// `ctr images rm <ref>...`: deletes each name and echoes it; a missing name only logs
// `<ref>: image not found` at warning level and the command still exits 0. What only the
// image kept (content, unpacked snapshots) is garbage collected once the command returns.

import { logTo } from '../../../cli/logrus';
import { isNotFound, wrapf } from '../../../errdefs/errdefs';
import { collectGarbage } from '../../../containerd/gc/collector';
import { deleteImage } from '../../../containerd/images/image-store';
import { rethrowInternal } from '../errors';
import { namespaceOf, type CtrCommand } from '../ctr-env';
import { DELETE_VERB_NAMES } from '../delete-verb';
import { failureLog } from '../failure-log';

export const removeCommand: CtrCommand = {
  ...DELETE_VERB_NAMES,
  usage: 'remove one or more images by reference',
  argsUsage: '[flags] <ref> [<ref>, ...]',
  description: 'remove one or more images by reference',
  flags: [{ names: ['sync'], kind: 'bool', usage: 'Synchronously remove image and all associated resources' }],
  action: (c) => {
    const node = c.env.node;
    const ns = namespaceOf(c);
    const failures = failureLog(c);
    for (const target of c.args) {
      try {
        deleteImage(node, ns, target);
        c.io.stdout(`${target}\n`);
      } catch (err) {
        rethrowInternal(err);
        if (isNotFound(err)) logTo(c.io, node.nowMs(), 'warning', `${target}: image not found`);
        else failures.fail(err, `unable to delete ${target}`, wrapf(err, `unable to delete ${target}`));
      }
    }
    // --sync: the deletion waits for the collector instead of leaving it for a moment later.
    if (c.bool('sync')) collectGarbage(node);
    failures.throwFirst();
  },
};
