// `crictl rmi IMAGE-ID [IMAGE-ID...]` (cmd/crictl/image.go:315-437 @v1.26.0): each argument is
// checked with ImageStatus (`no such image <id>` on stderr when absent), then removed —
// which in CRI removes every name of the image — and each of its tags (or, untagged, its
// digests) is printed as `Deleted: …`. -a adds every image; --prune (-q) every image no
// container uses. Any failure ends with `unable to remove the image(s)`.
//
// Go iterates the ids in a map's random order; here in the order they were given or listed.

import { logrusLine } from '../../../cli/logrus';
import { plain } from '../../../errdefs/errdefs';
import type { Image } from '../../../cri/index';
import { imageServiceOf, rpcErrorText, runtimeServiceOf, type CrictlCommand, type CrictlContext } from '../crictl-env';
import { imageStatus, removeImage } from './image-rpcs';

/** logrus.Info (crictl's own logger, at the start of the command). */
function info(c: CrictlContext, message: string): void {
  c.io.stderr(logrusLine('info', message, {}, { tty: c.io.isTTY, nowMs: c.env.node.nowMs(), elapsedSeconds: 0 }));
}

export const rmiCommand: CrictlCommand = {
  name: 'rmi',
  usage: 'Remove one or more images',
  argsUsage: 'IMAGE-ID [IMAGE-ID...]',
  shortOptionHandling: true,
  flags: [
    { names: ['all', 'a'], kind: 'bool', usage: 'Remove all images' },
    { names: ['prune', 'q'], kind: 'bool', usage: 'Remove all unused images' },
  ],
  action: async (c) => {
    const service = await imageServiceOf(c);
    const ids = new Map<string, boolean>();
    for (const id of c.args) {
      c.env.log.debug(`User specified image to be removed: ${id}`);
      ids.set(id, true);
    }
    const all = c.bool('all');
    const prune = c.bool('prune');
    if (all || prune) {
      let images: Image[];
      try {
        ({ images } = await service.listImages({}));
      } catch (err) {
        throw plain(rpcErrorText(err));
      }
      for (const image of images) {
        c.env.log.debug(`Adding image to be removed: ${image.id}`);
        ids.set(image.id, true);
      }
    }
    if (prune) {
      const runtime = await runtimeServiceOf(c, 0);
      let containers;
      try {
        ({ containers } = await runtime.listContainers({}));
      } catch (err) {
        throw plain(rpcErrorText(err));
      }
      for (const container of containers) {
        const image = container.image.image;
        let status: Image | undefined;
        try {
          ({ image: status } = await imageStatus(c, service, image, false));
        } catch (err) {
          c.env.log.error(`image status request for ${JSON.stringify(image)} failed: ${rpcErrorText(err)}`);
          continue;
        }
        const id = status?.id ?? '';
        c.env.log.debug(`Excluding in use container image: ${id}`);
        ids.set(id, false);
      }
    }
    if (ids.size === 0) {
      info(c, 'No images to remove');
      return;
    }
    let errored = false;
    for (const [id, remove] of ids) {
      if (!remove) continue;
      let image: Image | undefined;
      try {
        ({ image } = await imageStatus(c, service, id, false));
      } catch (err) {
        c.env.log.error(`image status request for ${JSON.stringify(id)} failed: ${rpcErrorText(err)}`);
        errored = true;
        continue;
      }
      if (!image) {
        c.env.log.error(`no such image ${id}`);
        errored = true;
        continue;
      }
      try {
        await removeImage(c, service, id);
      } catch (err) {
        // Further errors are ignored on prune: another client may have raced it.
        if (!prune) {
          c.env.log.error(`error of removing image ${JSON.stringify(id)}: ${rpcErrorText(err)}`);
          errored = true;
        }
        continue;
      }
      const names = image.repoTags.length === 0 ? image.repoDigests : image.repoTags;
      for (const name of names) c.io.stdout(`Deleted: ${name}\n`);
    }
    if (errored) throw plain('unable to remove the image(s)');
  },
};
