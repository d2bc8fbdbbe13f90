// A copy-on-write view of a file tree: a shared, never-modified base (a committed chain's merged
// layers, cached for every container of the image) under a small private top layer that takes
// the view's own writes and deletions, as overlayfs puts an upper dir over its lower dirs.
// Starting a process used to copy the whole image's file map; with this it copies nothing.

/** The parent directory of an absolute, normalised path ("/" for top-level entries). */
function parentOf(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut <= 0 ? '/' : path.slice(0, cut);
}

/** Children names by directory of a base that never changes, computed once per base. */
const baseChildren = new WeakMap<ReadonlyMap<string, unknown>, Map<string, string[]>>();

function childrenIndexOf(base: ReadonlyMap<string, unknown>): Map<string, string[]> {
  let index = baseChildren.get(base);
  if (!index) {
    index = new Map();
    for (const path of base.keys()) {
      if (path === '/') continue;
      const dir = parentOf(path);
      let names = index.get(dir);
      if (!names) index.set(dir, (names = []));
      names.push(path.slice(dir === '/' ? 1 : dir.length + 1));
    }
    baseChildren.set(base, index);
  }
  return index;
}

/**
 * A read-only tree a view can stand on instead of a map: answers one path or one directory at a
 * time, so a view over a large tree (an overlay mount's layer dirs on the node) reads only what
 * its process asks for.
 */
export interface FileLayer<F> {
  get(path: string): F | undefined;
  /** Names directly in `dir`, unsorted. */
  childNames(dir: string): readonly string[];
  keys(): Iterable<string>;
}

function isFileLayer<F>(base: ReadonlyMap<string, F> | FileLayer<F>): base is FileLayer<F> {
  return 'childNames' in base;
}

export class LayeredFiles<F> {
  /** The view's own entries; null is a deletion (a whiteout) of the base's path. */
  private readonly top = new Map<string, F | null>();
  /**
   * Paths deleted at some moment: nothing of the base below them shows again, even once the
   * path itself is written anew (an opaque directory, as overlayfs marks a re-created one).
   */
  private readonly opaque = new Set<string>();
  /**
   * "<path>/" of each opaque path but the root: a path lies below one when it starts with it.
   * A container's view has a handful (each filesystem mounted over the image: /proc, /dev, …)
   * and meets them on every lookup, so they are matched without cutting the path up.
   */
  private readonly opaquePrefixes: string[] = [];

  constructor(private readonly base: ReadonlyMap<string, F> | FileLayer<F>) {}

  /** True when a deletion of `path` or of one of its parents hides the base's entry. */
  private hidden(path: string): boolean {
    if (this.opaque.size === 0) return false;
    if (this.opaque.has('/')) return true;
    const prefixes = this.opaquePrefixes;
    for (let i = 0; i < prefixes.length; i++) if (path.startsWith(prefixes[i] as string)) return true;
    return false;
  }

  get(path: string): F | undefined {
    const own = this.top.get(path);
    if (own !== undefined) return own ?? undefined;
    if (this.top.has(path) || this.hidden(path)) return undefined;
    return this.base.get(path);
  }

  has(path: string): boolean {
    return this.get(path) !== undefined;
  }

  set(path: string, file: F): void {
    // Re-inserted last, so keys() meets a re-created path where a fresh map would.
    this.top.delete(path);
    this.top.set(path, file);
  }

  /** Removes `path` and everything below it. */
  delete(path: string): void {
    const prefix = path === '/' ? '/' : `${path}/`;
    for (const p of [...this.top.keys()]) if (p.startsWith(prefix)) this.top.delete(p);
    this.top.delete(path);
    this.top.set(path, null);
    if (!this.opaque.has(path) && path !== '/') this.opaquePrefixes.push(`${path}/`);
    this.opaque.add(path);
  }

  /** Every visible path: the base's that are not shadowed, then the view's own, in write order. */
  *keys(): IterableIterator<string> {
    for (const path of this.base.keys()) if (!this.top.has(path) && !this.hidden(path)) yield path;
    for (const [path, file] of this.top) if (file !== null) yield path;
  }

  /** Names directly in `dir` (unsorted), or an empty list. */
  children(dir: string): string[] {
    const names = new Set<string>();
    if (!this.top.has(dir) || this.top.get(dir) !== null) {
      const hideBase = this.opaque.has(dir) || this.hidden(dir);
      if (!hideBase) {
        const prefix = dir === '/' ? '/' : `${dir}/`;
        const baseNames = isFileLayer(this.base) ? this.base.childNames(dir) : (childrenIndexOf(this.base).get(dir) ?? []);
        for (const name of baseNames) {
          if (!this.top.has(prefix + name)) names.add(name);
        }
      }
    }
    for (const [path, file] of this.top) {
      if (file === null || path === '/' || parentOf(path) !== dir) continue;
      names.add(path.slice(dir === '/' ? 1 : dir.length + 1));
    }
    return [...names];
  }
}
