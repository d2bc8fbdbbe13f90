// pkg/imgutil/commit/commit.go@v0.22.2: a new image from a container's snapshot. Under a lease
// (an hour's, deleted when done) the container's changes become a layer through the diff
// service, the base image's config gains that layer's diff ID and a history entry, the layer
// is applied onto the base image's top snapshot and committed as the new chain's snapshot,
// and a Docker schema 2 manifest and config go into the content store before the image record
// is updated (or created). What it returns, and nerdctl prints, is the config's digest.

import type { Container, NamespacedClient } from '../../../containerd/client/index';
import { UNCOMPRESSED_LABEL } from '../../../containerd/client/index';
import { isAlreadyExists, isNotFound } from '../../../errdefs/errdefs';
import { goJsonMarshal, goJsonMarshalIndent, goMap, goStruct } from '../../../go/json';
import { uniquePart } from '../../../host/unique-part';
import type { RandomState } from '../../../host/random';
import type { Descriptor } from '../../../oci/descriptor';
import { digestText, textSize } from '../../../oci/digest';
import { MEDIA_TYPE } from '../../../oci/media-types';
import { DEFAULT_PLATFORM, formatPlatform, onlyPlatforms, parsePlatform } from '../../../oci/platform';
import { chainIdOf, historyFields, type ImageConfigDoc } from '../images/image-info';
import { LABEL } from './nerdctl-labels';

export interface CommitChanges {
  cmd?: string[];
  entrypoint?: string[];
}

export interface CommitOptions {
  author: string;
  message: string;
  /** The normalized reference the image is named. */
  ref: string;
  pause: boolean;
  changes: CommitChanges;
}

/** What commit needs besides the client: its warnings, time.Now() and the node's random for a key. */
export interface CommitContext {
  warn(message: string): void;
  /** time.Now() as time.Time marshals it (RFC 3339, nanoseconds). */
  now(): string;
  random: RandomState;
}

/** The gzip digest of an empty tar, which commit.go compares a diff ID with (never equal). */
const EMPTY_GZ_LAYER = 'sha256:4f4fb700ef54461cfa02571ae0db9a0dc1e0cdb5577484a6d75e68dc38e8acc1';

/** ocispec.ImageConfig's fields in struct order; map-typed ones marshal with sorted keys. */
const IMAGE_CONFIG_FIELDS = ['User', 'ExposedPorts', 'Env', 'Entrypoint', 'Cmd', 'Volumes', 'WorkingDir', 'Labels', 'StopSignal'] as const;
const MAP_FIELDS = new Set(['ExposedPorts', 'Volumes', 'Labels']);

/** json.Unmarshal into ocispec.ImageConfig: unknown keys (Docker's Hostname, …) dropped, empty ones omitted. */
function ociImageConfig(config: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of IMAGE_CONFIG_FIELDS) {
    const value = config?.[field];
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (MAP_FIELDS.has(field)) {
      if (typeof value !== 'object' || Object.keys(value).length === 0) continue;
      out[field] = goMap({ ...(value as object) });
    } else out[field] = value;
  }
  return goStruct(out);
}

/** ocispec.History in struct order, empty fields omitted. */
function historyEntry(h: NonNullable<ImageConfigDoc['history']>[number]): Record<string, unknown> {
  return goStruct(historyFields(h));
}

/** generateCommitImageConfig: the base config with the new layer, its history entry and the changes. */
function commitImageConfig(base: ImageConfigDoc, container: Container, diffId: string, opts: CommitOptions, created: string, ctx: CommitContext): string {
  const config = { ...(base.config ?? {}) };
  if (opts.changes.cmd) config.Cmd = opts.changes.cmd;
  if (opts.changes.entrypoint) config.Entrypoint = opts.changes.entrypoint;
  const author = opts.author === '' ? (base.author ?? '') : opts.author;
  const args = container.info().spec.process?.args ?? [];
  let arch = base.architecture ?? '';
  if (arch === '') {
    arch = DEFAULT_PLATFORM.architecture;
    ctx.warn(`assuming arch="${arch}"`);
  }
  let os = base.os ?? '';
  if (os === '') {
    os = DEFAULT_PLATFORM.os;
    ctx.warn(`assuming os="${os}"`);
  }
  const image: Record<string, unknown> = { created };
  if (author !== '') image.author = author;
  image.architecture = arch;
  image.os = os;
  image.config = ociImageConfig(config);
  image.rootfs = goStruct({ type: 'layers', diff_ids: [...(base.rootfs?.diff_ids ?? []), diffId] });
  image.history = [
    ...(base.history ?? []).map(historyEntry),
    historyEntry({ created, created_by: args.join(' '), author, comment: opts.message, empty_layer: diffId === EMPTY_GZ_LAYER }),
  ];
  return goJsonMarshal(goStruct(image));
}

/** A descriptor as ocispec.Descriptor marshals it (mediaType, digest, size, urls, annotations, platform). */
function descriptorJson(d: Descriptor & { urls?: string[]; annotations?: Record<string, string> }): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (d.mediaType) out.mediaType = d.mediaType;
  out.digest = d.digest;
  out.size = d.size;
  if (d.urls && d.urls.length > 0) out.urls = d.urls;
  if (d.annotations && Object.keys(d.annotations).length > 0) out.annotations = goMap({ ...d.annotations });
  if (d.platform) {
    const p: Record<string, unknown> = { architecture: d.platform.architecture, os: d.platform.os };
    if (d.platform.variant) p.variant = d.platform.variant;
    out.platform = goStruct(p);
  }
  return goStruct(out);
}

