// Reading an image archive (containerd's images/archive importer): an OCI image layout
// (oci-layout + index.json + blobs/sha256/…) or a `docker save` archive (manifest.json with
// RepoTags, config and layer files). Either way the result is a list of top-level
// descriptors, named by annotations, and a way to get each blob by digest.

import type { Blob } from '../blob';
import type { Descriptor, Platform } from '../descriptor';
import { normalizePlatform } from '../platform';
import { plain } from '../../errdefs/errdefs';
import { readTar, TarError, type TarEntry } from '../../host/tar';
import { binaryBytes, digestBinary } from '../digest';
import { MEDIA_TYPE, isCompressedLayer, isLayerType } from '../media-types';
import { decodeLayer } from './layer-payload';
import { normalizeDockerRef } from './docker-ref';

export interface ParsedArchive {
  /** The index.json (or synthesized) entries: what the archive names. */
  manifests: Descriptor[];
  /** Blob for a descriptor, or undefined when the archive lacks it. */
  blob(desc: Descriptor): Blob | undefined;
  /** The OCI layout's own index.json, or the index made for a docker archive, as a blob (for --index-name). */
  index?: Blob;
}

function textOf(binary: string): string {
  return new TextDecoder().decode(binaryBytes(binary));
}

function jsonBlob(mediaType: string, bytes: string): Blob {
  return { digest: digestBinary(bytes), size: bytes.length, mediaType, data: textOf(bytes) };
}

