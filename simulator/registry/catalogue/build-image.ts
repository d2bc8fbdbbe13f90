// Turns an image definition into the blobs a registry serves: layer blobs (deterministic
// digests, sizes, diff IDs and file lists), then config, manifest and index as exact JSON
// text whose sha256 is their digest.

import type { Blob } from '../../oci/blob';
import type { Descriptor, Platform } from '../../oci/descriptor';
import { digestText, textSize } from '../../oci/digest';
import { MEDIA_TYPE } from '../../oci/media-types';
import type { OciRunConfig } from '../../oci/documents';
import type { FileTree } from './file-tree';

export interface LayerDef {
  /** Stable identity of the layer; its digests derive from it. */
  id: string;
  /** Compressed size in bytes (the descriptor size). */
  size: number;
  /** Uncompressed size on disk once unpacked. */
  unpackedSize: number;
  files: FileTree;
}

export interface PlatformImageDef {
  platform: Platform;
  layers: LayerDef[];
  config: OciRunConfig;
  created: string;
  /** One created_by line per layer, in order. */
  history: string[];
}

export interface ImageDef {
  /** 'oci' (index + OCI manifests) or 'docker' (manifest list + schema2 manifests). */
  format: 'oci' | 'docker';
  platforms: PlatformImageDef[];
  /** A single manifest without an index (only with one platform). */
  single?: boolean;
}

/** Dockerfile instructions that make no layer (buildkit's dockerfile2llb commits them to the config only). */
const EMPTY_LAYER = /^(ARG|CMD|ENTRYPOINT|ENV|EXPOSE|HEALTHCHECK|LABEL|MAINTAINER|ONBUILD|SHELL|STOPSIGNAL|USER|VOLUME|WORKDIR) /;

export interface BuiltImage {
  target: Descriptor;
  blobs: Blob[];
}

const RUN_CONFIG_KEYS: ReadonlyArray<keyof OciRunConfig> = [
  'User', 'ExposedPorts', 'Env', 'Entrypoint', 'Cmd', 'Volumes', 'WorkingDir', 'Labels', 'StopSignal',
];

function descriptorJson(d: Descriptor): string {
  const parts = [`"mediaType":${JSON.stringify(d.mediaType)}`, `"digest":"${d.digest}"`, `"size":${d.size}`];
  if (d.annotations) parts.push(`"annotations":${JSON.stringify(d.annotations)}`);
  if (d.platform) {
    const p = d.platform;
    const variant = p.variant ? `,"variant":${JSON.stringify(p.variant)}` : '';
    parts.push(`"platform":{"architecture":${JSON.stringify(p.architecture)},"os":${JSON.stringify(p.os)}${variant}}`);
  }
  return `{${parts.join(',')}}`;
}

/** The stable identity of a layer blob, compressed and not. */
function layerDigests(id: string): { digest: string; diffId: string } {
  return { digest: digestText(`ctrlab layer ${id}`), diffId: digestText(`ctrlab diff ${id}`) };
}

function jsonBlob(mediaType: string, data: string): Blob {
  return { digest: digestText(data), size: textSize(data), mediaType, data };
}

function buildPlatform(def: PlatformImageDef, format: 'oci' | 'docker'): { manifest: Blob; blobs: Blob[] } {
  const layerType = format === 'oci' ? MEDIA_TYPE.ociLayerGzip : MEDIA_TYPE.dockerLayerGzip;
  const layers: Blob[] = def.layers.map((l) => {
    const { digest, diffId } = layerDigests(l.id);
    return { digest, size: l.size, mediaType: layerType, files: l.files, diffId, unpackedSize: l.unpackedSize, machine: def.platform.architecture };
  });
  const run: Record<string, unknown> = {};
  for (const key of RUN_CONFIG_KEYS) if (def.config[key] !== undefined) run[key] = def.config[key];
  // Instructions that change only the config leave no layer: buildkit marks them empty_layer,
  // which is how `nerdctl history` and `docker history` pair history entries with layers.
  const history = def.history.map((line) => ({
    created: def.created,
    created_by: line,
    comment: 'buildkit.dockerfile.v0',
    ...(EMPTY_LAYER.test(line) ? { empty_layer: true } : {}),
  }));
  const p = def.platform;
  const config =
    `{"architecture":${JSON.stringify(p.architecture)},"config":${JSON.stringify(run)},"created":"${def.created}",` +
    `"history":${JSON.stringify(history)},"os":${JSON.stringify(p.os)},` +
    `"rootfs":{"type":"layers","diff_ids":${JSON.stringify(layers.map((l) => l.diffId))}}` +
    `${p.variant ? `,"variant":${JSON.stringify(p.variant)}` : ''}}`;
  const configBlob = jsonBlob(format === 'oci' ? MEDIA_TYPE.ociConfig : MEDIA_TYPE.dockerConfig, config);
  const manifestType = format === 'oci' ? MEDIA_TYPE.ociManifest : MEDIA_TYPE.dockerManifest;
  const manifest =
    `{"schemaVersion":2,"mediaType":"${manifestType}",` +
    `"config":${descriptorJson({ mediaType: configBlob.mediaType, digest: configBlob.digest, size: configBlob.size })},` +
    `"layers":[${layers.map((l) => descriptorJson({ mediaType: l.mediaType, digest: l.digest, size: l.size })).join(',')}]}`;
  const manifestBlob = jsonBlob(manifestType, manifest);
  return { manifest: manifestBlob, blobs: [manifestBlob, configBlob, ...layers] };
}

/** All blobs of an image definition and the descriptor a tag points at. */
export function buildImage(def: ImageDef): BuiltImage {
  const built = def.platforms.map((p) => ({ def: p, ...buildPlatform(p, def.format) }));
  const first = built[0];
  if (def.single && first) {
    return { target: { mediaType: first.manifest.mediaType, digest: first.manifest.digest, size: first.manifest.size }, blobs: first.blobs };
  }
  const indexType = def.format === 'oci' ? MEDIA_TYPE.ociIndex : MEDIA_TYPE.dockerManifestList;
  const entries = built.map((b) =>
    descriptorJson({ mediaType: b.manifest.mediaType, digest: b.manifest.digest, size: b.manifest.size, platform: b.def.platform }),
  );
  const index = jsonBlob(indexType, `{"schemaVersion":2,"mediaType":"${indexType}","manifests":[${entries.join(',')}]}`);
  return { target: { mediaType: index.mediaType, digest: index.digest, size: index.size }, blobs: [index, ...built.flatMap((b) => b.blobs)] };
}
