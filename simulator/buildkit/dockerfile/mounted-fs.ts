// A RUN step's filesystem with its --mount mounts on top of the step's own root: a path at or
// below a mount's target belongs to that mount (bind, cache, tmpfs, secret, ssh socket), any
// other path to the root overlay whose writes become the layer. So what the process writes
// under a mount target never reaches the layer, as on a real node where the snapshot differ
// sees only the rootfs. The target itself is a mount stub runc created and buildkit removed
// afterwards (executor/stubs.go MountStubsCleaner); the parent directories runc had to create
// stay in the layer.

import type { LayerFile } from '../../oci/blob';
import type { ContainerFile, ContainerFs } from '../../programs/program';
import { parentOf } from '../fs/rootfs';

export interface StepMount {
  target: string;
  /** The mount's own tree: its root is `/` (a file when a single file is mounted). */
  fs: ContainerFs;
  readOnly: boolean;
}

/** A plain writable tree kept in a map: a tmpfs, a cache mount's directory, a secret's file. */
export class MapFs implements ContainerFs {
  constructor(readonly files: Map<string, LayerFile>) {}

  lookup(path: string): ContainerFile | undefined {
    return this.files.get(path);
  }

  list(path: string): string[] | undefined {
    if (this.files.get(path)?.kind !== 'dir') return undefined;
    const prefix = path === '/' ? '/' : `${path}/`;
    const names: string[] = [];
    for (const p of this.files.keys()) if (p !== path && p.startsWith(prefix) && !p.slice(prefix.length).includes('/')) names.push(p.slice(prefix.length));
    return names.sort();
  }

  write(path: string, file: ContainerFile): boolean {
    this.files.set(path, { ...file } as LayerFile);
    return true;
  }

  remove(path: string): boolean {
    for (const p of [...this.files.keys()]) if (p === path || p.startsWith(`${path}/`)) this.files.delete(p);
    return true;
  }
}

export class MountedFs implements ContainerFs {
  private readonly mounts: StepMount[];

  constructor(
    private readonly root: ContainerFs & Required<Pick<ContainerFs, 'write' | 'remove'>>,
    mounts: readonly StepMount[],
    nowSeconds: number,
  ) {
    // The deepest target wins; a later mount on the same target hides an earlier one.
    this.mounts = [...mounts].reverse().sort((a, b) => b.target.length - a.target.length);
    for (const m of mounts) {
      const missing: string[] = [];
      for (let p = parentOf(m.target); p !== '/' && root.lookup(p) === undefined; p = parentOf(p)) missing.unshift(p);
      for (const p of missing) root.write(p, { kind: 'dir', mode: 0o755, mtime: nowSeconds });
    }
  }

  private route(path: string): { mount: StepMount; inner: string } | undefined {
    for (const mount of this.mounts) {
      if (path === mount.target) return { mount, inner: '/' };
      if (path.startsWith(`${mount.target}/`)) return { mount, inner: path.slice(mount.target.length) };
    }
    return undefined;
  }

  lookup(path: string): ContainerFile | undefined {
    const r = this.route(path);
    return r ? r.mount.fs.lookup(r.inner) : this.root.lookup(path);
  }

  list(path: string): string[] | undefined {
    const r = this.route(path);
    if (r) return r.mount.fs.list(r.inner);
    const names = this.root.list(path);
    if (!names) return undefined;
    const all = new Set(names);
    for (const m of this.mounts) if (parentOf(m.target) === path && m.fs.lookup('/')) all.add(m.target.slice(path === '/' ? 1 : path.length + 1));
    return [...all].sort();
  }

  readOnlyAt(path: string): boolean {
    const r = this.route(path);
    return r ? r.mount.readOnly : (this.root.readOnlyAt?.(path) ?? false);
  }

  write(path: string, file: ContainerFile, atMs?: number): boolean {
    const r = this.route(path);
    if (!r) return this.root.write(path, file, atMs);
    return !r.mount.readOnly && (r.mount.fs.write?.(r.inner, file, atMs) ?? false);
  }

  remove(path: string, atMs?: number): boolean {
    const r = this.route(path);
    if (!r) return this.root.remove(path, atMs);
    // The mount point itself is busy; inside a writable mount the entry goes.
    return r.inner !== '/' && !r.mount.readOnly && (r.mount.fs.remove?.(r.inner, atMs) ?? false);
  }
}
