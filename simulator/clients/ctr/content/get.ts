// `ctr content get <digest>`: writes the blob's bytes to stdout as stored (no newline added).
// A layer's bytes are its real ones when imported from a real archive, else the simulator's
// stand-in tar of its files.

import { plain } from '../../../errdefs/errdefs';
import { digestError } from '../../../oci/digest';
import { layerBytes } from '../../../oci/archive/layer-payload';
import { clientOf, type CtrCommand } from '../ctr-env';

export const getCommand: CtrCommand = {
  name: 'get',
  usage: 'get the data for an object',
  argsUsage: '[<digest>, ...]',
  description: 'display the image object',
  action: (c) => {
    // Despite its usage line, ctr 1.6 reads only the first digest: with none it fails to parse
    // "", and any further arguments are ignored.
    const arg = c.args[0] ?? '';
    const bad = digestError(arg);
    if (bad) throw plain(bad);
    const blob = clientOf(c).content.read(arg);
    // JSON blobs are kept as text; a layer's payload is bytes.
    if (blob.data !== undefined) c.io.stdout(blob.data);
    else c.io.stdoutBytes(layerBytes(blob));
  },
};
