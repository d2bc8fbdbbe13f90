// remotes.MakeRefKey: how transfers are named in ctr's progress rows — a kind prefix
// (index-, manifest-, layer-, config-) and the digest, with the descriptor's
// org.opencontainers.image.ref.name in front of it when it has one (`manifest-alpine@sha256:…`).

import type { Descriptor } from '../../../oci/descriptor';
import { isConfigType, isIndexType, isLayerType, isManifestType } from '../../../oci/media-types';

export function makeRefKey(desc: Descriptor): string {
  const name = desc.annotations?.['org.opencontainers.image.ref.name'];
  const key = name ? `${name}@${desc.digest}` : desc.digest;
  if (isManifestType(desc.mediaType)) return `manifest-${key}`;
  if (isIndexType(desc.mediaType)) return `index-${key}`;
  if (isLayerType(desc.mediaType)) return `layer-${key}`;
  if (isConfigType(desc.mediaType)) return `config-${key}`;
  return `unknown-${key}`;
}
