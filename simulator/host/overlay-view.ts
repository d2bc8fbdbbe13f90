// What an overlay mount shows (overlayfs's lookup and readdir, fs/overlayfs/namei.c and
// readdir.c, Linux 5.x): the upper dir, then each lower dir top first; a `.wh.<name>` whiteout
// in a dir hides <name> and what lies below it in the dirs under that one, and is never a file
// of the view itself. These rules live here only: the read-through root a container's
// processes see (containerd/tasks/overlay-layer.ts) and the merged copy docker cp and export
// read (overlay.ts overlayFiles) are both this view.
//
// The view is read through at each lookup instead of merged up front: a process asks for a
// few paths (`ls /`, its program, /etc/passwd), while merging the whole tree converts every
// file of every image layer.

import type { VfsEntry } from './host-state';
import { binaryToText, storedChildren, type Files } from './vfs';

/** A file of the merged view, as a process reads it (text, not the node's bytes). */
export interface OverlayFile {
  kind: 'file' | 'dir' | 'symlink';
  content?: string;
  mode: number;
  size?: number;
  mtime?: number;
}

/** How a layer records a deletion (OCI image-spec layer.md; the kernel's 0/0 char device). */
export const WHITEOUT_PREFIX = '.wh.';

/** The dirs the view is made of: lower dirs top first (lowerdir=a:b: a covers b). */
interface ViewDirs {
  lowerdirs: readonly string[];
  upperdir: string;
}

/** The view, path by path: paths are absolute inside the mount ("/" is its root). */
export interface OverlayView {
  get(path: string): OverlayFile | undefined;
  /** Names directly in `dir`, unsorted. */
  childNames(dir: string): string[];
  /** Every path of the view, "/" first. */
  keys(): IterableIterator<string>;
}

function parentOf(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut <= 0 ? '/' : path.slice(0, cut);
}

/** A node entry of a layer dir as the view shows it: text content, mtime in seconds. */
function overlayFileOf(e: VfsEntry): OverlayFile {
  const content = e.kind === 'file' && e.content !== undefined ? binaryToText(e.content) : e.content;
  const file: OverlayFile = { kind: e.kind, mode: e.mode, mtime: Math.floor(e.mtimeMs / 1000) };
  if (content !== undefined) file.content = content;
  if (e.size !== undefined) file.size = e.size;
  return file;
}

const ROOT: OverlayFile = { kind: 'dir', mode: 0o755 };

/** One directory of the view, merged from the layers that reach it. */
interface Listing {
  /** The layers whose content at this directory shows (not hidden by a whiteout above), top first. */
  layers: number[];
  /** Name → the layer whose entry the view shows. */
  shown: Map<string, number>;
  /** Name → the position in `layers` of the first layer holding a whiteout for it. */
  whiteoutAt: Map<string, number>;
}

/** The overlay of `dirs` over the node's `files`, each directory merged when first asked. */
export function overlayView(files: Files, dirs: ViewDirs): OverlayView {
  const topFirst = [dirs.upperdir, ...dirs.lowerdirs];

  // What the view has read is kept for its life: a process meets the same directories again
  // and again (each PATH directory, each component of a path). Paths are looked up in each
  // layer directory's listing, never in the node's table directly: a miss there costs V8 a
  // slow keyed lookup of a long new string, and most lookups miss in most of a container's
  // ten or so layers.
  const listed = topFirst.map(() => new Map<string, Set<string>>());
  /** The names layer `i` holds directly in `dir`, whiteouts included. */
  const namesIn = (i: number, dir: string): Set<string> => {
    const byDir = listed[i] as Map<string, Set<string>>;
    let names = byDir.get(dir);
    if (!names) {
      const at = `${topFirst[i]}${dir === '/' ? '' : dir}`;
      names = new Set(storedChildren(files, at).map((p) => p.slice(at.length + 1)));
      byDir.set(dir, names);
    }
    return names;
  };

  const listings = new Map<string, Listing>();
  /**
   * Directory `dir` merged: the first layer (top first) holding a name shows it, unless a layer
   * above holds a whiteout for it; a whiteout also hides what lies below the name in the layers
   * under its own, so only the layers down to it (and holding the name) reach inside.
   */
  const listing = (dir: string): Listing => {
    const known = listings.get(dir);
    if (known) return known;
    const layers: number[] = [];
    if (dir === '/') for (let i = 0; i < topFirst.length; i++) layers.push(i);
    else {
      const parent = parentOf(dir);
      const name = dir.slice(parent === '/' ? 1 : parent.length + 1);
      const above = listing(parent);
      const cut = above.whiteoutAt.get(name) ?? Number.POSITIVE_INFINITY;
      for (let k = 0; k < above.layers.length && k <= cut; k++) {
        const i = above.layers[k] as number;
        if (namesIn(i, parent).has(name)) layers.push(i);
      }
    }
    const shown = new Map<string, number>();
    const whiteoutAt = new Map<string, number>();
    for (let k = 0; k < layers.length; k++) {
      const names = namesIn(layers[k] as number, dir);
      for (const name of names) if (name.startsWith(WHITEOUT_PREFIX) && !whiteoutAt.has(name.slice(WHITEOUT_PREFIX.length))) whiteoutAt.set(name.slice(WHITEOUT_PREFIX.length), k);
      for (const name of names) {
        if (name.startsWith(WHITEOUT_PREFIX) || shown.has(name) || (whiteoutAt.get(name) ?? k) < k) continue;
        shown.set(name, layers[k] as number);
      }
    }
    const merged = { layers, shown, whiteoutAt };
    listings.set(dir, merged);
    return merged;
  };

  const seen = new Map<string, OverlayFile | undefined>();
  const get = (path: string): OverlayFile | undefined => {
    if (path === '/') return ROOT;
    if (seen.has(path)) return seen.get(path);
    const parent = parentOf(path);
    const layer = listing(parent).shown.get(path.slice(parent === '/' ? 1 : parent.length + 1));
    const entry = layer === undefined ? undefined : files[`${topFirst[layer]}${path}`];
    const found = entry && overlayFileOf(entry);
    seen.set(path, found);
    return found;
  };

  const childNames = (dir: string): string[] => [...listing(dir).shown.keys()];

  /** Whether a layer that reaches `dir` (`top`, the one shown, or one below) holds `name` there as a directory. */
  const dirInSome = (dir: string, name: string, top: number, file: OverlayFile): boolean => {
    if (file.kind === 'dir') return true;
    // A file over a directory hides none of what is below it here, as the lookups above answer
    // (overlayfs ends a lookup at a non-directory; not followed here, as before the fold).
    const path = dir === '/' ? `/${name}` : `${dir}/${name}`;
    for (const i of listing(dir).layers) if (i !== top && namesIn(i, dir).has(name) && files[`${topFirst[i]}${path}`]?.kind === 'dir') return true;
    return false;
  };

  /** The merged tree walked from "/", into every name some reaching layer holds as a directory. */
  function* keys(): IterableIterator<string> {
    yield '/';
    const stack = ['/'];
    for (let dir = stack.pop(); dir !== undefined; dir = stack.pop()) {
      const prefix = dir === '/' ? '/' : `${dir}/`;
      for (const [name, top] of listing(dir).shown) {
        const path = prefix + name;
        const file = get(path);
        if (file === undefined) continue;
        yield path;
        if (dirInSome(dir, name, top, file)) stack.push(path);
      }
    }
  }

  return { get, childNames, keys };
}
