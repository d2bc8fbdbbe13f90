// `ctr containers create [flags] Image|RootFS CONTAINER [COMMAND] [ARG...]`: prints nothing.
// Flags after the id are still flags here (urfave reorders them), so `sh -c "…"` needs `--`,
// which the reordering moves in front of IMAGE and ID, where flag parsing drops it.

import { invalidArgument } from '../../../errdefs/errdefs';
import type { CtrCommand } from '../ctr-env';
import { clientOf } from '../ctr-env';
import * as vfs from '../../../host/vfs';
import { containerFlags, snapshotterFlags } from './container-flags';
import { containerOptions, refuseUnsimulatedFlags, unpackForNewContainer } from './container-options';
import { newContainerFromConfig } from './from-spec-file';
import { specExtras, specExtrasOpt } from './spec-extras';
import { createArgs } from './create-args';

export const createCommand: CtrCommand = {
  name: 'create',
  usage: 'create container',
  argsUsage: '[flags] Image|RootFS CONTAINER [COMMAND] [ARG...]',
  flags: [...snapshotterFlags, ...containerFlags],
  action: (c) => {
    const { config, ref, id } = createArgs(c, invalidArgument);
    if (config) {
      newContainerFromConfig(c, id);
      return;
    }
    const args = c.args.slice(2);
    // --rootfs: REF is a directory on the node (filepath.Abs of it); there is no image to unpack.
    const rootfs = c.bool('rootfs') ? vfs.normalizePath(ref, c.io.cwd) : undefined;
    if (rootfs === undefined) unpackForNewContainer(c, ref, false);
    // The runtime options are read after the image is looked up (and unpacked): a missing image wins.
    refuseUnsimulatedFlags(c);
    const options = containerOptions(c, ref, id, args, false);
    const extras = specExtras(c, false);
    // Not a spread: the options defer some reads to spec-build time through getters.
    // client.NewContainer (client.go @v1.6.20) holds a lease while the spec and snapshot are made.
    const client = clientOf(c);
    client.leases.withLease(() => client.containers.newContainer(Object.assign(options, { specOpts: [specExtrasOpt(extras)], rootfs })));
  },
};