/** Commit: returns the new image's config digest. Errors carry commit.go's wrapping. */
export function commitContainer(client: NamespacedClient, container: Container, opts: CommitOptions, ctx: CommitContext): string {
  const id = container.id;
  const info = container.info();
  let baseRecord;
  try {
    baseRecord = client.images.get(info.image);
  } catch (err) {
    throw new Error(`container ${JSON.stringify(id)} lacks image (wasn't created by nerdctl?): ${(err as Error).message}`);
  }
  let platformLabel = info.labels[LABEL.platform] ?? '';
  if (platformLabel === '') {
    platformLabel = formatPlatform(DEFAULT_PLATFORM);
    ctx.warn(`Image lacks label "${LABEL.platform}", assuming the platform to be "${platformLabel}"`);
  }
  const matcher = onlyPlatforms([parsePlatform(platformLabel)]);
  const baseConfigDesc = client.images.config(baseRecord.target, matcher);
  const baseConfig = JSON.parse(client.content.read(baseConfigDesc.digest).data ?? '{}') as ImageConfigDoc;

  const task = container.task();
  let resume = false;
  if (opts.pause) {
    const status = task.status();
    if (status !== 'PAUSED' && status !== 'CREATED' && status !== 'STOPPED') {
      try {
        task.pause();
      } catch (err) {
        throw new Error(`failed to pause container: ${(err as Error).message}`);
      }
      resume = true;
    }
  }
  try {
    return client.leases.withLease(() => {
      const snapshotter = info.snapshotter;
      let layer: Descriptor;
      let diffId: string;
      try {
        const written = client.diff.createDiff(snapshotter, id);
        diffId = client.content.info(written.digest).labels[UNCOMPRESSED_LABEL] ?? '';
        if (diffId === '') throw new Error('invalid differ response with no diffID');
        layer = { mediaType: MEDIA_TYPE.dockerLayerGzip, digest: written.digest, size: written.size };
      } catch (err) {
        throw new Error(`failed to export layer: ${(err as Error).message}`);
      }
      const created = ctx.now();
      const configText = commitImageConfig(baseConfig, container, diffId, opts, created, ctx);
      const diffIds = [...(baseConfig.rootfs?.diff_ids ?? []), diffId];
      const rootfsId = chainIdOf(diffIds);
      try {
        applyDiffLayer(client, snapshotter, rootfsId, chainIdOf(baseConfig.rootfs?.diff_ids ?? []), layer, ctx);
      } catch (err) {
        throw new Error(`failed to apply diff: ${(err as Error).message}`);
      }
      const configDigest = digestText(configText);
      const configDesc: Descriptor = { mediaType: MEDIA_TYPE.dockerConfig, digest: configDigest, size: textSize(configText) };
      const baseManifest = client.images.manifest(baseRecord.target, matcher).manifest;
      const layers = [...baseManifest.layers, layer];
      const manifestText = goJsonMarshalIndent(
        goStruct({ mediaType: MEDIA_TYPE.dockerManifest, schemaVersion: 2, config: descriptorJson(configDesc), layers: layers.map(descriptorJson) }),
        '',
        '    ',
      );
      const manifestDesc: Descriptor = { mediaType: MEDIA_TYPE.dockerManifest, digest: digestText(manifestText), size: textSize(manifestText) };
      const manifestLabels: Record<string, string> = { 'containerd.io/gc.ref.content.0': configDigest };
      layers.forEach((l, i) => (manifestLabels[`containerd.io/gc.ref.content.${i + 1}`] = l.digest));
      writeBlobWithLabels(client, manifestDesc, manifestText, manifestLabels);
      writeBlobWithLabels(client, configDesc, configText, { [`containerd.io/gc.ref.snapshot.${snapshotter}`]: rootfsId });
      const image = { name: opts.ref, target: manifestDesc };
      try {
        client.images.update(image);
      } catch (err) {
        if (!isNotFound(err)) throw err;
        try {
          client.images.create(image);
        } catch (createErr) {
          throw new Error(`failed to create new image ${opts.ref}: ${(createErr as Error).message}`);
        }
      }
      return configDigest;
    });
  } finally {
    if (resume) {
      try {
        task.resume();
      } catch (err) {
        ctx.warn(`failed to unpause container ${id}: ${(err as Error).message}`);
      }
    }
  }
}

/** content.WriteBlob with WithLabels: an existing blob is taken as written, its labels left. */
function writeBlobWithLabels(client: NamespacedClient, desc: Descriptor, text: string, labels: Record<string, string>): void {
  if (client.content.has(desc.digest)) return;
  client.content.writeBlob(desc.digest, text, { size: desc.size, digest: desc.digest });
  client.content.updateLabels(desc.digest, labels);
}

/** applyDiffLayer: the layer applied on the base's top snapshot and committed as `name`; an existing `name` is fine. */
function applyDiffLayer(client: NamespacedClient, snapshotter: string, name: string, parent: string, layer: Descriptor, ctx: CommitContext): void {
  const sn = client.snapshots.service(snapshotter);
  const key = `${uniquePart(ctx.random)}-${name}`;
  sn.prepare(key, parent);
  try {
    client.diff.apply(layer, snapshotter, key);
    sn.commit(name, key);
  } catch (err) {
    if (isAlreadyExists(err)) return;
    try {
      sn.remove(key);
    } catch (removeErr) {
      ctx.warn(`failed to cleanup aborted apply ${key}: ${(removeErr as Error).message}`);
    }
    throw err;
  }
}
