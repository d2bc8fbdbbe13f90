// `ctr content get <digest>...`: writes each blob's bytes to stdout as stored (no newline
// added). A layer's bytes are the archive form the simulator keeps for it (a tar of its files).

import { plain } from '../../../containerd/errdefs';
import { getBlob } from '../../../containerd/content/content-store';
import { digestError } from '../../../containerd/content/digest';
import { encodeLayer } from '../../../containerd/images/archive/layer-payload';
import { namespaceOf, type CtrCommand } from '../ctr-env';

export const getCommand: CtrCommand = {
  name: 'get',
  usage: 'get the data for an object',
  argsUsage: '[<digest>, ...]',
  description: 'display the image object',
  action: (c) => {
    const node = c.env.node;
    for (const arg of c.args) {
      const bad = digestError(arg);
      if (bad) throw plain(bad);
      const blob = getBlob(node, namespaceOf(c), arg);
      c.io.stdout(blob.data ?? encodeLayer(blob));
    }
  },
};
