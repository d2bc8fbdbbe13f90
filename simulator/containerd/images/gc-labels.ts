// images.SetChildrenMappedLabels: a blob that points at others carries one
// containerd.io/gc.ref.content.* label per child, so the garbage collector keeps the children
// alive as long as the parent is. Counters run per prefix (m.0, m.1 / config / l.0, l.1 …).

import type { Descriptor } from '../../oci/descriptor';
import { isConfigType, isLayerType, isManifestType } from '../../oci/media-types';

function prefixOf(child: Descriptor): string {
  if (isConfigType(child.mediaType)) return 'containerd.io/gc.ref.content.config';
  if (isManifestType(child.mediaType)) return 'containerd.io/gc.ref.content.m.';
  if (isLayerType(child.mediaType)) return 'containerd.io/gc.ref.content.l.';
  return 'containerd.io/gc.ref.content.';
}

/** The gc labels a parent gets for `children`, in child order. */
export function childGcLabels(children: readonly Descriptor[]): Record<string, string> {
  const labels: Record<string, string> = {};
  const counters = new Map<string, number>();
  for (const child of children) {
    const prefix = prefixOf(child);
    if (!prefix.endsWith('.')) {
      labels[prefix] = child.digest;
      continue;
    }
    const n = counters.get(prefix) ?? 0;
    labels[`${prefix}${n}`] = child.digest;
    counters.set(prefix, n + 1);
  }
  return labels;
}
