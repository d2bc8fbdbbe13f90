// `ctr containers create [flags] Image|RootFS CONTAINER [COMMAND] [ARG...]`: prints nothing.
// Flags after the id are still flags here (urfave reorders them), so `sh -c "…"` needs `--`.

import { invalidArgument } from '../../../errdefs/errdefs';
import type { CtrCommand } from '../ctr-env';
import { clientOf } from '../ctr-env';
import { NotSimulatedError } from '../../../cli/not-simulated';
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
    if (c.bool('rootfs')) throw new NotSimulatedError('a custom rootfs (--rootfs)', "containerd's docs/getting-started.md");
    const args = c.args.slice(2).filter((a, i) => !(i === 0 && a === '--'));
    unpackForNewContainer(c, ref, false);
    // The runtime options are read after the image is looked up (and unpacked): a missing image wins.
    refuseUnsimulatedFlags(c);
    const options = containerOptions(c, ref, id, args, false);
    const extras = specExtras(c, false);
    // Not a spread: the options defer some reads to spec-build time through getters.
    // client.NewContainer (client.go @v1.6.20) holds a lease while the spec and snapshot are made.
    const client = clientOf(c);
    client.leases.withLease(() => client.containers.newContainer(Object.assign(options, { specOpts: [specExtrasOpt(extras)] })));
  },
};
