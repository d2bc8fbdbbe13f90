// `ctr images unmount <target>`: unmount (a no-op when nothing is mounted there) and print
// the target; with --rm also delete the target's lease and snapshot.

import { isNotFound, plain, wrapf } from '../../../errdefs/errdefs';
import { unmountTarget } from '../../../host/mounts';
import { clientOf, type CtrCommand } from '../ctr-env';
import { snapshotterFlag, snapshotterOf } from '../snapshots/snapshotter-flag';
import { hostPath } from './file-access';
import { registryFlags } from './registry-flags';

export const unmountCommand: CtrCommand = {
  name: 'unmount',
  usage: 'unmount the image from the target',
  argsUsage: '[flags] <target>',
  description: 'Unmount the image rootfs from the specified target.',
  flags: [
    ...registryFlags,
    snapshotterFlag,
    { names: ['label'], kind: 'stringSlice', usage: 'labels to attach to the image', value: [] },
    { names: ['rm'], kind: 'bool', usage: 'remove the snapshot after a successful unmount' },
  ],
  action: (c) => {
    const target = c.args[0] ?? '';
    if (target === '') throw plain('please provide a target path to unmount from');
    const node = c.env.node;
    unmountTarget(node, hostPath(c, target));
    if (c.bool('rm')) {
      const { leases, snapshots } = clientOf(c);
      try {
        leases.delete(target);
      } catch (err) {
        if (!isNotFound(err)) throw wrapf(err, 'error deleting lease');
      }
      try {
        snapshots.service(snapshotterOf(c)).remove(target);
      } catch (err) {
        if (!isNotFound(err)) throw wrapf(err, 'error removing snapshot');
      }
    }
    c.io.stdout(`${target}\n`);
  },
};
