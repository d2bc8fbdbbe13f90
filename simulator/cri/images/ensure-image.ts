// What the rest of the CRI plugin asks of its images: criService.localResolve (CreateContainer's
// "resolve image") and ensureImageExists (RunPodSandbox pulls the sandbox image,
// registry.k8s.io/pause:3.6, the first time it is needed), containerd 1.6 pkg/cri/server/helpers.go.

import { ContainerdError } from '../../errdefs/errdefs';
import type { PodSandboxConfig } from '../api/runtime-v1';
import type { CriCall } from '../api/services';
import type { CriContext } from '../context';
import { findLocal, listCriImages, resolveLocal, type CriImage } from './image-store';
import { pullImage } from './pull-image';

export type { CriImage };

/** localResolve: the image `refOrId` names. Throws notFound (`not found`) or ambiguity errors. */
export function resolveImage(ctx: CriContext, refOrId: string): CriImage {
  return resolveLocal(ctx, refOrId);
}

/**
 * ensureImageExists(ref, sandboxConfig): the image if present, else pulled. Throws
 * `failed to get image "<ref>": …` or `failed to pull image "<ref>": <PullImage's error>`
 * (the caller adds its own context, e.g. `failed to get sandbox image "…"`).
 */
export async function ensureImage(ctx: CriContext, ref: string, call?: CriCall, sandboxConfig?: PodSandboxConfig): Promise<CriImage> {
  let local;
  try {
    local = findLocal(ctx, ref);
  } catch (err) {
    throw wrap(err, `failed to get image ${JSON.stringify(ref)}`);
  }
  if (local) return local;
  let imageRef: string;
  try {
    ({ imageRef } = await pullImage(ctx, { image: { image: ref }, ...(sandboxConfig ? { sandboxConfig } : {}) }, call));
  } catch (err) {
    throw wrap(err, `failed to pull image ${JSON.stringify(ref)}`);
  }
  const pulled = listCriImages(ctx).find((i) => i.id === imageRef);
  if (!pulled) throw new ContainerdError('not found', `failed to get image ${JSON.stringify(imageRef)} after pulling: not found`);
  return pulled;
}

function wrap(err: unknown, context: string): unknown {
  return err instanceof ContainerdError ? new ContainerdError(err.errClass, `${context}: ${err.message}`) : err;
}
