// `ctr images rm <ref>...`: deletes each name and echoes it; a missing name only logs
// `<ref>: image not found` at warning level and the command still exits 0. Unreferenced
// content is then garbage collected, as containerd does right after.

import { logTo } from '../../../cli/logrus';
import { isNotFound, wrapf } from '../../../containerd/errdefs';
import { collectContentGarbage } from '../../../containerd/content/gc';
import { deleteImage } from '../../../containerd/images/image-store';
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
        if (isNotFound(err)) logTo(c.io, node.nowMs(), 'warning', `${target}: image not found`);
        else failures.fail(err, `unable to delete ${target}`, wrapf(err, `unable to delete ${target}`));
      }
    }
    if (c.args.length > 0) collectContentGarbage(node, ns);
    failures.throwFirst();
  },
};
