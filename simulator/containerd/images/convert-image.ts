// converter.Convert (containerd 1.6 images/converter, default converter): rewrite an image
// for the wanted platforms — Docker media types to OCI (--oci), gzip layers to plain tar
// (--uncompress) — writing new manifest/index JSON (Go's field order, so digests match a real
// node's) with gc ref labels. An unchanged image keeps its digest. The new image record copies
// the source's labels.

import type { Node } from '../../node';
import type { ImageRecord } from '../metadata/schema';
import type { Blob } from '../../oci/blob';
import type { Descriptor } from '../../oci/descriptor';
import { isAlreadyExists } from '../../errdefs/errdefs';
import { getBlob, writeBlob } from '../content/content-store';
import { digestText, textSize } from '../../oci/digest';
import { gunzipBinary, isGzipBinary, packRaw, rawBytesOf } from '../../oci/raw-bytes';
import { childGcLabels } from './gc-labels';
import { createImage, updateImage } from './image-store';
import { MEDIA_TYPE, isCompressedLayer, isIndexType, isManifestType } from '../../oci/media-types';
import { parseIndex, parseManifest } from '../../oci/documents';
import type { PlatformMatcher } from '../../oci/platform';

export interface ConvertOptions {
  oci: boolean;
  uncompress: boolean;
  matcher: PlatformMatcher;
}

function descJson(d: Descriptor): string {
  let out = `{"mediaType":${JSON.stringify(d.mediaType)},"digest":"${d.digest}","size":${d.size}`;
  if (d.annotations && Object.keys(d.annotations).length > 0) {
    const keys = Object.keys(d.annotations).sort();
    out += `,"annotations":{${keys.map((k) => `${JSON.stringify(k)}:${JSON.stringify(d.annotations?.[k])}`).join(',')}}`;
  }
  if (d.platform) {
    const p = d.platform;
    out += `,"platform":{"architecture":${JSON.stringify(p.architecture)},"os":${JSON.stringify(p.os)}${p.variant ? `,"variant":${JSON.stringify(p.variant)}` : ''}}`;
  }
  return `${out}}`;
}

function writeJson(node: Node, ns: string, mediaType: string, text: string, children: Descriptor[]): Descriptor {
  const blob: Blob = { digest: digestText(text), size: textSize(text), mediaType, data: text };
  writeBlob(node, ns, blob, childGcLabels(children));
  return { mediaType, digest: blob.digest, size: blob.size };
}

function convertLayer(node: Node, ns: string, desc: Descriptor, options: ConvertOptions): Descriptor {
  let mediaType = desc.mediaType;
  let result = desc;
  if (options.uncompress && isCompressedLayer(desc.mediaType)) {
    const blob = getBlob(node, ns, desc.digest);
    const digest = blob.diffId ?? desc.digest;
    mediaType = desc.mediaType.startsWith('application/vnd.docker.') ? MEDIA_TYPE.dockerLayer : MEDIA_TYPE.ociLayer;
    const size = blob.uncompressedSize ?? blob.unpackedSize ?? desc.size;
    const plain: Blob = { digest, size, mediaType, diffId: digest };
    if (blob.files) plain.files = blob.files;
    // A real archive's layer keeps real bytes in its uncompressed form too.
    const raw = rawBytesOf(blob);
    if (raw !== undefined && isGzipBinary(raw)) plain.rawDeflated = packRaw(gunzipBinary(raw));
    if (blob.unpackedSize !== undefined) plain.unpackedSize = blob.unpackedSize;
    writeBlob(node, ns, plain);
    result = { mediaType, digest, size };
  }
  if (options.oci) {
    const map: Record<string, string> = {
      [MEDIA_TYPE.dockerLayer]: MEDIA_TYPE.ociLayer,
      [MEDIA_TYPE.dockerLayerGzip]: MEDIA_TYPE.ociLayerGzip,
      [MEDIA_TYPE.dockerForeignLayerGzip]: MEDIA_TYPE.ociLayerNondistributableGzip,
    };
    const mapped = map[result.mediaType];
    if (mapped) result = { ...result, mediaType: mapped };
  }
  return result;
}

function same(a: Descriptor, b: Descriptor): boolean {
  return a.digest === b.digest && a.mediaType === b.mediaType && a.size === b.size;
}

function convertManifest(node: Node, ns: string, desc: Descriptor, options: ConvertOptions): Descriptor {
  const manifest = parseManifest(getBlob(node, ns, desc.digest).data ?? '');
  const layers = manifest.layers.map((l) => convertLayer(node, ns, l, options));
  let config = manifest.config;
  let mediaType = desc.mediaType;
  if (options.oci) {
    if (config.mediaType === MEDIA_TYPE.dockerConfig) config = { ...config, mediaType: MEDIA_TYPE.ociConfig };
    if (mediaType === MEDIA_TYPE.dockerManifest) mediaType = MEDIA_TYPE.ociManifest;
  }
  const changed = mediaType !== desc.mediaType || !same(config, manifest.config) || layers.some((l, i) => !same(l, manifest.layers[i] as Descriptor));
  if (!changed) return desc;
  const text = `{"schemaVersion":2,"mediaType":"${mediaType}","config":${descJson(config)},"layers":[${layers.map(descJson).join(',')}]}`;
  const out = writeJson(node, ns, mediaType, text, [config, ...layers]);
  return desc.platform ? { ...out, platform: desc.platform } : out;
}

function convertDescriptor(node: Node, ns: string, desc: Descriptor, options: ConvertOptions): Descriptor {
  if (isManifestType(desc.mediaType)) return convertManifest(node, ns, desc, options);
  if (!isIndexType(desc.mediaType)) return desc;
  const index = parseIndex(getBlob(node, ns, desc.digest).data ?? '');
  const kept = index.manifests.filter((m) => !m.platform || !options.matcher || options.matcher(m.platform));
  const converted = kept.map((m) => convertDescriptor(node, ns, m, options));
  let mediaType = desc.mediaType;
  if (options.oci && mediaType === MEDIA_TYPE.dockerManifestList) mediaType = MEDIA_TYPE.ociIndex;
  const changed = mediaType !== desc.mediaType || kept.length !== index.manifests.length || converted.some((m, i) => !same(m, kept[i] as Descriptor));
  if (!changed) return desc;
  const text = `{"schemaVersion":2,"mediaType":"${mediaType}","manifests":[${converted.map(descJson).join(',')}]}`;
  return writeJson(node, ns, mediaType, text, converted);
}

/** Converts `source` into image `targetRef` (created, or replaced when it exists). */
export function convertImage(node: Node, ns: string, source: ImageRecord, targetRef: string, options: ConvertOptions): ImageRecord {
  const target = convertDescriptor(node, ns, source.target, options);
  const input = { name: targetRef, target, labels: { ...source.labels } };
  try {
    return createImage(node, ns, input);
  } catch (err) {
    if (!isAlreadyExists(err)) throw err;
    return updateImage(node, ns, input);
  }
}
