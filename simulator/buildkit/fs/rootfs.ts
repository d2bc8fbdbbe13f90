// A build step's root filesystem: the files of a chain of layers merged bottom to top (what
// buildkit's snapshotter mounts for the step), with a directory index so a process can list
// directories. Merged views are kept per chain (the layers are immutable), so a step on a
// cached parent never merges again.

import type { LayerFile } from '../../oci/blob';

/** One layer of a chain: the files it adds and the paths it deletes (its whiteouts). */
export interface ChainLayer {
  /** Content digest of the layer blob: what identifies it in the chain. */
  digest: string;
  files: Readonly<Record<string, LayerFile>>;
  deletes?: readonly string[];
}

export interface MergedView {
  readonly files: ReadonlyMap<string, LayerFile>;
  /** Names directly below each directory, unsorted. */
  readonly children: ReadonlyMap<string, ReadonlySet<string>>;
}

const MEMO_LIMIT = 64;
const memo = new Map<string, MergedView>();

export function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** The chain's identity: its layers' digests in order. */
function chainKey(chain: readonly ChainLayer[]): string {
  return chain.map((l) => l.digest).join(',');
}

/** The merged files of `chain`. */
export function mergedView(chain: readonly ChainLayer[]): MergedView {
  const key = chainKey(chain);
  const hit = memo.get(key);
  if (hit) return hit;
  const files = new Map<string, LayerFile>([['/', { kind: 'dir', mode: 0o755 }]]);
  for (const layer of chain) {
    for (const gone of layer.deletes ?? []) {
      for (const p of [...files.keys()]) if (p === gone || p.startsWith(`${gone}/`)) files.delete(p);
    }
    for (const [path, file] of Object.entries(layer.files)) files.set(path, file);
  }
  const children = new Map<string, Set<string>>();
  for (const path of files.keys()) {
    if (path === '/') continue;
    const parent = parentOf(path);
    let set = children.get(parent);
    if (!set) children.set(parent, (set = new Set()));
    set.add(path.slice(parent === '/' ? 1 : parent.length + 1));
  }
  const view: MergedView = { files, children };
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, view);
  return view;
}
