// `--mode=native` of `nerdctl image inspect` (pkg/imageinspector and pkg/inspecttypes/native
// image.go@v0.22.2): containerd's own objects as Go marshals them — Image (images.Image, no json
// tags: Name, Labels, Target, CreatedAt, UpdatedAt), the index and its descriptor when the
// target is one, the platform's manifest and its descriptor, the config's descriptor and the
// OCI image config — each struct's fields in image-spec's order with its omitempty rules.

import type { ImageRecord, NamespacedClient } from '../../../containerd/client/index';
import type { Descriptor, Platform } from '../../../oci/descriptor';
import { parseIndex, parseManifest } from '../../../oci/documents';
import { isIndexType, isManifestType } from '../../../oci/media-types';
import { onlyPlatforms } from '../../../oci/platform';
import { goMap, goStruct } from '../../../go/template/index';
import type { NerdctlContext } from '../nerdctl-env';
import { historyFields, type ImageConfigDoc } from './image-info';

/**
 * Go field names of a struct whose JSON keys differ (mediaType → MediaType): templates reach
 * the fields by their Go names; the aliases are not enumerable, so JSON never shows them.
 */
function goFields<T extends Record<string, unknown>>(obj: T, names: Record<string, string>): T {
  for (const [goName, key] of Object.entries(names)) {
    if (key in obj) Object.defineProperty(obj, goName, { value: obj[key], enumerable: false });
  }
  return obj;
}

const sorted = <T>(m: Record<string, T>): Record<string, T> => Object.fromEntries(Object.keys(m).sort().map((k) => [k, m[k] as T]));

function platformJson(p: Platform): Record<string, unknown> {
  const out: Record<string, unknown> = { architecture: p.architecture, os: p.os };
  if (p.variant) out.variant = p.variant;
  return goStruct(goFields(out, { Architecture: 'architecture', OS: 'os', Variant: 'variant' }), 'v1.Platform');
}

/** ocispec.Descriptor: mediaType, digest, size, urls, annotations, platform (omitempty). */
function descriptorJson(d: Descriptor): Record<string, unknown> {
  const out: Record<string, unknown> = { mediaType: d.mediaType, digest: d.digest, size: d.size };
  if (d.annotations && Object.keys(d.annotations).length > 0) out.annotations = goMap(sorted(d.annotations), 'map[string]string');
  if (d.platform) out.platform = platformJson(d.platform);
  return goStruct(goFields(out, { MediaType: 'mediaType', Digest: 'digest', Size: 'size', Annotations: 'annotations', Platform: 'platform' }), 'v1.Descriptor');
}

/** ocispec.Image with its ImageConfig, RootFS and History as image-spec orders them. */
function imageConfigJson(oci: ImageConfigDoc): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (oci.created) out.created = oci.created;
  if (oci.author) out.author = oci.author;
  out.architecture = oci.architecture ?? '';
  if (oci.variant) out.variant = oci.variant;
  out.os = oci.os ?? '';
  const cfg = (oci.config ?? {}) as Record<string, unknown>;
  const config: Record<string, unknown> = {};
  for (const key of ['User', 'ExposedPorts', 'Env', 'Entrypoint', 'Cmd', 'Volumes', 'WorkingDir', 'Labels', 'StopSignal', 'ArgsEscaped']) {
    const v = cfg[key];
    if (v === undefined || v === null || v === '' || v === false) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (typeof v === 'object' && !Array.isArray(v)) {
      if (Object.keys(v).length === 0) continue;
      config[key] = goMap(sorted(v as Record<string, unknown>));
    } else config[key] = v;
  }
  out.config = goStruct(config, 'v1.ImageConfig');
  out.rootfs = goStruct(goFields({ type: oci.rootfs?.type ?? '', diff_ids: oci.rootfs?.diff_ids ?? null }, { Type: 'type', DiffIDs: 'diff_ids' }), 'v1.RootFS');
  const history = (oci.history ?? []).map((h) =>
    goStruct(goFields(historyFields(h), { Created: 'created', CreatedBy: 'created_by', Author: 'author', Comment: 'comment', EmptyLayer: 'empty_layer' }), 'v1.History'),
  );
  if (history.length > 0) out.history = history;
  return goStruct(goFields(out, { Created: 'created', Author: 'author', Architecture: 'architecture', Variant: 'variant', OS: 'os', Config: 'config', RootFS: 'rootfs', History: 'history' }), 'v1.Image');
}

/** imageinspector.Inspect for `platform`; what cannot be read is left out (with its warning). */
export function nativeImage(c: NerdctlContext, client: NamespacedClient, image: ImageRecord, platform: Platform): Record<string, unknown> {
  const labels = Object.keys(image.labels).length > 0 ? goMap(sorted(image.labels), 'map[string]string') : null;
  const out: Record<string, unknown> = {
    Image: goStruct({ Name: image.name, Labels: labels, Target: descriptorJson(image.target), CreatedAt: image.createdAt, UpdatedAt: image.updatedAt }, 'images.Image'),
  };
  const warn = (what: string, err: unknown) => c.env.log.warn(`failed to inspect ${what}`, { error: (err as Error).message, id: image.name });
  if (isIndexType(image.target.mediaType)) {
    try {
      const index = parseIndex(client.content.read(image.target.digest).data ?? '');
      out.IndexDesc = descriptorJson(image.target);
      const idx: Record<string, unknown> = { schemaVersion: index.schemaVersion };
      if (index.mediaType) idx.mediaType = index.mediaType;
      idx.manifests = index.manifests.map(descriptorJson);
      if (index.annotations && Object.keys(index.annotations).length > 0) idx.annotations = goMap(sorted(index.annotations), 'map[string]string');
      out.Index = goStruct(goFields(idx, { SchemaVersion: 'schemaVersion', MediaType: 'mediaType', Manifests: 'manifests', Annotations: 'annotations' }), 'v1.Index');
    } catch (err) {
      warn('index', err);
    }
  }
  try {
    const resolved = isManifestType(image.target.mediaType)
      ? { descriptor: image.target, manifest: parseManifest(client.content.read(image.target.digest).data ?? '') }
      : client.images.manifest(image.target, onlyPlatforms([platform]));
    out.ManifestDesc = descriptorJson(resolved.descriptor);
    const m = resolved.manifest;
    const man: Record<string, unknown> = { schemaVersion: m.schemaVersion };
    if (m.mediaType) man.mediaType = m.mediaType;
    man.config = descriptorJson(m.config);
    man.layers = m.layers.map(descriptorJson);
    if (m.annotations && Object.keys(m.annotations).length > 0) man.annotations = goMap(sorted(m.annotations), 'map[string]string');
    out.Manifest = goStruct(goFields(man, { SchemaVersion: 'schemaVersion', MediaType: 'mediaType', Config: 'config', Layers: 'layers', Annotations: 'annotations' }), 'v1.Manifest');
  } catch (err) {
    warn('manifest', err);
  }
  let configDesc: Descriptor = { mediaType: '', digest: '', size: 0 };
  let config: ImageConfigDoc = {};
  try {
    configDesc = client.images.config(image.target, onlyPlatforms([platform]));
    config = JSON.parse(client.content.read(configDesc.digest).data ?? '{}') as ImageConfigDoc;
  } catch (err) {
    warn('image config', err);
  }
  out.ImageConfigDesc = descriptorJson(configDesc);
  out.ImageConfig = imageConfigJson(config);
  return goStruct(out, '*native.Image');
}
