// `ctr containers delete|del|remove|rm [flags] CONTAINER [CONTAINER, ...]`: prints nothing.
// Each failure is logged (`failed to delete container "x"`) and the next id is tried; the
// first failure becomes the command's error.

import { invalidArgument } from '../../../errdefs/errdefs';
import type { CtrCommand } from '../ctr-env';
import { clientOf } from '../ctr-env';
import { deleteContainer } from './delete-container';
import { DELETE_VERB_NAMES } from '../delete-verb';
import { failureLog } from '../failure-log';

export const deleteCommand: CtrCommand = {
  ...DELETE_VERB_NAMES,
  usage: 'delete one or more existing containers',
  argsUsage: '[flags] CONTAINER [CONTAINER, ...]',
  flags: [{ names: ['keep-snapshot'], kind: 'bool', usage: 'do not clean up snapshot with container' }],
  action: (c) => {
    if (c.args.length === 0) throw invalidArgument('must specify at least one container to delete');
    const failures = failureLog(c);
    const client = clientOf(c);
    for (const id of c.args) {
      try {
        deleteContainer(client, id, { keepSnapshot: c.bool('keep-snapshot') });
      } catch (err) {
        failures.fail(err, `failed to delete container ${JSON.stringify(id)}`);
      }
    }
    failures.throwFirst();
  },
};
