// For the overlay view's property tests: the merged tree worked out by hand, the plainest way
// (each layer dir listed by a pass over every path, bottom first, a whiteout deleting what lies
// below it), for the read-through view (overlay-view.ts) to be held to.

import { binaryToText, type Files } from './vfs';
import { WHITEOUT_PREFIX, type OverlayFile } from './overlay-view';

/** What a test compares of a file of the view. */
export interface Seen {
  kind: OverlayFile['kind'];
  content?: string;
  mode: number;
}

/** A file of the view as a test compares it. */
export function seen(f: OverlayFile): Seen {
  return f.content === undefined ? { kind: f.kind, mode: f.mode } : { kind: f.kind, content: f.content, mode: f.mode };
}

/** The view of `lowers` (top first) under `upper`, path → file, "/" included. */
export function mergedByHand(files: Files, lowers: readonly string[], upper: string): Map<string, Seen> {
  const want = new Map<string, Seen>([['/', { kind: 'dir', mode: 0o755 }]]);
  for (const dir of [...lowers].reverse().concat(upper)) {
    const inside = Object.keys(files).filter((p) => p.startsWith(`${dir}/`));
    for (const p of inside) {
      const inner = p.slice(dir.length);
      const base = inner.slice(inner.lastIndexOf('/') + 1);
      if (!base.startsWith(WHITEOUT_PREFIX)) continue;
      const hidden = `${inner.slice(0, inner.lastIndexOf('/'))}/${base.slice(WHITEOUT_PREFIX.length)}`;
      for (const k of [...want.keys()]) if (k === hidden || k.startsWith(`${hidden}/`)) want.delete(k);
    }
    for (const p of inside) {
      const inner = p.slice(dir.length);
      const e = files[p];
      if (!e || inner.slice(inner.lastIndexOf('/') + 1).startsWith(WHITEOUT_PREFIX)) continue;
      const content = e.kind === 'file' && e.content !== undefined ? binaryToText(e.content) : e.content;
      want.set(inner, content === undefined ? { kind: e.kind, mode: e.mode } : { kind: e.kind, content, mode: e.mode });
    }
  }
  return want;
}
