// `ctr images mount <ref> <target>`: unpack the image for the platform, print its chain ID,
// take a lease named after the target, create a view (or, with --rw, an active snapshot)
// keyed by the target on top of the chain, mount it there and print the target.

import { isAlreadyExists, isNotFound, plain, wrapf } from '../../../errdefs/errdefs';
import { onlyPlatforms } from '../../../oci/platform';
import { parsePlatformFlag } from './platform-flag';
import { clientOf, type CtrCommand } from '../ctr-env';
import { rethrowInternal } from '../errors';
import { snapshotterFlag, snapshotterOf } from '../snapshots/snapshotter-flag';
import { hostPath } from './file-access';
import { registryFlags } from './registry-flags';

export const mountCommand: CtrCommand = {
  name: 'mount',
  usage: 'mount an image to a target path',
  argsUsage: '[flags] <ref> <target>',
  description: 'Mount an image rootfs to a specified path.\n\nWhen you are done, use the unmount command.\n',
  flags: [
    ...registryFlags,
    snapshotterFlag,
    { names: ['label'], kind: 'stringSlice', usage: 'labels to attach to the image', value: [] },
    { names: ['rw'], kind: 'bool', usage: 'Enable write support on the mount' },
    { names: ['platform'], kind: 'string', usage: 'Mount the image for the specified platform', value: 'linux/amd64' },
  ],
  action: (c) => {
    const [ref = '', target = ''] = c.args;
    if (ref === '') throw plain('please provide an image reference to mount');
    if (target === '') throw plain('please provide a target path to mount to');
    const { images, leases, snapshots } = clientOf(c);
    const snapshotter = snapshotterOf(c);
    const snapshotService = snapshots.service(snapshotter);
    let leaseCreated = false;
    try {
      leases.create({ id: target, labels: { [`containerd.io/gc.ref.snapshot.${snapshotter}`]: target } });
      leaseCreated = true;
    } catch (err) {
      if (!isAlreadyExists(err)) throw err;
    }
    const cleanup = (): void => {
      if (!leaseCreated) return;
      try {
        leases.delete(target);
      } catch (err) {
        // Already gone is fine; a simulator bug is not.
        rethrowInternal(err);
      }
    };
    try {
      const matcher = onlyPlatforms([parsePlatformFlag(c.string('platform'), (s) => `unable to parse platform ${s}`)]);
      const image = images.get(ref);
      let resolved;
      try {
        resolved = images.unpack(image, snapshotter, matcher);
      } catch (err) {
        throw wrapf(err, 'error unpacking image');
      }
      c.io.stdout(`${resolved.chainId}\n`);
      try {
        if (c.bool('rw')) snapshotService.prepare(target, resolved.chainId);
        else snapshotService.view(target, resolved.chainId);
      } catch (err) {
        if (!isAlreadyExists(err)) throw err;
      }
      try {
        images.mount(snapshotter, target, hostPath(c, target));
      } catch (err) {
        try {
          snapshotService.remove(target);
        } catch (removeErr) {
          rethrowInternal(removeErr);
          if (!isNotFound(removeErr)) c.io.stderr(`Error cleaning up snapshot after mount error: ${(removeErr as Error).message}\n`);
        }
        throw err;
      }
      c.io.stdout(`${target}\n`);
    } catch (err) {
      cleanup();
      throw err;
    }
  },
};
