// client.Export (containerd 1.6 images/archive exporter): an OCI image layout in a tar —
// blobs/sha256/<hex> for every blob of the wanted platforms (sorted by digest), index.json
// naming each image, a Docker-compatible manifest.json with familiar RepoTags, and
// oci-layout — with the modes and zero times the real exporter writes.

import type { Node } from '../../node';
import type { ImageRecord } from '../metadata/schema';
import type { Descriptor } from '../../oci/descriptor';
import { writeTar, type TarEntry } from '../../host/tar';
import { invalidArgument, notFound, wrapf } from '../../errdefs/errdefs';
import { getBlob, readBlobText } from '../content/content-store';
import { childrenOf } from './image-walk';
import { parseManifest } from '../../oci/documents';
import { isIndexType, isLayerType, isManifestType } from '../../oci/media-types';
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

/**
 * The archive for `images` of `ns` as a binary string, as archive.Export of 1.6.20 builds it:
 * a manifest target is walked whole; an index target keeps the manifests of the wanted
 * platform (all of them with allPlatforms) and walks each of those whole — an index inside
 * is not filtered again, so a missing blob of another platform there fails the export. The
 * Docker manifest.json gets an entry per manifest target even with skipManifestJson (only its
 * names are skipped: `"RepoTags":null`), and one per index target only without it.
 * Throws notFound for a missing manifest or index blob, or no manifest for the platform.
 */
export function exportImages(node: Node, ns: string, images: readonly ImageRecord[], options: ExportOptions = {}): string {
  const matcher = options.matcher ?? defaultMatcher;
  const skip = options.skipManifestJson === true;
  // blobRecord: a blob is read when the tar is written, after the walk (exporter.go:174), so a
  // missing layer or config fails as `failed to get reader: …` once every manifest was found.
  const blobs = new Map<string, Descriptor>();
  const record = (desc: Descriptor): void => {
    if (!blobs.has(desc.digest)) blobs.set(desc.digest, desc);
  };
  const bytesOf = (desc: Descriptor): string => {
    let blob;
    try {
      blob = getBlob(node, ns, desc.digest);
    } catch (err) {
      throw wrapf(err, 'failed to get reader');
    }
    return isLayerType(desc.mediaType) || blob.data === undefined ? layerBytes(blob) : utf8Binary(blob.data);
  };
  // getRecords: images.Walk with the plain ChildrenHandler, no platform filter.
  const walk = (desc: Descriptor): void => {
    const children = childrenOf(node, ns, desc);
    record(desc);
    for (const child of children) walk(child);
  };
  const indexEntries: string[] = [];
  const docker = new Map<string, { manifest: Descriptor; names: string[] }>();
  const resolvedIndex = new Map<string, string>();
  for (const image of images) {
    const target = image.target;
    const annotations: Record<string, string> = { 'io.containerd.image.name': image.name };
    annotations['org.opencontainers.image.ref.name'] = ociRefName(image.name);
    indexEntries.push(descriptorJson(target, annotations));
    if (isManifestType(target.mediaType)) {
      let entry = docker.get(target.digest);
      if (!entry) {
        walk(target);
        entry = { manifest: target, names: [] };
        docker.set(target.digest, entry);
      }
      if (!skip) entry.names.push(image.name);
      continue;
    }
    if (!isIndexType(target.mediaType)) throw invalidArgument('only manifests may be exported');
    let chosen = resolvedIndex.get(target.digest);
    if (chosen === undefined) {
      const manifests = childrenOf(node, ns, target);
      record(target);
      const wanted: Descriptor[] = [];
      for (const m of manifests) {
        if (!m.platform || !matcher || matcher(m.platform)) wanted.push(m);
        else if (!options.allPlatforms) continue;
        walk(m);
      }
      chosen = '';
      if (!skip) {
        const first = wanted[0];
        if (first) {
          chosen = first.digest;
          docker.set(chosen, { manifest: first, names: [] });
        } else {
          throw notFound('no manifest found for platform');
        }
      }
      resolvedIndex.set(target.digest, chosen);
    }
    if (chosen !== '') docker.get(chosen)?.names.push(image.name);
  }
  const entries: TarEntry[] = [
    { name: 'blobs/', kind: 'dir', mode: 0o755 },
    { name: 'blobs/sha256/', kind: 'dir', mode: 0o755 },
  ];
  for (const [digest, desc] of [...blobs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    entries.push({ name: `blobs/sha256/${digest.slice(7)}`, kind: 'file', mode: 0o444, content: bytesOf(desc) });
  }
  entries.push({ name: 'index.json', kind: 'file', mode: 0o644, content: utf8Binary(`{"schemaVersion":2,"manifests":[${indexEntries.join(',')}]}`) });
  if (docker.size > 0) {
    // (Go ranges over a map here, so with several entries the real order varies run to run.)
    const json = [...docker.values()].map(({ manifest, names }) => {
      const m = parseManifest(readBlobText(node, ns, manifest.digest));
      const path = (d: Descriptor) => `blobs/sha256/${d.digest.slice(7)}`;
      const tags = names.flatMap((n) => familiarDockerRef(n) ?? []);
      return `{"Config":${JSON.stringify(path(m.config))},"RepoTags":${tags.length > 0 ? JSON.stringify(tags) : 'null'},"Layers":${m.layers.length > 0 ? JSON.stringify(m.layers.map(path)) : 'null'}}`;
    });
    entries.push({ name: 'manifest.json', kind: 'file', mode: 0o644, content: utf8Binary(`[${json.join(',')}]`) });
  }
  entries.push({ name: 'oci-layout', kind: 'file', mode: 0o444, content: '{"imageLayoutVersion":"1.0.0"}' });
  return writeTar(entries);
}
