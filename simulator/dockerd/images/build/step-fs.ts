// The root filesystem a classic build step's container sees: the image's layers merged (the
// overlay2 lower dirs) under a writable upper layer, whose writes and deletions become the
// step's layer when the builder commits the container.

import type { LayerFile } from '../../../oci/blob';
import type { ContainerFile, ContainerFs } from '../../../programs/program';

export class StepFs implements ContainerFs {
  private readonly upper = new Map<string, LayerFile | null>();

  constructor(private readonly lower: Readonly<Record<string, LayerFile>>) {}

  lookup(path: string): ContainerFile | undefined {
    if (path === '/') return { kind: 'dir', mode: 0o755 };
    if (this.upper.has(path)) return this.upper.get(path) ?? undefined;
    for (let p = path; p.lastIndexOf('/') > 0; ) {
      p = p.slice(0, p.lastIndexOf('/'));
      if (this.upper.get(p) === null) return undefined;
    }
    return this.lower[path];
  }

  list(path: string): string[] | undefined {
    if (this.lookup(path)?.kind !== 'dir') return undefined;
    const prefix = path === '/' ? '/' : `${path}/`;
    const names = new Set<string>();
    for (const p of [...Object.keys(this.lower), ...this.upper.keys()]) {
      if (!p.startsWith(prefix) || p === path) continue;
      const name = p.slice(prefix.length).split('/')[0] ?? '';
      if (name !== '' && this.lookup(`${prefix}${name}`) !== undefined) names.add(name);
    }
    return [...names].sort();
  }

  write(path: string, file: ContainerFile): boolean {
    const parts = path.split('/').filter(Boolean);
    for (let i = 1; i < parts.length; i++) {
      const dir = `/${parts.slice(0, i).join('/')}`;
      if (this.lookup(dir) === undefined) this.upper.set(dir, { kind: 'dir', mode: 0o755 });
    }
    this.upper.set(path, { ...file });
    return true;
  }

  remove(path: string): boolean {
    for (const p of [...this.upper.keys()]) if (p.startsWith(`${path}/`)) this.upper.delete(p);
    this.upper.set(path, null);
    return true;
  }

  /** The step's changes: files written, null for paths deleted that the lower layers had. */
  diff(): Record<string, LayerFile | null> {
    const out: Record<string, LayerFile | null> = {};
    for (const [p, f] of [...this.upper.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (f === null && this.lower[p] === undefined) continue;
      out[p] = f;
    }
    return out;
  }
}
