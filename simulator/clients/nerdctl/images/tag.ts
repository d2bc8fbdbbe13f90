// `nerdctl tag` (cmd/nerdctl/tag.go@v0.22.2): the source through the image walker (its first
// match), the target normalized (`harbor.mydomain.com/library/nginx:alpine`), then a new image
// record with the source's target and labels; an existing target name is replaced.

import { isAlreadyExists } from '../../../errdefs/errdefs';
import { clientOf, type NerdctlCommand } from '../nerdctl-env';
import { walkImages } from './image-walker';
import { normalizeRef } from './reference';

export const tagCommand: NerdctlCommand = {
  name: 'tag',
  argsUsage: 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  usage: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
  args: { min: 2, max: 2 },
  action: (c) => {
    const client = clientOf(c);
    const [source = '', targetRaw = ''] = c.args;
    const found = walkImages(client, source);
    const first = found[0];
    if (!first) throw new Error(`${source}: not found`);
    const target = normalizeRef(targetRaw);
    const image = client.images.get(first.name);
    const input = { name: target, target: { ...image.target }, labels: { ...image.labels } };
    try {
      client.images.create(input);
    } catch (err) {
      if (!isAlreadyExists(err)) throw err;
      client.images.delete(target);
      client.images.create(input);
    }
  },
};
