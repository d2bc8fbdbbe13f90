// The root of a container whose owner mounted an overlay for it on the node (dockerd's overlay2:
// spec.root.path is .../merged), read through at each lookup instead of merged up front. A
// process asks for a few paths (`ls /`, its program, /etc/passwd), while merging the whole tree
// (host/overlay.ts overlayFiles) converts every file of every image layer: most of what a
// `docker exec` cost. The answers are overlayFiles's, path for path: the upper dir, then each
// lower dir top first; a `.wh.<name>` whiteout in a dir hides <name> and what lies below it in
// the dirs under that one (overlayfs's readdir and lookup, fs/overlayfs/namei.c, Linux 5.x).

import type { Node } from '../../node';
import { overlayAt, overlayFileOf, WHITEOUT_PREFIX, type OverlayFile } from '../../host/overlay';
import { storedChildren } from '../../host/vfs';
import type { FileLayer } from '../snapshots/layered-files';

function parentOf(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut <= 0 ? '/' : path.slice(0, cut);
}

const ROOT: OverlayFile = { kind: 'dir', mode: 0o755 };

/** The overlay mounted at `target` as a read-through layer; undefined when none is mounted there. */
export function overlayLayer(node: Node, target: string): FileLayer<OverlayFile> | undefined {
  const dirs = overlayAt(node, target);
  if (!dirs) return undefined;
  const files = node.state.host.files;
  const topFirst = [dirs.upperdir, ...dirs.lowerdirs];

  // What the view has read is kept for its life, as the merged copy it replaces kept all: a
  // process meets the same directories again and again (each PATH directory, each component
  // of a path). Paths are looked up in each layer directory's listing, never in the node's
  // table directly: a miss there costs V8 a slow keyed lookup of a long new string, and most
  // lookups miss in most of a container's ten or so layers.
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

  const hiddenBy = topFirst.map(() => new Map<string, boolean>());
  /** True when layer `i` holds a whiteout for `path` or for one of its parents. */
  const whitedOut = (i: number, path: string): boolean => {
    if (path === '/') return false;
    const known = hiddenBy[i]?.get(path);
    if (known !== undefined) return known;
    const parent = parentOf(path);
    const hidden = namesIn(i, parent).has(`${WHITEOUT_PREFIX}${path.slice(parent === '/' ? 1 : parent.length + 1)}`) || whitedOut(i, parent);
    hiddenBy[i]?.set(path, hidden);
    return hidden;
  };

  const seen = new Map<string, OverlayFile | undefined>();
  const get = (path: string): OverlayFile | undefined => {
    if (path === '/') return ROOT;
    if (seen.has(path)) return seen.get(path);
    let found: OverlayFile | undefined;
    const parent = parentOf(path);
    const name = path.slice(parent === '/' ? 1 : parent.length + 1);
    // A whiteout is how a layer records a deletion, never a file of the view.
    if (!name.startsWith(WHITEOUT_PREFIX)) {
      for (let i = 0; i < topFirst.length; i++) {
        const entry = namesIn(i, parent).has(name) ? files[`${topFirst[i]}${path}`] : undefined;
        if (entry !== undefined) {
          found = overlayFileOf(entry);
          break;
        }
        if (whitedOut(i, path)) break;
      }
    }
    seen.set(path, found);
    return found;
  };

  const childNames = (dir: string): string[] => {
    const names = new Set<string>();
    for (let i = 0; i < topFirst.length; i++) for (const name of namesIn(i, dir)) if (!name.startsWith(WHITEOUT_PREFIX)) names.add(name);
    const prefix = dir === '/' ? '/' : `${dir}/`;
    return [...names].filter((name) => get(prefix + name) !== undefined);
  };

  function* keys(): IterableIterator<string> {
    yield '/';
    const met = new Set<string>(['/']);
    for (const layer of topFirst) {
      for (const p of Object.keys(files)) {
        if (p.length <= layer.length + 1 || !p.startsWith(`${layer}/`)) continue;
        const path = p.slice(layer.length);
        if (met.has(path)) continue;
        met.add(path);
        if (get(path) !== undefined) yield path;
      }
    }
  }

  return { get, childNames, keys };
}
