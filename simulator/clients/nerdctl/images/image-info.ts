// What nerdctl reads of an image for one platform on the caller's side: its config (the OCI
// image config JSON), its rootfs chain ID (identity.ChainID of the diff IDs), and the size of
// its unpacked snapshots — Usage of the chain's top snapshot plus each parent's
// (images.go:337-383@v0.22.2 unpackedImageSize; 0 when it is not unpacked).

import type { NamespacedClient } from '../../../containerd/client/index';
import { sha256HexOfBinary } from '../../../host/native-codecs';
import type { Descriptor, Platform } from '../../../oci/descriptor';
import { onlyPlatforms } from '../../../oci/platform';

/** The parts of an OCI image config nerdctl shows. */
export interface ImageConfigDoc {
  created?: string;
  author?: string;
  architecture?: string;
  os?: string;
  variant?: string;
  config?: Record<string, unknown>;
  rootfs?: { type?: string; diff_ids?: string[] };
  history?: Array<{ created?: string; created_by?: string; empty_layer?: boolean; comment?: string; author?: string }>;
}

/** An ocispec.History entry's fields in struct order, the empty ones left out (each is omitempty). */
export function historyFields(h: NonNullable<ImageConfigDoc['history']>[number]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (h.created) out.created = h.created;
  if (h.created_by) out.created_by = h.created_by;
  if (h.author) out.author = h.author;
  if (h.comment) out.comment = h.comment;
  if (h.empty_layer) out.empty_layer = true;
  return out;
}

/** image.Config + ReadBlob + Unmarshal. Throws notFound when the platform's blobs are absent. */
export function readConfig(client: NamespacedClient, target: Descriptor, platform: Platform): { descriptor: Descriptor; config: ImageConfigDoc } {
  const descriptor = client.images.config(target, onlyPlatforms([platform]));
  const blob = client.content.read(descriptor.digest);
  return { descriptor, config: JSON.parse(blob.data ?? '{}') as ImageConfigDoc };
}

/** identity.ChainID: each step sha256("<previous> <diffID>"). */
export function chainIdOf(diffIds: readonly string[]): string {
  let chain = '';
  for (const d of diffIds) chain = chain === '' ? d : `sha256:${sha256HexOfBinary(`${chain} ${d}`)}`;
  return chain;
}

/** unpackedImageSize: the chain's snapshots' usage, 0 when the top one is absent. */
export function unpackedSize(client: NamespacedClient, snapshotter: string, diffIds: readonly string[]): number {
  const sn = client.snapshots.service(snapshotter);
  let key = chainIdOf(diffIds);
  if (key === '') return 0;
  try {
    sn.stat(key);
  } catch {
    return 0;
  }
  let total = 0;
  while (key !== '') {
    total += sn.usage(key).size;
    key = sn.stat(key).parent;
  }
  return total;
}
