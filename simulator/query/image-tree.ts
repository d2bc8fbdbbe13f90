// An image as containerd holds it: the name points at a target (an index or a manifest) in the
// content store; the manifest for the node's platform names a config and its layers; each
// layer unpacked is a committed snapshot whose key is the layer's chain id. Blobs the store
// does not hold (other platforms of an index, a layer not fetched) are left out, as
// `ctr content ls` would not list them either.

import type { Blob } from '../oci/blob';
import type { Descriptor } from '../oci/descriptor';
import { parseIndex, parseManifest } from '../oci/documents';
import { isIndexType } from '../oci/media-types';
import { DEFAULT_PLATFORM } from '../oci/platform';
import type { ImageRecord, NamespaceRecord } from '../containerd/metadata/schema';
import type { StateNode } from './state-tree';

/** Layer digest → snapshot key of the committed snapshot it was unpacked into, per namespace. */
export type UnpackedLayers = ReadonlyMap<string, { snapshotter: string; key: string }>;

export function unpackedLayers(ns: NamespaceRecord): UnpackedLayers {
  const found = new Map<string, { snapshotter: string; key: string }>();
  for (const [snapshotter, bucket] of Object.entries(ns.snapshots)) {
    for (const [key, snapshot] of Object.entries(bucket)) {
      if (snapshot.kind === 'Committed' && snapshot.layerDigest) found.set(snapshot.layerDigest, { snapshotter, key });
    }
  }
  return found;
}

function short(digest: string): string {
  return digest.replace(/^sha256:/, '').slice(0, 12);
}

function blobNode(parentId: string, namespace: string, d: Descriptor, role: string, children: StateNode[] = []): StateNode {
  return {
    id: `${parentId}/${d.digest}`,
    ref: { kind: 'blob', namespace, key: d.digest },
    label: `${role} ${short(d.digest)}`,
    detail: `${d.mediaType} ${d.size} B`,
    command: `ctr -n ${namespace} content get ${d.digest}`,
    stamp: d.digest,
    children,
  };
}

function parsed<T>(blob: Blob | undefined, parse: (text: string) => T): T | undefined {
  if (!blob?.data) return undefined;
  try {
    return parse(blob.data);
  } catch {
    return undefined;
  }
}

/** The manifest's config and layers, each layer with the snapshot it was unpacked into. */
function manifestNode(parentId: string, namespace: string, d: Descriptor, blobs: Readonly<Record<string, Blob>>, unpacked: UnpackedLayers): StateNode {
  const id = `${parentId}/${d.digest}`;
  const manifest = parsed(blobs[d.digest], parseManifest);
  const children: StateNode[] = [];
  if (manifest && blobs[manifest.config.digest]) children.push(blobNode(id, namespace, manifest.config, 'config'));
  for (const layer of manifest?.layers ?? []) {
    if (!blobs[layer.digest]) continue;
    const snapshot = unpacked.get(layer.digest);
    const snapNodes: StateNode[] = snapshot
      ? [
          {
            id: `${id}/${layer.digest}/unpacked`,
            ref: { kind: 'snapshot', namespace, key: `${snapshot.snapshotter}/${snapshot.key}` },
            label: `unpacked ${short(snapshot.key)}`,
            detail: snapshot.snapshotter,
            command: `ctr -n ${namespace} snapshots --snapshotter ${snapshot.snapshotter} info ${snapshot.key}`,
            stamp: snapshot.key,
            children: [],
          },
        ]
      : [];
    children.push(blobNode(id, namespace, layer, 'layer', snapNodes));
  }
  return { ...blobNode(parentId, namespace, d, 'manifest'), children };
}

function isDefaultPlatform(d: Descriptor): boolean {
  return d.platform?.os === DEFAULT_PLATFORM.os && d.platform.architecture === DEFAULT_PLATFORM.architecture;
}

export function imageNode(namespace: string, image: ImageRecord, blobs: Readonly<Record<string, Blob>>, unpacked: UnpackedLayers): StateNode {
  const id = `ns/${namespace}/image/${image.name}`;
  const target = image.target;
  let children: StateNode[] = [];
  if (isIndexType(target.mediaType)) {
    const index = parsed(blobs[target.digest], parseIndex);
    const manifests = (index?.manifests ?? []).filter((m) => blobs[m.digest] && isDefaultPlatform(m));
    const indexId = `${id}/${target.digest}`;
    children = blobs[target.digest] ? [blobNode(id, namespace, target, 'index', manifests.map((m) => manifestNode(indexId, namespace, m, blobs, unpacked)))] : [];
  } else if (blobs[target.digest]) {
    children = [manifestNode(id, namespace, target, blobs, unpacked)];
  }
  return {
    id,
    ref: { kind: 'image', namespace, key: image.name },
    label: image.name,
    detail: short(target.digest),
    command: `ctr -n ${namespace} images ls name==${image.name}`,
    stamp: `${target.digest} ${image.updatedAt}`,
    children,
  };
}
