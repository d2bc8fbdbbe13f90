// `ctr images rm <ref>...`: deletes each name and echoes it; a missing name only logs
// `<ref>: image not found` at warning level and the command still exits 0. What only the
// image kept (content, unpacked snapshots) is garbage collected once the command returns;
// --sync makes the last deletion wait for the collector (ctr 1.6 passes SynchronousDelete
// with the last reference only).

import { logTo } from '../../../cli/logrus';
import { isNotFound, wrapf } from '../../../errdefs/errdefs';
import { rethrowInternal } from '../errors';
import { clientOf, type CtrCommand } from '../ctr-env';
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
    const { images } = clientOf(c);
    const failures = failureLog(c);
    c.args.forEach((target, i) => {
      try {
        images.delete(target, { synchronous: c.bool('sync') && i === c.args.length - 1 });
        c.io.stdout(`${target}\n`);
      } catch (err) {
        rethrowInternal(err);
        if (isNotFound(err)) logTo(c.io, node.nowMs(), 'warning', `${target}: image not found`);
        else failures.fail(err, `unable to delete ${target}`, wrapf(err, `unable to delete ${target}`));
      }
    });
    failures.throwFirst();
  },
};
