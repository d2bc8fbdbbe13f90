// criService.PullImage (containerd 1.6 pkg/cri/server/image_pull.go): normalize the name
// (`nginx:1.25` → docker.io/library/nginx:1.25), pull it with the containerd client into
// k8s.io (the host's platform, unpacked into overlayfs, labelled io.cri-containerd.image=managed),
// then make sure the image id, the tag and the repo digest all name it. The answer is the
// image id, the config digest.

import { RegistryError, type FetchJob, type FetchResult, type ImageRecord } from '../../containerd/client/index';
import { ContainerdError, isAlreadyExists } from '../../errdefs/errdefs';
import { randomInt } from '../../host/random';
import { isLayerType } from '../../oci/media-types';
import { defaultMatcher } from '../../oci/platform';
import type { AuthConfig, PodSandboxConfig } from '../api/runtime-v1';
import type { CriCall } from '../api/services';
import type { CriContext } from '../context';
import { formatNamed, parseDockerRef, type NamedReference } from './docker-reference';
import { parseAuth } from './registry-auth';
import { registryHosts } from '../registry/registry-hosts';

const IMAGE_LABEL_KEY = 'io.cri-containerd.image';
const IMAGE_LABEL_VALUE = 'managed';
/** The CRI config's default snapshotter (containerd.snapshotter). */
const SNAPSHOTTER = 'overlayfs';

export interface PullRequest {
  image: { image: string };
  auth?: AuthConfig;
  sandboxConfig?: PodSandboxConfig;
}

/**
 * The resolver's walk over registryHosts (remotes/docker/resolver.go:272-346): each host in
 * turn; a 404 moves on silently, any other failure is remembered (the first one is what the
 * pull fails with) and moves on too. Throws RegistryError / ContainerdError.
 */
function fetchFromHosts(ctx: CriContext, ref: string, named: NamedReference, auth: AuthConfig | undefined): FetchResult {
  const domain = named.name.slice(0, named.name.indexOf('/'));
  let firstErr: Error | undefined;
  for (const host of registryHosts(ctx.node, ctx.node.state.cri.registry, domain, auth)) {
    try {
      const creds = parseAuth(host.auth, host.host);
      const user = creds.username === '' && creds.secret === '' ? undefined : `${creds.username}:${creds.secret}`;
      return ctx.k8s.transfer.fetch(ref, {
        remote: user === undefined ? host.remote : { ...host.remote, user },
        matcher: defaultMatcher,
        labels: { [IMAGE_LABEL_KEY]: IMAGE_LABEL_VALUE },
        register: false,
      });
    } catch (err) {
      if (!(err instanceof ContainerdError)) throw err;
      if (err.errClass !== 'not found') firstErr ??= err;
    }
  }
  throw firstErr ?? new RegistryError(`${ref}: not found`, undefined, 'not found');
}

/** getRepoDigestAndTag (schema 2 images): the tag if the ref had one, name@<manifest digest>. */
function repoDigestAndTag(named: NamedReference, targetDigest: string): { repoTag: string; repoDigest: string } {
  const repoTag = named.digest === '' ? formatNamed(named) : '';
  const repoDigest = named.digest !== '' ? formatNamed(named) : `${named.name}@${targetDigest}`;
  return { repoTag, repoDigest };
}

/** createImageReference: create `name` → target, or update its target and managed label. */
function createImageReference(ctx: CriContext, name: string, target: ReturnType<CriContext['k8s']['images']['get']>['target']): void {
  const images = ctx.k8s.images;
  const labels = { [IMAGE_LABEL_KEY]: IMAGE_LABEL_VALUE };
  // A fresh pull names three new images: looked up without building a not-found error each.
  const old = images.find(name);
  if (!old) {
    images.create({ name, target: { ...target }, labels });
    return;
  }
  if (old.target.digest === target.digest && old.labels[IMAGE_LABEL_KEY] === IMAGE_LABEL_VALUE) return;
  images.update({ name, target: { ...target }, labels }, ['target', `labels.${IMAGE_LABEL_KEY}`]);
}

