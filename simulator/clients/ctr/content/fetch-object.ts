// `ctr content fetch-object <remote> <object>`: the resolver and its fetcher alone
// (content.go:403-440, containerd v1.6.20): the object the reference resolves to, copied to
// stdout byte for byte as the registry serves it (an index or a manifest, no newline added),
// stored nowhere. A reference it cannot resolve fails as Resolve reports it, without Fetch's
// `failed to resolve reference` prefix.

import { plain } from '../../../errdefs/errdefs';
import { RegistryError } from '../../../containerd/client/index';
import { logTo } from '../../../cli/logrus';
import { layerBytes } from '../../../oci/archive/layer-payload';
import { clientOf, type CtrCommand } from '../ctr-env';
import { registryFlags, remoteOptions } from '../images/registry-flags';

export const fetchObjectCommand: CtrCommand = {
  name: 'fetch-object',
  usage: 'retrieve objects from a remote',
  argsUsage: '[flags] <remote> <object> [<hint>, ...]',
  description: 'Fetch objects by identifier from a remote.',
  flags: registryFlags,
  action: (c) => {
    const ref = c.args[0] ?? '';
    let blob;
    try {
      blob = clientOf(c).transfer.fetchObject(ref, remoteOptions(c));
    } catch (err) {
      if (!(err instanceof RegistryError)) throw err;
      if (err.tryNextHost) {
        logTo(c.io, c.env.node.nowMs(), 'info', 'trying next host', { error: err.tryNextHost.error, host: err.tryNextHost.host, ref });
      }
      throw plain(err.message);
    }
    if (blob.data !== undefined) c.io.stdout(blob.data);
    else c.io.stdoutBytes(layerBytes(blob));
  },
};
