// Unpacking (client image.Unpack + rootfs.ApplyLayers): each layer of the platform's manifest
// is applied on top of the previous one in the snapshotter and committed under its chain ID,
// so images sharing base layers share snapshots. The layer blob gets the
// containerd.io/uncompressed label and the config a gc.ref.snapshot.<snapshotter> label,
// which is what keeps the snapshots alive for the garbage collector.

import type { Node } from '../../node';
import type { ImageRecord } from '../metadata/schema';
import type { Descriptor } from '../../oci/descriptor';
import { uniquePart } from '../../host/unique-part';
import { ContainerdError } from '../../errdefs/errdefs';
import { readBlobText, updateContentLabels } from '../content/content-store';
import { applyLayer, chainIds, commit, getSnapshot, prepare, remove, DEFAULT_SNAPSHOTTER } from '../snapshots/snapshots';
import { getImage } from './image-store';
import { manifestFor } from './image-walk';
import { parseImageConfig, type OciImageConfig, type OciManifest } from '../../oci/documents';
import { defaultMatcher, type PlatformMatcher } from '../../oci/platform';

/** Everything a runtime needs from an image for one platform. */
export interface ResolvedImage {
  image: ImageRecord;
  /** The platform manifest's descriptor (the index child, or the target itself). */
  manifestDescriptor: Descriptor;
  manifest: OciManifest;
  configDescriptor: Descriptor;
  /** The parsed image config (Cmd, Entrypoint, Env, WorkingDir, StopSignal…). */
  config: OciImageConfig;
  layers: Descriptor[];
  diffIds: string[];
  /** The chain ID of the whole stack: the committed snapshot a container is prepared on. */
  chainId: string;
}

/**
 * chainIds with a bounded memo: a chain ID is a pure function of the diff IDs, and images
 * resolve the same few stacks again and again (ctr i check resolves every tag). Frozen.
 */
const chainMemo = new Map<string, readonly string[]>();

function memoChainIds(diffIds: readonly string[]): readonly string[] {
  const key = diffIds.join('\n');
  const hit = chainMemo.get(key);
  if (hit) return hit;
  const value = Object.freeze(chainIds(diffIds));
  if (chainMemo.size >= 512) chainMemo.clear();
  chainMemo.set(key, value);
  return value;
}

/** Resolves a target descriptor for a platform. Throws notFound for missing blobs. */
export function resolveTarget(node: Node, ns: string, image: ImageRecord, matcher: PlatformMatcher = defaultMatcher): ResolvedImage {
  const { descriptor, manifest } = manifestFor(node, ns, image.target, matcher);
  const config = parseImageConfig(readBlobText(node, ns, manifest.config.digest));
  const diffIds = config.rootfs.diff_ids;
  const chains = memoChainIds(diffIds);
  return {
    image,
    manifestDescriptor: descriptor,
    manifest,
    configDescriptor: manifest.config,
    config,
    layers: manifest.layers,
    diffIds,
    chainId: chains[chains.length - 1] ?? '',
  };
}

/**
 * The image `ref` of `ns` resolved for the node's platform (or `matcher`). Throws notFound
 * (`image "x": not found`, or `content digest …: not found` when blobs are missing).
 */
export function resolveImage(node: Node, ns: string, ref: string, matcher: PlatformMatcher = defaultMatcher): ResolvedImage {
  return resolveTarget(node, ns, getImage(node, ns, ref), matcher);
}

/**
 * image.IsUnpacked: is the top chain ID committed in `snapshotter`? Throws what resolving the
 * image throws (notFound: no manifest for the platform, missing blobs), as ctr check reports.
 */
export function checkUnpacked(node: Node, ns: string, image: ImageRecord, snapshotter = DEFAULT_SNAPSHOTTER, matcher: PlatformMatcher = defaultMatcher): boolean {
  const resolved = resolveTarget(node, ns, image, matcher);
  if (resolved.chainId === '') return true;
  return getSnapshot(node, ns, snapshotter, resolved.chainId)?.kind === 'Committed';
}

/** checkUnpacked without errors: false when the image cannot be resolved. */
export function isUnpacked(node: Node, ns: string, image: ImageRecord, snapshotter = DEFAULT_SNAPSHOTTER, matcher: PlatformMatcher = defaultMatcher): boolean {
  try {
    return checkUnpacked(node, ns, image, snapshotter, matcher);
  } catch (err) {
    // Only containerd's own failures mean "not unpacked"; a simulator bug must surface.
    if (!(err instanceof ContainerdError)) throw err;
    return false;
  }
}

/** containerd 1.6 unpacker.go labelSnapshotRef. */
const SNAPSHOT_REF_LABEL = 'containerd.io/snapshot.ref';

export interface UnpackOptions {
  /**
   * Label each layer's snapshot containerd.io/snapshot.ref=<chain ID>, as the unpacker of
   * client.Pull with WithPullUnpack does (unpacker.go:151-161); image.Unpack, ctr's path, does not.
   */
  snapshotRefLabels?: boolean;
}

/**
 * Unpacks `image` into `snapshotter` for the platform; layers already committed are skipped.
 * Returns the resolved image (its chainId is the rootfs). Throws notFound for missing blobs,
 * invalidArgument for an unknown snapshotter.
 */
export function unpackImage(
  node: Node,
  ns: string,
  image: ImageRecord,
  snapshotter = DEFAULT_SNAPSHOTTER,
  matcher: PlatformMatcher = defaultMatcher,
  options: UnpackOptions = {},
): ResolvedImage {
  const resolved = resolveTarget(node, ns, image, matcher);
  const chains = memoChainIds(resolved.diffIds);
  resolved.layers.forEach((layer, i) => {
    const chain = chains[i] ?? '';
    const diffId = resolved.diffIds[i] ?? layer.digest;
    if (getSnapshot(node, ns, snapshotter, chain)) return;
    const parent = i === 0 ? '' : (chains[i - 1] ?? '');
    const key = `extract-${uniquePart(node.state.random)} ${chain}`;
    const labels: Record<string, string> = options.snapshotRefLabels ? { [SNAPSHOT_REF_LABEL]: chain } : {};
    prepare(node, ns, snapshotter, key, parent, labels);
    try {
      applyLayer(node, ns, snapshotter, key, layer.digest);
      commit(node, ns, snapshotter, chain, key, labels);
    } catch (err) {
      remove(node, ns, snapshotter, key);
      throw err;
    }
    updateContentLabels(node, ns, layer.digest, { 'containerd.io/uncompressed': diffId });
  });
  updateContentLabels(node, ns, resolved.configDescriptor.digest, {
    [`containerd.io/gc.ref.snapshot.${snapshotter}`]: resolved.chainId,
  });
  return resolved;
}
