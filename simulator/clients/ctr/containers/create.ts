// `ctr containers create [flags] Image|RootFS CONTAINER [COMMAND] [ARG...]`: prints nothing.
// Flags after the id are still flags here (urfave reorders them), so `sh -c "…"` needs `--`.

import { invalidArgument } from '../../../containerd/errdefs';
import { newContainer } from '../../../containerd/containers/new-container';
import type { CtrCommand } from '../ctr-env';
import { namespaceOf } from '../ctr-env';
import { NotSimulatedError } from '../errors';
import { containerFlags, snapshotterFlags } from './container-flags';
import { containerOptions, refuseUnsimulatedFlags } from './container-options';

export const createCommand: CtrCommand = {
  name: 'create',
  usage: 'create container',
  argsUsage: '[flags] Image|RootFS CONTAINER [COMMAND] [ARG...]',
  flags: [...snapshotterFlags, ...containerFlags],
  action: (c) => {
    const config = c.isSet('config');
    let id: string;
    let ref = '';
    if (config) {
      id = c.args[0] ?? '';
      if (c.args.length > 1) throw invalidArgument('with spec config file, only container id should be provided');
    } else {
      ref = c.args[0] ?? '';
      id = c.args[1] ?? '';
      if (ref === '') throw invalidArgument('image ref must be provided');
    }
    if (id === '') throw invalidArgument('container id must be provided');
    if (config) throw new NotSimulatedError('creating a container from a spec file (--config)', "containerd's docs/getting-started.md");
    if (c.bool('rootfs')) throw new NotSimulatedError('a custom rootfs (--rootfs)', "containerd's docs/getting-started.md");
    refuseUnsimulatedFlags(c);
    const args = c.args.slice(2).filter((a, i) => !(i === 0 && a === '--'));
    newContainer(c.env.node, namespaceOf(c), containerOptions(c, ref, id, args, false));
  },
};
