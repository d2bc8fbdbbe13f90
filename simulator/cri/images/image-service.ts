// The CRI plugin's ImageService (containerd 1.6 pkg/cri/server/image_*.go, imagefs_info.go):
// pull into k8s.io, list and inspect the images grouped by id, remove every name of an image,
// and the image filesystem's usage. Not-found is no error for status and remove (CRI's
// contract: the answer has no image, the removal is idempotent).

import { ContainerdError, isNotFound } from '../../errdefs/errdefs';
import type { ImageService } from '../api/services';
import type { CriContext } from '../context';
import { imageFsInfo } from './imagefs-info';
import { listCriImages, resolveLocal, type CriImage } from './image-store';
import { pullImage } from './pull-image';
import { toCriImage, verboseImageInfo } from './to-cri-image';

/** localResolve for status and remove: undefined when absent, other failures wrapped. */
function resolveOrAbsent(ctx: CriContext, ref: string): CriImage | undefined {
  try {
    return resolveLocal(ctx, ref);
  } catch (err) {
    if (isNotFound(err)) return undefined;
    if (err instanceof ContainerdError) throw new ContainerdError(err.errClass, `can not resolve ${JSON.stringify(ref)} locally: ${err.message}`);
    throw err;
  }
}

export function imageService(ctx: CriContext): ImageService {
  return {
    // ListImages ignores the request's filter in containerd 1.6.20 (image_list.go:29-39).
    listImages: () => Promise.resolve({ images: listCriImages(ctx).map(toCriImage) }),

    imageStatus: (req) => {
      try {
        const image = resolveOrAbsent(ctx, req.image.image);
        if (!image) return Promise.resolve({ info: {} });
        return Promise.resolve({ image: toCriImage(image), info: verboseImageInfo(image, req.verbose === true) });
      } catch (err) {
        return Promise.reject(err);
      }
    },

    pullImage: (req, call) => pullImage(ctx, req, call),

    removeImage: (req) => {
      try {
        const image = resolveOrAbsent(ctx, req.image.image);
        if (!image) return Promise.resolve();
        const images = ctx.k8s.images;
        image.references.forEach((ref, i) => {
          try {
            // The last name's delete waits for the garbage collector (SynchronousDelete).
            images.delete(ref, { synchronous: i === image.references.length - 1 });
          } catch (err) {
            if (isNotFound(err)) return;
            if (err instanceof ContainerdError) {
              throw new ContainerdError(err.errClass, `failed to delete image reference ${JSON.stringify(ref)} for ${JSON.stringify(image.id)}: ${err.message}`);
            }
            throw err;
          }
        });
        return Promise.resolve();
      } catch (err) {
        return Promise.reject(err);
      }
    },

    imageFsInfo: () => {
      try {
        return Promise.resolve(imageFsInfo(ctx));
      } catch (err) {
        return Promise.reject(err);
      }
    },
  };
}
