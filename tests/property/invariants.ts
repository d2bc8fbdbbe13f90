// The model invariants of design.md §5, checked on a saved node state: what must hold after
// any sequence of commands, whatever their exit codes.

import type { ContainerdState, NamespaceRecord } from '../../simulator/containerd/metadata/schema';
import type { Blob } from '../../simulator/oci/blob';

const INDEX_TYPES = new Set(['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json']);

interface ManifestJson {
  config?: { digest: string };
  layers?: Array<{ digest: string }>;
  manifests?: Array<{ digest: string; platform?: { os?: string; architecture?: string } }>;
}

function parse(blob: Blob | undefined): ManifestJson | undefined {
  if (!blob?.data) return undefined;
  try {
    return JSON.parse(blob.data) as ManifestJson;
  } catch {
    return undefined;
  }
}

/** Blobs an image needs for linux/amd64: target, platform manifest, config, layers. */
function imageBlobProblems(state: ContainerdState, ns: string, record: NamespaceRecord): string[] {
  const problems: string[] = [];
  const has = (digest: string, what: string) => {
    if (!state.blobs[digest]) problems.push(`${ns}: ${what} ${digest} missing from the content store`);
    else if (!record.content[digest]) problems.push(`${ns}: ${what} ${digest} not referenced in the namespace`);
  };
  for (const image of Object.values(record.images)) {
    const target = image.target;
    has(target.digest, `image ${image.name} target`);
    let manifestDigest = target.digest;
    if (INDEX_TYPES.has(target.mediaType)) {
      const index = parse(state.blobs[target.digest]);
      const child = index?.manifests?.find((m) => m.platform?.os === 'linux' && m.platform.architecture === 'amd64');
      if (!child) continue;
      manifestDigest = child.digest;
      has(manifestDigest, `image ${image.name} manifest`);
    }
    const manifest = parse(state.blobs[manifestDigest]);
    if (!manifest) continue;
    if (manifest.config) has(manifest.config.digest, `image ${image.name} config`);
    for (const layer of manifest.layers ?? []) has(layer.digest, `image ${image.name} layer`);
  }
  return problems;
}

/** Every violated invariant, as a readable line; empty when the state is sound. */
export function invariantViolations(state: ContainerdState): string[] {
  const problems: string[] = [];
  for (const [ns, record] of Object.entries(state.namespaces)) {
    for (const id of Object.keys(record.tasks)) {
      if (!record.containers[id]) problems.push(`${ns}: task ${id} has no container`);
    }
    for (const [id, container] of Object.entries(record.containers)) {
      const bucket = record.snapshots[container.snapshotter];
      if (container.snapshotKey !== '' && !bucket?.[container.snapshotKey]) {
        problems.push(`${ns}: container ${id} lost its snapshot ${container.snapshotter}/${container.snapshotKey}`);
      }
    }
    for (const [snapshotter, bucket] of Object.entries(record.snapshots)) {
      for (const [key, snapshot] of Object.entries(bucket)) {
        if (snapshot.parent !== '' && !bucket[snapshot.parent]) {
          problems.push(`${ns}: snapshot ${snapshotter}/${key} has no parent ${snapshot.parent}`);
        }
        // The layer's files outlive its content reference (garbage collection) while a
        // snapshot unpacked from it exists.
        if (snapshot.layerDigest !== undefined && !state.blobs[snapshot.layerDigest]) {
          problems.push(`${ns}: snapshot ${snapshotter}/${key} lost the files of layer ${snapshot.layerDigest}`);
        }
      }
    }
    problems.push(...imageBlobProblems(state, ns, record));
  }
  return problems;
}

/** True when the namespace holds something that forbids removing it. */
export function holdsObjects(record: NamespaceRecord): boolean {
  const snapshots = Object.values(record.snapshots).some((b) => Object.keys(b).length > 0);
  return (
    snapshots ||
    Object.keys(record.images).length > 0 ||
    Object.keys(record.content).length > 0 ||
    Object.keys(record.containers).length > 0
  );
}
