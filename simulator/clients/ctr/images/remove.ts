// `ctr images rm <ref>...`: deletes each name and echoes it; a missing name only logs
// `<ref>: image not found` at warning level and the command still exits 0. Unreferenced
// content is then garbage collected, as containerd does right after.

import { logTo } from '../../../cli/logrus';
import { isNotFound, wrapf } from '../../../containerd/errdefs';
import { collectContentGarbage } from '../../../containerd/content/gc';
import { deleteImage } from '../../../containerd/images/image-store';
import { namespaceOf, type CtrCommand } from '../ctr-env';

export const removeCommand: CtrCommand = {
  name: 'delete',
  aliases: ['del', 'remove', 'rm'],
  usage: 'remove one or more images by reference',
  argsUsage: '[flags] <ref> [<ref>, ...]',
  description: 'remove one or more images by reference',
  flags: [{ names: ['sync'], kind: 'bool', usage: 'Synchronously remove image and all associated resources' }],
  action: (c) => {
    const node = c.env.node;
    const ns = namespaceOf(c);
    let exitErr: unknown;
    for (const target of c.args) {
      try {
        deleteImage(node, ns, target);
        c.io.stdout(`${target}\n`);
      } catch (err) {
        if (!isNotFound(err)) {
          exitErr ??= wrapf(err, `unable to delete ${target}`);
          logTo(c.io, node.nowMs(), 'error', `unable to delete ${target}`, { error: (err as Error).message });
          continue;
        }
        logTo(c.io, node.nowMs(), 'warning', `${target}: image not found`);
      }
    }
    if (c.args.length > 0) collectContentGarbage(node, ns);
    if (exitErr) throw exitErr;
  },
};
