// client.Fetch (containerd 1.6, as `ctr images pull` uses it): resolve the ref, walk the
// remote image for the wanted platforms, store every blob with its gc ref labels and a
// containerd.io/distribution.source.<host>=<repository> label, then create the image record
// (or replace it). Returns the jobs in the order ctr's progress display lists them.

import type { Node } from '../../node';
import type { ImageRecord } from '../metadata/schema';
import type { Blob } from '../../oci/blob';
import type { Descriptor } from '../../oci/descriptor';
import { hasContent, writeBlob } from '../content/content-store';
import { fetchBlob, RegistryError, resolveRemote, type RemoteOptions } from '../../registry/remote';
import { locatorHost, locatorRepository, parseReference } from '../../oci/reference';
import { childGcLabels } from './gc-labels';
import { putImage } from './image-store';
import { isIndexType, isManifestType } from '../../oci/media-types';
import { parseIndex, parseManifest } from '../../oci/documents';
import type { PlatformMatcher } from '../../oci/platform';

export interface FetchJob {
  descriptor: Descriptor;
  /** The blob was already in the namespace before this pull ("exists" in the display). */
  existed: boolean;
  /** Index of the job whose completion makes this one start (-1: starts at resolve). */
  parent: number;
}

export interface FetchResult {
  image: ImageRecord;
  jobs: FetchJob[];
}

export interface FetchOptions {
  remote: RemoteOptions;
  /** Platforms whose manifests (and layers) are fetched; undefined = all. */
  matcher: PlatformMatcher;
  /** --label key=value pairs for the image record. */
  labels?: Record<string, string>;
  /**
   * false: store the blobs but leave the image record to the caller, as client.Pull does when
   * it unpacks first and names the image after (pull.go createNewImage); `image` is then the
   * record to create, not yet stored (no times).
   */
  register?: boolean;
}

/**
 * Pulls `ref` into `ns` without unpacking. Throws RegistryError for resolve/fetch failures
 * (the caller prefixes `failed to resolve reference "<ref>": ` to resolve errors).
 */
export function fetchImage(node: Node, ns: string, ref: string, options: FetchOptions): FetchResult {
  let resolved;
  try {
    resolved = resolveRemote(node, ref, options.remote);
  } catch (err) {
    // Everything the resolver raises (parse errors included) is a resolve failure to ctr.
    if (err instanceof RegistryError) throw err;
    throw new RegistryError(err instanceof Error ? err.message : String(err));
  }
  const spec = parseReference(ref);
  const sourceLabel = { [`containerd.io/distribution.source.${locatorHost(spec.locator)}`]: locatorRepository(spec.locator) };
  const jobs: FetchJob[] = [];
  const writes: Array<{ blob: Blob; labels: Record<string, string> }> = [];
  const visit = (desc: Descriptor, parent: number): void => {
    const index = jobs.length;
    jobs.push({ descriptor: desc, existed: hasContent(node, ns, desc.digest), parent });
    const blob = fetchBlob(node, desc);
    let children: Descriptor[] = [];
    if (isIndexType(desc.mediaType)) {
      children = parseIndex(blob.data ?? '').manifests.filter((c) => !c.platform || !options.matcher || options.matcher(c.platform));
    } else if (isManifestType(desc.mediaType)) {
      const m = parseManifest(blob.data ?? '');
      // The display lists layers before the config: the config's handler runs last.
      children = [...m.layers, m.config];
      writes.push({ blob, labels: { ...childGcLabels([m.config, ...m.layers]), ...sourceLabel } });
      for (const child of children) visit(child, index);
      return;
    }
    writes.push({ blob, labels: { ...childGcLabels(children), ...sourceLabel } });
    for (const child of children) visit(child, index);
  };
  visit(resolved.descriptor, -1);
  // Children are committed before their parents, as the fetch handlers finish bottom-up.
  for (const { blob, labels } of writes.reverse()) writeBlob(node, ns, blob, labels);
  const record = { name: resolved.name, target: resolved.descriptor, labels: options.labels ?? {} };
  const image = options.register === false ? { ...record, createdAt: '', updatedAt: '' } : putImage(node, ns, record);
  return { image, jobs };
}