function byName(entries: TarEntry[]): Map<string, TarEntry> {
  const map = new Map<string, TarEntry>();
  for (const e of entries) map.set(e.name.replace(/^\.\//, ''), e);
  return map;
}

function parseJson<T>(bytes: string, what: string): T {
  try {
    return JSON.parse(textOf(bytes)) as T;
  } catch {
    throw plain(`failed to parse ${what}`);
  }
}

function ociLayout(files: Map<string, TarEntry>): ParsedArchive {
  const indexEntry = files.get('index.json');
  if (!indexEntry || indexEntry.content === undefined) throw plain('missing index.json in OCI layout 1.0.0');
  const index = parseJson<{ manifests?: Descriptor[] }>(indexEntry.content, 'index.json');
  const blob = (desc: Descriptor): Blob | undefined => {
    const e = files.get(`blobs/sha256/${desc.digest.replace(/^sha256:/, '')}`);
    if (!e || e.content === undefined) return undefined;
    if (isLayerType(desc.mediaType)) return { ...decodeLayer(e.content, desc.mediaType), digest: desc.digest, size: desc.size, mediaType: desc.mediaType };
    return { ...jsonBlob(desc.mediaType, e.content), digest: desc.digest };
  };
  return { manifests: index.manifests ?? [], blob, index: jsonBlob(MEDIA_TYPE.ociIndex, indexEntry.content) };
}

interface DockerManifestEntry {
  Config?: string;
  RepoTags?: string[] | null;
  Layers?: string[];
}

/**
 * Finds content to use in place of an uncompressed layer of a docker archive: the blob
 * labelled `containerd.io/uncompressed=<digest>` (see importImages' reusableLayer).
 */
export type LayerReuse = (uncompressedDigest: string) => Blob | undefined;

export interface ReadArchiveOptions {
  reuse?: LayerReuse;
}

/** Is this stored layer compressed? (compression.DetectCompression on its first bytes.) */
function isCompressedBlob(blob: Blob): boolean {
  if (blob.diffId !== undefined) return blob.diffId !== blob.digest;
  return isCompressedLayer(blob.mediaType);
}

/**
 * A docker archive's layer file as the importer sees it: a blob whose digest is that of the
 * file's bytes. The simulator's own layer tars stand for the uncompressed layer, so a
 * compressed one among them takes its uncompressed identity (diff ID and tar size).
 */
function dockerLayerBlob(content: string): Blob {
  const layer = decodeLayer(content, MEDIA_TYPE.dockerLayer);
  if (layer.rawDeflated === undefined && layer.diffId && layer.diffId !== layer.digest) {
    return { ...layer, digest: layer.diffId, size: layer.uncompressedSize ?? layer.size, mediaType: MEDIA_TYPE.dockerLayer };
  }
  return layer;
}

function dockerArchive(files: Map<string, TarEntry>, manifestEntry: TarEntry, reuse: LayerReuse): ParsedArchive {
  const entries = parseJson<DockerManifestEntry[]>(manifestEntry.content ?? '', 'manifest.json');
  const blobs = new Map<string, Blob>();
  const manifests: Descriptor[] = [];
  for (const m of entries) {
    const configEntry = files.get(m.Config ?? '');
    if (!configEntry || configEntry.content === undefined) throw plain(`image config ${JSON.stringify(m.Config ?? '')} not found`);
    const config = jsonBlob(MEDIA_TYPE.dockerConfig, configEntry.content);
    blobs.set(config.digest, config);
    const found: Blob[] = [];
    for (const path of m.Layers ?? []) {
      const e = files.get(path);
      if (!e || e.content === undefined) throw plain(`layer ${JSON.stringify(path)} not found`);
      found.push(dockerLayerBlob(e.content));
    }
    // resolveLayers: a blob already labelled as the compressed form of a layer replaces it.
    const layers: Descriptor[] = found.map((layer) => {
      const chosen = reuse(layer.digest) ?? layer;
      blobs.set(chosen.digest, chosen);
      const mediaType = isCompressedBlob(chosen) ? MEDIA_TYPE.dockerLayerGzip : MEDIA_TYPE.dockerLayer;
      return { mediaType, digest: chosen.digest, size: chosen.size };
    });
    const d = (x: Descriptor) => `{"mediaType":${JSON.stringify(x.mediaType)},"digest":"${x.digest}","size":${x.size}}`;
    const text =
      `{"schemaVersion":2,"mediaType":"${MEDIA_TYPE.dockerManifest}",` +
      `"config":${d({ mediaType: config.mediaType, digest: config.digest, size: config.size })},"layers":[${layers.map(d).join(',')}]}`;
    const manifest: Blob = { ...jsonBlob(MEDIA_TYPE.dockerManifest, text), data: text };
    blobs.set(manifest.digest, manifest);
    // images.Platforms of the new manifest: the config's own platform fields, normalized.
    const platform = configPlatform(configEntry.content);
    const desc: Descriptor = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.size, platform };
    const tags = m.RepoTags ?? [];
    if (tags.length === 0) manifests.push(desc);
    for (const tag of tags) {
      const normalized = normalizeDockerRef(tag);
      manifests.push({
        ...desc,
        annotations: { 'io.containerd.image.name': normalized.name, 'org.opencontainers.image.ref.name': normalized.tag },
      });
    }
  }
  // ImportIndex writes the index it made of the manifests (what --index-name keeps).
  const indexText = `{"schemaVersion":2,"manifests":[${manifests.map(goDescriptorJson).join(',')}]}`;
  return { manifests, blob: (desc) => blobs.get(desc.digest), index: { ...jsonBlob(MEDIA_TYPE.ociIndex, indexText), data: indexText } };
}

/** The platform a docker config names (json.Unmarshal into ocispec.Platform, then platforms.Normalize). */
function configPlatform(bytes: string): Platform {
  const c = parseJson<{ architecture?: unknown; os?: unknown; variant?: unknown }>(bytes, 'image config');
  const text = (x: unknown) => (typeof x === 'string' ? x : '');
  const variant = text(c.variant);
  return normalizePlatform({ os: text(c.os), architecture: text(c.architecture), ...(variant ? { variant } : {}) });
}

/** json.Marshal of an ocispec.Descriptor: field order, omitted empties, sorted annotation keys. */
function goDescriptorJson(d: Descriptor): string {
  let out = `{"mediaType":${JSON.stringify(d.mediaType)},"digest":${JSON.stringify(d.digest)},"size":${d.size}`;
  if (d.annotations && Object.keys(d.annotations).length > 0) {
    const keys = Object.keys(d.annotations).sort();
    out += `,"annotations":{${keys.map((k) => `${JSON.stringify(k)}:${JSON.stringify(d.annotations?.[k] ?? '')}`).join(',')}}`;
  }
  if (d.platform) {
    const p = d.platform;
    out += `,"platform":{"architecture":${JSON.stringify(p.architecture)},"os":${JSON.stringify(p.os)}`;
    if (p.variant) out += `,"variant":${JSON.stringify(p.variant)}`;
    out += '}';
  }
  return `${out}}`;
}

/** The contents of an archive's members (its blobs), or none when it is not a readable tar. */
export function archiveMembers(archive: string): string[] {
  try {
    return readTar(archive).flatMap((e) => (e.content === undefined ? [] : [e.content]));
  } catch {
    return [];
  }
}

/** Parses an archive held as a binary string. Throws plain errors with Go's texts. */
export function readImageArchive(archive: string, options: ReadArchiveOptions = {}): ParsedArchive {
  let entries: TarEntry[];
  try {
    entries = readTar(archive);
  } catch (err) {
    throw plain(err instanceof TarError ? err.message : 'unexpected EOF');
  }
  const files = byName(entries);
  if (files.has('oci-layout')) return ociLayout(files);
  const manifest = files.get('manifest.json');
  if (manifest) return dockerArchive(files, manifest, options.reuse ?? (() => undefined));
  throw plain('unrecognized image format');
}
