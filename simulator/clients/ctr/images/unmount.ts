// `ctr images unmount <target>`: unmount (a no-op when nothing is mounted there) and print
// the target; with --rm also delete the target's lease and snapshot.

import { isNotFound, plain, wrapf } from '../../../errdefs/errdefs';
import { deleteLease } from '../../../containerd/leases/leases';
import { remove } from '../../../containerd/snapshots/snapshots';
import { namespaceOf, type CtrCommand } from '../ctr-env';
import { snapshotterFlag, snapshotterOf } from '../snapshots/snapshotter-flag';
import { hostPath } from './file-access';
import { unmountTarget } from './host-mount';
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
      const ns = namespaceOf(c);
      try {
        deleteLease(node, ns, target);
      } catch (err) {
        if (!isNotFound(err)) throw wrapf(err, 'error deleting lease');
      }
      try {
        remove(node, ns, snapshotterOf(c), target);
      } catch (err) {
        if (!isNotFound(err)) throw wrapf(err, 'error removing snapshot');
      }
    }
    c.io.stdout(`${target}\n`);
  },
};
