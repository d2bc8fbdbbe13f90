// `ctr images tag <source> <target>...`: copies the source image record (target and labels)
// under each new name and prints it. An existing name fails unless --force, which deletes it
// first. ctr 1.6 does not validate the new names.

import { isAlreadyExists, plain } from '../../../errdefs/errdefs';
import type { NamespacedClient } from '../../../containerd/client/index';
import { clientOf, type CtrCommand, type CtrContext } from '../ctr-env';

export const tagCommand: CtrCommand = {
  name: 'tag',
  usage: 'tag an image',
  argsUsage: '[flags] <source_ref> <target_ref> [<target_ref>, ...]',
  description: 'Tag an image for use in containerd.',
  flags: [{ names: ['force'], kind: 'bool', usage: 'force target_ref to be created, regardless if it already exists' }],
  action: (c) => {
    const [ref = '', ...targets] = c.args;
    if (ref === '') throw plain('please provide an image reference to tag from');
    if (targets.length === 0) throw plain('please provide an image reference to tag to');
    const { images, leases } = clientOf(c);
    // ctr's tag takes a lease right after dialing (tag.go @v1.6.20), even for a source that is missing.
    leases.withLease(() => tagImage(c, images, ref, targets));
  },
};

function tagImage(c: CtrContext, images: NamespacedClient['images'], ref: string, targets: readonly string[]): void {
  const source = images.get(ref);
  const image = { target: { ...source.target }, labels: { ...source.labels } };
  for (const name of targets) {
    try {
      images.create({ name, ...image });
    } catch (err) {
      if (!isAlreadyExists(err) || !c.bool('force')) throw err;
      images.delete(name);
      images.create({ name, ...image });
    }
    c.io.stdout(`${name}\n`);
  }
}
