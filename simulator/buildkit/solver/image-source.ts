// FROM's image, as buildkit's OCI worker gets it: straight from the registry (the worker has
// its own content store; it never sees containerd's images, so `FROM` of an image only built
// or pulled into containerd fails as on a real node). ResolveImageConfig gives the digest and
// config; the layers are pulled (and kept) when the step runs.

import type { Node } from '../../node';
import type { Descriptor, Platform } from '../../oci/descriptor';
import { fetchBlob, resolveRemote } from '../../registry/remote';
import { isIndexType } from '../../oci/media-types';
import { parseImageConfig, parseIndex, parseManifest, type OciImageConfig } from '../../oci/documents';
import { normalizeDockerRef } from '../../oci/archive/docker-ref';
import { onlyPlatforms } from '../../oci/platform';

export interface ResolvedImage {
  /** reference.TagNameOnly of the name: docker.io/library/nginx:alpine. */
  name: string;
  /** The digest the name resolved to (the index's or manifest's). */
  digest: string;
  manifestDigest: string;
  configText: string;
  config: OciImageConfig;
  layers: Descriptor[];
}

/** ResolveImageConfig. Throws the registry's error (RegistryError message) as is. */
export function resolveImage(node: Node, ref: string, platform: Platform): ResolvedImage {
  const name = normalizeDockerRef(ref).name;
  const resolved = resolveRemote(node, name);
  let manifestDesc = resolved.descriptor;
  if (isIndexType(manifestDesc.mediaType)) {
    const index = parseIndex(fetchBlob(node, manifestDesc).data ?? '');
    const match = onlyPlatforms([platform]);
    const found = index.manifests.find((m) => m.platform !== undefined && match?.(m.platform));
    if (!found) throw new Error(`no match for platform in manifest ${manifestDesc.digest}: not found`);
    manifestDesc = found;
  }
  const manifest = parseManifest(fetchBlob(node, manifestDesc).data ?? '');
  const configText = fetchBlob(node, manifest.config).data ?? '';
  return {
    name,
    digest: resolved.descriptor.digest,
    manifestDigest: manifestDesc.digest,
    configText,
    config: parseImageConfig(configText),
    layers: manifest.layers,
  };
}
