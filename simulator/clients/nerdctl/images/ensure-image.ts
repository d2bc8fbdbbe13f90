// imgutil.EnsureImage and PullImage (pkg/imgutil/imgutil.go:92-268@v0.22.2) with pull.Pull
// (pkg/imgutil/pull/pull.go): the reference normalized (`nginx:alpine` →
// docker.io/library/nginx:alpine), the hosts from dockerconfigresolver, then containerd's
// fetch with ctr's ShowProgress on stderr (ctrcontent.ShowProgress: redrawn every 100 ms on a
// terminal, the last frame through a pipe), and for a single platform the unpack (client.Pull
// WithPullUnpack). A refused connection or an HTTP answer to HTTPS falls back to plain http
// with --insecure-registry, else logs the hint. `run` and `create` call ensureImage with
// mode "missing".

import { ContainerdError } from '../../../errdefs/errdefs';
import { fetchThroughHosts, RegistryError, type FetchResult, type ImageRecord } from '../../../containerd/client/index';
import type { Platform } from '../../../oci/descriptor';
import { formatPlatform, onlyPlatforms, parsePlatform, DEFAULT_PLATFORM } from '../../../oci/platform';
import { playPullProgress } from '../../ctr/images/pull-display';
import { clientOf, globalOptions, type NerdctlContext } from '../nerdctl-env';
import { domainOf, normalizeRef, parseRef } from './reference';
import { isHttpsFailure, registryHostsFor } from './resolver';
import { walkImages } from './image-walker';

export type PullMode = 'always' | 'missing' | 'never';

export interface EnsuredImage {
  ref: string;
  image: ImageRecord;
  platform: Platform;
}

/**
 * platformutil.NewOCISpecPlatformSlice: --all-platforms → [] (every platform), else the
 * given ones (a comma list allowed), else the node's own. Throws platforms.Parse's errors.
 */
export function ociPlatforms(all: boolean, specs: readonly string[]): Platform[] {
  if (all) return [];
  const wanted = specs.flatMap((s) => s.split(',')).filter((s) => s !== '');
  if (wanted.length === 0) return [DEFAULT_PLATFORM];
  const seen = new Set<string>();
  const out: Platform[] = [];
  for (const s of wanted) {
    const p = parsePlatform(s);
    const key = formatPlatform(p);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  }
  return out;
}

/** strutil.ParseBoolOrAuto: "auto" (or "") is undefined. */
export function parseBoolOrAuto(s: string): boolean | undefined {
  if (s === '' || s === 'auto') return undefined;
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  throw new Error(`strconv.ParseBool: parsing ${JSON.stringify(s)}: invalid syntax`);
}

/** PullImage: fetch through the hosts, progress unless quiet, unpack for one platform. */
async function pullImage(c: NerdctlContext, ref: string, domain: string, platforms: Platform[], unpack: boolean | undefined, quiet: boolean, plainHttp: boolean): Promise<EnsuredImage> {
  const client = clientOf(c);
  const unpackB = unpack ?? platforms.length === 1;
  if (unpack === true && platforms.length !== 1) throw new Error('unpacking requires a single platform to be specified (e.g., --platform=amd64)');
  const matcher = platforms.length === 0 ? undefined : onlyPlatforms(platforms);
  let fetched: FetchResult;
  try {
    // The resolver configures its hosts when it resolves: their errors are resolve errors.
    const hosts = registryHostsFor(c, domain, { skipVerify: globalOptions(c).insecureRegistry, plainHttp });
    fetched = fetchThroughHosts(client.transfer, ref, hosts, { matcher }, (l) => c.env.log.info(l.message, l.fields));
  } catch (err) {
    if (err instanceof RegistryError || !(err instanceof ContainerdError)) throw new Error(`failed to resolve reference ${JSON.stringify(ref)}: ${(err as Error).message}`);
    throw err;
  }
  const platform = platforms[0] ?? DEFAULT_PLATFORM;
  let unpackMs = 0;
  if (unpackB) {
    c.env.log.debug(`The image will be unpacked for platform ${JSON.stringify(formatPlatform(platform))}, snapshotter ${JSON.stringify(globalOptions(c).snapshotter)}.`);
    client.images.unpack(fetched.image, globalOptions(c).snapshotter, onlyPlatforms([platform]));
    const newBytes = fetched.jobs.filter((j) => !j.existed).reduce((n, j) => n + j.descriptor.size, 0);
    unpackMs = 2 + Math.round(newBytes / 40_000);
  }
  if (!quiet) await playPullProgress(c.env.node, c.io, ref, fetched.jobs, (text) => c.io.stderr(text), unpackMs);
  else await c.io.pace(unpackMs + 100);
  return { ref, image: fetched.image, platform };
}

/** GetExistingImage: the first image the walker finds that has this platform's config. */
function existingImage(c: NerdctlContext, rawRef: string, platform: Platform): EnsuredImage | undefined {
  const client = clientOf(c);
  for (const image of walkImages(client, rawRef)) {
    try {
      client.images.config(image.target, onlyPlatforms([platform]));
    } catch {
      continue;
    }
    if (!client.images.isUnpacked(image, globalOptions(c).snapshotter)) client.images.unpack(image, globalOptions(c).snapshotter, onlyPlatforms([platform]));
    return { ref: image.name, image, platform };
  }
  return undefined;
}

/**
 * EnsureImage. Throws Error with nerdctl's texts (`failed to resolve reference "…": …`, the
 * reference parser's, `image "x" is not available` for mode never).
 */
export async function ensureImage(c: NerdctlContext, rawRef: string, platforms: Platform[], mode: PullMode, unpack: boolean | undefined, quiet: boolean): Promise<EnsuredImage> {
  const first = platforms[0];
  if (mode !== 'always' && platforms.length === 1 && first) {
    const found = existingImage(c, rawRef, first);
    if (found) return found;
  }
  if (mode === 'never') throw new Error(`image ${JSON.stringify(rawRef)} is not available`);
  const ref = normalizeRef(rawRef);
  const domain = domainOf(parseRef(rawRef));
  const insecure = globalOptions(c).insecureRegistry;
  if (insecure) c.env.log.warn(`skipping verifying HTTPS certs for ${JSON.stringify(domain)}`);
  try {
    return await pullImage(c, ref, domain, platforms, unpack, quiet, false);
  } catch (err) {
    if (!isHttpsFailure(err)) throw err;
    const message = err instanceof Error ? err.message : String(err);
    if (insecure) {
      c.env.log.warn(`server ${JSON.stringify(domain)} does not seem to support HTTPS, falling back to plain HTTP`, { error: message });
      return pullImage(c, ref, domain, platforms, unpack, quiet, true);
    }
    c.env.log.error(`server ${JSON.stringify(domain)} does not seem to support HTTPS`, { error: message });
    c.env.log.info('Hint: you may want to try --insecure-registry to allow plain HTTP (if you are in a trusted network)');
    throw err;
  }
}
