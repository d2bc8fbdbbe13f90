// `nerdctl rmi` / `nerdctl image rm` (cmd/nerdctl/rmi.go@v0.22.2): each request through the
// image walker; an image a container of the namespace uses needs -f (`conflict: unable to
// remove repository reference "x" (must force)`), an ambiguous id prefix fails, then the
// image is deleted (synchronously unless --async) and `Untagged: <name>@<target digest>` and
// `Deleted: <diff id>` per layer of the default platform are printed. With -f an error is
// logged and the next request is tried; without, it ends the command.

import type { NamespacedClient, ImageRecord } from '../../../containerd/client/index';
import { DEFAULT_PLATFORM } from '../../../oci/platform';
import { clientOf, type NerdctlCommand, type NerdctlContext } from '../nerdctl-env';
import { readConfig } from './image-info';
import { walkImages } from './image-walker';

function diffIdsOf(client: NamespacedClient, image: ImageRecord): string[] {
  return readConfig(client, image.target, DEFAULT_PLATFORM).config.rootfs?.diff_ids ?? [];
}

async function rmiAction(c: NerdctlContext): Promise<void> {
  const force = c.bool('force');
  const client = clientOf(c);
  const used = new Set(client.containers.list().map((ctr) => ctr.image));
  for (const req of c.args) {
    try {
      const found = walkImages(client, req);
      if (found.length === 0) throw new Error(`no such image ${req}`);
      for (const image of found) {
        if (found.length > 1) throw new Error(`multiple IDs found with provided prefix: ${req}`);
        if (used.has(image.name) && !force) throw new Error(`conflict: unable to remove repository reference ${JSON.stringify(req)} (must force)`);
        let digests: string[] = [];
        try {
          digests = diffIdsOf(client, image);
        } catch (err) {
          c.env.log.warn('failed to enumerate rootfs', { error: (err as Error).message });
        }
        client.images.delete(image.name, { synchronous: !c.bool('async') });
        c.io.stdout(`Untagged: ${image.name}@${image.target.digest}\n${digests.map((d) => `Deleted: ${d}\n`).join('')}`);
      }
    } catch (err) {
      if (!force) throw err;
      c.env.log.error((err as Error).message);
    }
  }
}

const flags = [
  { names: ['force', 'f'], kind: 'bool' as const, usage: 'Force removal of the image' },
  { names: ['async'], kind: 'bool' as const, usage: 'Asynchronous mode' },
];

export const rmiCommand: NerdctlCommand = {
  name: 'rmi',
  argsUsage: '[flags] IMAGE [IMAGE, ...]',
  usage: 'Remove one or more images',
  args: { min: 1 },
  flags,
  action: rmiAction,
};

export const imageRmCommand: NerdctlCommand = { ...rmiCommand, name: 'rm', aliases: ['remove'] };
