// The writable root of a RUN step: the merged lower layers plus an upper layer that takes the
// process's writes, as overlayfs gives runc a rootfs. What the upper layer holds afterwards is
// the step's diff, the new layer.

import type { LayerFile } from '../../oci/blob';
import type { ContainerFile, ContainerFs } from '../../programs/program';
import { parentOf, type MergedView } from './rootfs';

export interface StepDiff {
  /** Added or changed entries, path → file (parents included as the differ sees them). */
  files: Record<string, LayerFile>;
  /** Paths removed from the lower layers (whiteouts). */
  deletes: string[];
}

export class OverlayFs implements ContainerFs {
  /** Upper entries; null marks a deletion. */
  private readonly upper = new Map<string, LayerFile | null>();
  /** Paths removed at some point: nothing of the lower layers shows at or below them again. */
  private readonly wiped = new Set<string>();

  constructor(private readonly lower: MergedView) {}

  private lowerHidden(path: string): boolean {
    if (this.wiped.size === 0) return false;
    for (let p = path; ; p = parentOf(p)) {
      if (this.wiped.has(p)) return true;
      if (p === '/') return false;
    }
  }

  lookup(path: string): ContainerFile | undefined {
    const up = this.upper.get(path);
    if (up !== undefined) return up ?? undefined;
    // Below a deleted directory nothing exists unless written again.
    for (let p = parentOf(path); p !== '/'; p = parentOf(p)) if (this.upper.get(p) === null) return undefined;
    if (this.lowerHidden(path)) return undefined;
    return this.lower.files.get(path);
  }

  list(path: string): string[] | undefined {
    if (this.lookup(path)?.kind !== 'dir') return undefined;
    const names = new Set<string>();
    if (!this.lowerHidden(path)) for (const n of this.lower.children.get(path) ?? []) names.add(n);
    const prefix = path === '/' ? '/' : `${path}/`;
    for (const [p, f] of this.upper) {
      if (p === path || !p.startsWith(prefix) || p.slice(prefix.length).includes('/')) continue;
      if (f === null) names.delete(p.slice(prefix.length));
      else names.add(p.slice(prefix.length));
    }
    return [...names].filter((n) => this.lookup(`${prefix}${n}`) !== undefined).sort();
  }

  write(path: string, file: ContainerFile): boolean {
    this.upper.set(path, { ...file });
    return true;
  }

  remove(path: string): boolean {
    const prefix = `${path}/`;
    for (const p of [...this.upper.keys()]) if (p.startsWith(prefix)) this.upper.delete(p);
    this.upper.set(path, null);
    this.wiped.add(path);
    return true;
  }

  /** The step's changes: new and changed entries with their parent directories, and deletions. */
  diff(): StepDiff {
    const files: Record<string, LayerFile> = {};
    const deletes: string[] = [];
    for (const path of [...this.wiped].sort()) {
      if (this.lower.files.has(path) && ![...this.wiped].some((w) => w !== path && path.startsWith(`${w}/`))) deletes.push(path);
    }
    for (const path of [...this.upper.keys()].sort()) {
      const f = this.upper.get(path);
      if (f === null || f === undefined) continue;
      for (let p = parentOf(path); p !== '/'; p = parentOf(p)) {
        if (files[p] === undefined) {
          const dir = this.lookup(p);
          if (dir) files[p] = { ...dir } as LayerFile;
        }
      }
      files[path] = f as LayerFile;
    }
    return { files: sortedRecord(files), deletes };
  }
}

function sortedRecord<T>(r: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(r).sort()) out[k] = r[k] as T;
  return out;
}
