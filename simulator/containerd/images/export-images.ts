// client.Export (containerd 1.6 images/archive exporter): an OCI image layout in a tar —
// blobs/sha256/<hex> for every blob of the wanted platforms (sorted by digest), index.json
// naming each image, a Docker-compatible manifest.json with familiar RepoTags, and
// oci-layout — with the modes and zero times the real exporter writes.

import type { Node } from '../../node';
import type { ImageRecord } from '../metadata/schema';
import type { Descriptor } from '../../oci/descriptor';
import { writeTar, type TarEntry } from '../../host/tar';
import { isNotFound, notFound } from '../../errdefs/errdefs';
import { getBlob } from '../content/content-store';
import { childrenOf, manifestFor } from './image-walk';
import { isLayerType } from '../../oci/media-types';
import { defaultMatcher, type PlatformMatcher } from '../../oci/platform';
import { layerBytes } from '../../oci/archive/layer-payload';
import { familiarDockerRef } from '../../oci/archive/docker-ref';
import { parseReference } from '../../oci/reference';

export interface ExportOptions {
  allPlatforms?: boolean;
  matcher?: PlatformMatcher;
  skipManifestJson?: boolean;
}

function utf8Binary(text: string): string {
  let out = '';
  for (const b of new TextEncoder().encode(text)) out += String.fromCharCode(b);
  return out;
}

/**
 * The exporter's org.opencontainers.image.ref.name: the object of reference.Parse (the tag,
 * or "" without one), or the whole name when containerd's parser rejects it ("bb:unc" reads
 * as a host with a bad port).
 */
function ociRefName(name: string): string {
  try {
    return parseReference(name).object;
  } catch {
    return name;
  }
}

function descriptorJson(d: Descriptor, annotations: Record<string, string>): string {
  const keys = Object.keys(annotations).sort();
  const ann = keys.map((k) => `${JSON.stringify(k)}:${JSON.stringify(annotations[k])}`).join(',');
  return `{"mediaType":${JSON.stringify(d.mediaType)},"digest":"${d.digest}","size":${d.size},"annotations":{${ann}}}`;
}

/** The archive for `images` of `ns` as a binary string. Throws notFound for missing blobs. */
export function exportImages(node: Node, ns: string, images: readonly ImageRecord[], options: ExportOptions = {}): string {
  const matcher = options.allPlatforms ? undefined : (options.matcher ?? defaultMatcher);
  const blobs = new Map<string, string>();
  const visit = (desc: Descriptor): void => {
    if (blobs.has(desc.digest)) return;
    const blob = getBlob(node, ns, desc.digest);
    blobs.set(desc.digest, isLayerType(desc.mediaType) || blob.data === undefined ? layerBytes(blob) : utf8Binary(blob.data));
    for (const child of childrenOf(node, ns, desc)) {
      if (child.platform && matcher && !matcher(child.platform)) continue;
      visit(child);
    }
  };
  const indexEntries: string[] = [];
  const dockerEntries: Array<{ config: string; tags: string[]; layers: string[] }> = [];
  for (const image of images) {
    visit(image.target);
    const annotations: Record<string, string> = { 'io.containerd.image.name': image.name };
    annotations['org.opencontainers.image.ref.name'] = ociRefName(image.name);
    indexEntries.push(descriptorJson(image.target, annotations));
    if (options.skipManifestJson) continue;
    let manifest;
    try {
      manifest = manifestFor(node, ns, image.target, matcher ?? defaultMatcher).manifest;
    } catch (err) {
      if (isNotFound(err)) throw notFound('no manifest found for platform');
      throw err;
    }
    const config = `blobs/sha256/${manifest.config.digest.slice(7)}`;
    const existing = dockerEntries.find((e) => e.config === config);
    const repoTag = familiarDockerRef(image.name) ?? '';
    if (existing) {
      if (repoTag) existing.tags.push(repoTag);
    } else {
      dockerEntries.push({ config, tags: repoTag ? [repoTag] : [], layers: manifest.layers.map((l) => `blobs/sha256/${l.digest.slice(7)}`) });
    }
  }
  const entries: TarEntry[] = [
    { name: 'blobs/', kind: 'dir', mode: 0o755 },
    { name: 'blobs/sha256/', kind: 'dir', mode: 0o755 },
  ];
  for (const digest of [...blobs.keys()].sort()) {
    entries.push({ name: `blobs/sha256/${digest.slice(7)}`, kind: 'file', mode: 0o444, content: blobs.get(digest) ?? '' });
  }
  entries.push({ name: 'index.json', kind: 'file', mode: 0o644, content: utf8Binary(`{"schemaVersion":2,"manifests":[${indexEntries.join(',')}]}`) });
  if (!options.skipManifestJson) {
    const json = dockerEntries.map((e) => {
      const tags = e.tags.length > 0 ? `,"RepoTags":${JSON.stringify(e.tags)}` : '';
      return `{"Config":${JSON.stringify(e.config)}${tags},"Layers":${JSON.stringify(e.layers)}}`;
    });
    entries.push({ name: 'manifest.json', kind: 'file', mode: 0o644, content: utf8Binary(`[${json.join(',')}]`) });
  }
  entries.push({ name: 'oci-layout', kind: 'file', mode: 0o444, content: '{"imageLayoutVersion":"1.0.0"}' });
  return writeTar(entries);
}
