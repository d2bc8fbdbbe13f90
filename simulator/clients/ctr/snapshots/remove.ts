// `ctr snapshots rm <key>...`: removes in order and stops at the first failure
// (`failed to remove "nope": snapshot nope does not exist: not found`). Prints nothing.

import { wrapf } from '../../../errdefs/errdefs';
import { goQuote } from '../../../go/quote';
import type { CtrCommand } from '../ctr-env';
import { DELETE_VERB_NAMES } from '../delete-verb';
import { snapshotServiceOf } from './snapshotter-flag';

export const removeCommand: CtrCommand = {
  ...DELETE_VERB_NAMES,
  usage: 'remove snapshots',
  argsUsage: '<key> [<key>, ...]',
  action: (c) => {
    const snapshotter = snapshotServiceOf(c);
    for (const key of c.args) {
      try {
        snapshotter.remove(key);
      } catch (err) {
        throw wrapf(err, `failed to remove ${goQuote(key)}`);
      }
    }
  },
};