/** client.createNewImage: Create, or on AlreadyExists replace the whole record (Update, no paths). */
function createNewImage(ctx: CriContext, image: ImageRecord): void {
  const input = { name: image.name, target: { ...image.target }, labels: { ...image.labels } };
  try {
    ctx.k8s.images.create(input);
  } catch (err) {
    if (!isAlreadyExists(err)) throw err;
    ctx.k8s.images.update(input);
  }
}

/**
 * How long the pull takes on the node's link (about 8–24 MiB/s): resolving, the small blobs one
 * after the other, the new layers together, then applying them. Seeded, so replays agree.
 */
function pullMs(ctx: CriContext, jobs: readonly FetchJob[]): number {
  const r = ctx.node.state.random;
  let ms = randomInt(r, 250, 900);
  const bandwidth = (randomInt(r, 8, 24) * 1024 * 1024) / 1000;
  let layerBytes = 0;
  for (const job of jobs) {
    if (job.existed) continue;
    if (isLayerType(job.descriptor.mediaType)) layerBytes += job.descriptor.size;
    else ms += randomInt(r, 40, 160);
  }
  if (layerBytes > 0) ms += randomInt(r, 30, 120) + layerBytes / bandwidth;
  return Math.round(ms + 2 + layerBytes / 40_000);
}

/** PullImage. Throws errdefs errors with the plugin's texts (classes from the registry's). */
export async function pullImage(ctx: CriContext, req: PullRequest, call?: CriCall): Promise<{ imageRef: string }> {
  const imageRef = req.image.image;
  let named: NamedReference;
  try {
    named = parseDockerRef(imageRef);
  } catch (err) {
    throw new ContainerdError('unknown', `failed to parse image reference ${JSON.stringify(imageRef)}: ${(err as Error).message}`);
  }
  const ref = formatNamed(named);
  const failed = (err: unknown): Error => {
    if (!(err instanceof ContainerdError)) return err as Error;
    return new ContainerdError(err.errClass, `failed to pull and unpack image ${JSON.stringify(ref)}: ${err.message}`);
  };
  const { images } = ctx.k8s;
  let fetched;
  try {
    fetched = fetchFromHosts(ctx, ref, named, req.auth);
  } catch (err) {
    // client.Pull wraps everything its resolver says as a resolve failure.
    if (err instanceof RegistryError || err instanceof ContainerdError) {
      throw failed(new ContainerdError(err.errClass, `failed to resolve reference ${JSON.stringify(ref)}: ${err.message}`));
    }
    throw err;
  }
  // client.Pull (pull.go:96-121): the layers are unpacked while fetching, and only then is the
  // image named (createNewImage), so a failed unpack leaves no record.
  try {
    images.unpack(fetched.image, SNAPSHOTTER, defaultMatcher, { snapshotRefLabels: true });
    createNewImage(ctx, fetched.image);
  } catch (err) {
    throw failed(err);
  }
  let imageId: string;
  try {
    imageId = images.config(fetched.image.target, defaultMatcher).digest;
  } catch (err) {
    throw err instanceof ContainerdError ? new ContainerdError(err.errClass, `get image config descriptor: ${err.message}`) : err;
  }
  const target = fetched.image.target;
  const { repoTag, repoDigest } = repoDigestAndTag(named, target.digest);
  for (const name of [imageId, repoTag, repoDigest]) {
    if (name === '') continue;
    try {
      createImageReference(ctx, name, target);
    } catch (err) {
      throw err instanceof ContainerdError ? new ContainerdError(err.errClass, `failed to create image reference ${JSON.stringify(name)}: ${err.message}`) : err;
    }
  }
  // The whole pull happens at once, then its time passes: nothing (a GC after a synchronous
  // delete) can meet the half-pulled blobs a real pull's lease protects.
  if (call?.wait) await call.wait(pullMs(ctx, fetched.jobs));
  return { imageRef: imageId };
}
