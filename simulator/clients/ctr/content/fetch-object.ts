// `ctr content fetch-object <remote> <object>`: the resolver alone (fetch_object.go), so a
// reference it cannot resolve fails as Resolve reports it, without Fetch's `failed to resolve
// reference` prefix. Copying the resolved object's raw bytes to stdout is not simulated.

import { NotSimulatedError } from '../../../cli/not-simulated';
import { plain } from '../../../errdefs/errdefs';
import { RegistryError } from '../../../containerd/client/index';
import { logTo } from '../../../cli/logrus';
import { clientOf, type CtrCommand } from '../ctr-env';
import { registryFlags } from '../images/registry-flags';

export const fetchObjectCommand: CtrCommand = {
  name: 'fetch-object',
  usage: 'retrieve objects from a remote',
  argsUsage: '[flags] <remote> <object> [<hint>, ...]',
  description: 'Fetch objects by identifier from a remote.',
  flags: registryFlags,
  action: (c) => {
    const ref = c.args[0] ?? '';
    try {
      clientOf(c).transfer.resolve(ref);
    } catch (err) {
      if (!(err instanceof RegistryError)) throw err;
      if (err.tryNextHost) {
        logTo(c.io, c.env.node.nowMs(), 'info', 'trying next host', { error: err.tryNextHost.error, host: err.tryNextHost.host, ref });
      }
      throw plain(err.message);
    }
    throw new NotSimulatedError('ctr content fetch-object (the raw object on stdout)', "containerd's ctr documentation (ctr content --help)");
  },
};
