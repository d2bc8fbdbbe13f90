// `ctr containers restore [command options] CONTAINER REF`: recreates a container from a
// checkpoint image — which, without the task's CRIU data, fails as on the recorded node.

import { isNotFound, plain } from '../../../errdefs/errdefs';
import { restoreContainer } from '../../../containerd/containers/checkpoint';
import { logTo } from '../../../cli/logrus';
import { RegistryError, resolveRemote } from '../../../registry/remote';
import type { CtrCommand } from '../ctr-env';
import { namespaceOf } from '../ctr-env';
import { requiredArg } from '../required-arg';

export const restoreCommand: CtrCommand = {
  name: 'restore',
  usage: 'restore a container from checkpoint',
  argsUsage: 'CONTAINER REF',
  flags: [
    { names: ['rw'], kind: 'bool', usage: 'restore the rw layer from the checkpoint' },
    { names: ['live'], kind: 'bool', usage: 'restore the runtime and memory data from the checkpoint' },
  ],
  action: (c) => {
    const id = requiredArg(c, 0, 'container id');
    const ref = requiredArg(c, 1, 'ref');
    const node = c.env.node;
    try {
      restoreContainer(node, namespaceOf(c), id, ref);
    } catch (err) {
      if (!isNotFound(err)) throw err;
      // A checkpoint that is not here is fetched from its registry first (client.Fetch).
      try {
        resolveRemote(node, ref);
      } catch (remote) {
        // client.Fetch wraps whatever the resolver returns, a reference parse error included.
        if (!(remote instanceof Error)) throw remote;
        const next = remote instanceof RegistryError ? remote.tryNextHost : undefined;
        if (next) logTo(c.io, node.nowMs(), 'info', 'trying next host', { error: next.error, host: next.host });
        throw plain(`failed to resolve reference ${JSON.stringify(ref)}: ${remote.message}`);
      }
      throw plain('media type not found');
    }
  },
};
