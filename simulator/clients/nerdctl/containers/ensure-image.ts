// imgutil.EnsureImage as `nerdctl run` / `create` call it (run.go:697-714@v0.22.2): the images
// group's ensureImage (pull with the progress on stderr when missing, per --pull), for the
// node's platform or --platform's, then the image's unpacked config (Entrypoint, Cmd, Env,
// Volumes, StopSignal).

import type { Platform } from '../../../oci/descriptor';
import { onlyPlatforms } from '../../../oci/platform';
import type { ImageRecord, NamespacedClient, ResolvedImage } from '../../../containerd/client/index';
import { ensureImage as ensureImageOf, type PullMode } from '../images/ensure-image';
import { globalOptions, type NerdctlContext } from '../nerdctl-env';

export interface EnsuredImage {
  /** The normalized reference (docker.io/library/nginx:alpine). */
  ref: string;
  image: ImageRecord;
  resolved: ResolvedImage;
  snapshotter: string;
}

export async function ensureImage(c: NerdctlContext, client: NamespacedClient, rawRef: string, mode: string, platform: Platform): Promise<EnsuredImage> {
  if (mode !== 'always' && mode !== 'missing' && mode !== 'never') throw new Error(`unexpected pull mode: ${JSON.stringify(mode)}`);
  const ensured = await ensureImageOf(c, rawRef, [platform], mode as PullMode, undefined, false);
  const snapshotter = globalOptions(c).snapshotter;
  const resolved = client.images.unpack(ensured.image, snapshotter, onlyPlatforms([platform]));
  return { ref: ensured.ref, image: ensured.image, resolved, snapshotter };
}
