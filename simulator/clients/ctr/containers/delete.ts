// `ctr containers delete|del|remove|rm [flags] CONTAINER [CONTAINER, ...]`: prints nothing.
// Each failure is logged (`failed to delete container "x"`) and the next id is tried; the
// first failure becomes the command's error.

import { logTo } from '../../../cli/logrus';
import { invalidArgument } from '../../../containerd/errdefs';
import { deleteContainer } from '../../../containerd/containers/delete-container';
import type { CtrCommand } from '../ctr-env';
import { namespaceOf } from '../ctr-env';

export const deleteCommand: CtrCommand = {
  name: 'delete',
  aliases: ['del', 'remove', 'rm'],
  usage: 'delete one or more existing containers',
  argsUsage: '[flags] CONTAINER [CONTAINER, ...]',
  flags: [{ names: ['keep-snapshot'], kind: 'bool', usage: 'do not clean up snapshot with container' }],
  action: (c) => {
    if (c.args.length === 0) throw invalidArgument('must specify at least one container to delete');
    let exitErr: unknown;
    for (const id of c.args) {
      try {
        deleteContainer(c.env.node, namespaceOf(c), id, { keepSnapshot: c.bool('keep-snapshot') });
      } catch (err) {
        exitErr ??= err;
        const detail = err instanceof Error ? err.message : String(err);
        logTo(c.io, c.env.node.nowMs(), 'error', `failed to delete container ${JSON.stringify(id)}`, { error: detail });
      }
    }
    if (exitErr) throw exitErr;
  },
};
