// Walking an image from its target descriptor down through the content store, as
// containerd's images package does (Walk, ChildrenHandler, Manifest, Platforms, Size, Check).
// Every read goes through the namespace's content references, so a blob another namespace
// holds is as missing here as on a real node.

import type { Node } from '../../node';
import type { Descriptor, Platform } from '../../oci/descriptor';
import { ContainerdError, isNotFound, notFound } from '../../errdefs/errdefs';
import { getBlob, hasContent, readBlobText } from '../content/content-store';
import { isConfigType, isIndexType, isManifestType } from '../../oci/media-types';
import { configPlatform, parseImageConfig, parseIndex, parseManifest, type OciManifest } from '../../oci/documents';
import { defaultMatcher, normalizePlatform, type PlatformMatcher } from '../../oci/platform';

/** images.ChildrenHandler: an index's manifests, a manifest's config then layers. */
export function childrenOf(node: Node, ns: string, desc: Descriptor): Descriptor[] {
  if (isIndexType(desc.mediaType)) return parseIndex(readBlobText(node, ns, desc.digest)).manifests;
  if (isManifestType(desc.mediaType)) {
    const m = parseManifest(readBlobText(node, ns, desc.digest));
    return [m.config, ...m.layers];
  }
  return [];
}

/** images.Platforms: platforms named in indexes, or read from configs. Deduplicated later. */
export function platformsOf(node: Node, ns: string, target: Descriptor): Platform[] {
  const out: Platform[] = [];
  const visit = (desc: Descriptor): void => {
    if (desc.platform) {
      out.push(desc.platform);
      return;
    }
    if (isConfigType(desc.mediaType)) {
      out.push(normalizePlatform(configPlatform(parseImageConfig(readBlobText(node, ns, desc.digest)))));
      return;
    }
    for (const child of childrenOf(node, ns, desc)) visit(child);
  };
  visit(target);
  return out;
}

/** A manifest chosen for a platform, with the descriptor that points at it. */
export interface ResolvedManifest {
  descriptor: Descriptor;
  manifest: OciManifest;
}

/**
 * images.Manifest: the manifest of `target` for the platform, the best match first (indexes
 * list candidates; a lone manifest must match through its config). Throws notFound
 * (`no match for platform in manifest sha256:…: not found`) when none fits, or the read error of a missing blob.
 */
export function manifestFor(node: Node, ns: string, target: Descriptor, matcher: PlatformMatcher = defaultMatcher): ResolvedManifest {
  const found: ResolvedManifest[] = [];
  const visit = (desc: Descriptor, depth: number): void => {
    if (found.length > 0) return;
    if (isManifestType(desc.mediaType)) {
      const manifest = parseManifest(readBlobText(node, ns, desc.digest));
      if (desc.digest !== target.digest && matcher) {
        if (desc.platform && !matcher(desc.platform)) return;
        if (!desc.platform) {
          const config = parseImageConfig(readBlobText(node, ns, manifest.config.digest));
          if (!matcher(configPlatform(config))) return;
        }
      }
      found.push({ descriptor: desc, manifest });
      return;
    }
    if (isIndexType(desc.mediaType)) {
      const index = parseIndex(readBlobText(node, ns, desc.digest));
      for (const child of index.manifests) {
        if (depth > 8) break;
        if (child.platform && matcher && !matcher(child.platform)) continue;
        visit(child, depth + 1);
      }
      return;
    }
    throw notFound(`unexpected media type ${desc.mediaType} for ${desc.digest}`);
  };
  visit(target, 0);
  const first = found[0];
  if (!first) throw notFound(`no match for platform in manifest ${target.digest}`);
  return first;
}

/**
 * image.Size for a platform: the target, then for an index only the first matching child,
 * then manifest, config and layers; every descriptor's declared size counts once.
 */
export function imageSize(node: Node, ns: string, target: Descriptor, matcher: PlatformMatcher = defaultMatcher): number {
  const { size, error } = imageSizeSoFar(node, ns, target, matcher);
  if (error !== undefined) throw error;
  return size;
}

/**
 * image.Size's two results: `return size, Walk(…)` reads size after the walk, so a walk that
 * fails (a blob gone) still gives what it added up to there (the target's own size at least).
 */
export function imageSizeSoFar(node: Node, ns: string, target: Descriptor, matcher: PlatformMatcher = defaultMatcher): { size: number; error?: unknown } {
  let size = 0;
  const visit = (desc: Descriptor): void => {
    size += desc.size;
    let children = childrenOf(node, ns, desc);
    if (isIndexType(desc.mediaType)) {
      children = children.filter((c) => !c.platform || !matcher || matcher(c.platform)).slice(0, 1);
    }
    for (const child of children) visit(child);
  };
  try {
    visit(target);
  } catch (error) {
    return { size, error };
  }
  return { size };
}

/** images.Check's answer. */
export interface CheckResult {
  available: boolean;
  required: Descriptor[];
  present: Descriptor[];
  missing: Descriptor[];
}

/** images.Check: are the chosen manifest's config and layers all in the content store? */
export function checkImage(node: Node, ns: string, target: Descriptor, matcher: PlatformMatcher = defaultMatcher): CheckResult {
  let manifest: OciManifest;
  try {
    manifest = manifestFor(node, ns, target, matcher).manifest;
  } catch (err) {
    if (isNotFound(err)) return { available: false, required: [target], present: [], missing: [target] };
    throw err;
  }
  const required = [manifest.config, ...manifest.layers];
  const present = required.filter((d) => hasContent(node, ns, d.digest));
  const missing = required.filter((d) => !hasContent(node, ns, d.digest));
  return { available: true, required, present, missing };
}

/** Every descriptor reachable from `target` whose blob is present (for export, gc, push). */
export function reachable(node: Node, ns: string, target: Descriptor, matcher?: PlatformMatcher): Descriptor[] {
  const out: Descriptor[] = [];
  const seen = new Set<string>();
  const visit = (desc: Descriptor): void => {
    if (seen.has(desc.digest)) return;
    seen.add(desc.digest);
    out.push(desc);
    let children: Descriptor[];
    try {
      getBlob(node, ns, desc.digest);
      children = childrenOf(node, ns, desc);
    } catch (err) {
      // A missing or unreadable blob ends this branch; a simulator bug must surface.
      if (!(err instanceof ContainerdError)) throw err;
      return;
    }
    for (const child of children) {
      if (child.platform && matcher && !matcher(child.platform)) continue;
      visit(child);
    }
  };
  visit(target);
  return out;
}
