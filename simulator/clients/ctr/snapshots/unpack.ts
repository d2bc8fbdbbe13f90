// `ctr snapshots unpack <digest>` (cmd/ctr/commands/snapshots/snapshots.go, 1.6.20): the digest
// is parsed (go-digest's errors), then the first image whose target has that digest is
// unpacked into --snapshotter for the default platform, with `unpacking <digest> (<media
// type>)...done` on stdout; no image with it is `manifest not found`. By digest only, as ctr's
// own TODO says: a name is an invalid digest.

import { logTo } from '../../../cli/logrus';
import { plain } from '../../../errdefs/errdefs';
import { digestError } from '../../../oci/digest';
import { clientOf, type CtrCommand } from '../ctr-env';
import { snapshotterFlag, snapshotterOf } from './snapshotter-flag';

export const unpackCommand: CtrCommand = {
  name: 'unpack',
  usage: 'unpack applies layers from a manifest to a snapshot',
  argsUsage: '[flags] <digest>',
  flags: [snapshotterFlag],
  action: (c) => {
    const dgst = c.args[0] ?? '';
    const invalid = digestError(dgst);
    if (invalid) throw plain(invalid);
    const { images } = clientOf(c);
    if (c.bool('debug')) logTo(c.io, c.env.node.nowMs(), 'debug', `unpacking layers from manifest ${dgst}`);
    const image = images.list().find((i) => i.target.digest === dgst);
    if (!image) throw plain('manifest not found');
    c.io.stdout(`unpacking ${dgst} (${image.target.mediaType})...`);
    try {
      // image.Unpack (image.go @v1.6.20) takes a lease of its own, deleted when it returns.
      clientOf(c).leases.withLease(() => images.unpack(image, snapshotterOf(c)));
    } catch (err) {
      c.io.stdout('\n');
      throw err;
    }
    c.io.stdout('done\n');
  },
};
