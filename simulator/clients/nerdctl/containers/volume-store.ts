// nerdctl's volume store (pkg/mountutil/volumestore/volumestore.go@v0.22.2): a volume is the
// directory <data store>/volumes/<namespace>/<name>, its data in _data (0755) and its labels in
// volume.json (json.MarshalIndent with four spaces). Kept in the node's files, where the real
// tool keeps it. Shared with `nerdctl volume` (exported for the system commands).

import * as vfs from '../../../host/vfs';
import type { Node } from '../../../node';

export const VOLUME_DATA_DIR = '_data';

export interface NerdctlVolume {
  name: string;
  /** <store>/<name>/_data */
  mountpoint: string;
}

const IDENTIFIER_PATTERN = '^[A-Za-z0-9]+(?:[._-](?:[A-Za-z0-9]+))*$';

function malformed(name: string): string | undefined {
  if (name.length === 0) return 'identifier must not be empty: invalid argument';
  if (new TextEncoder().encode(name).length > 76) return `identifier ${JSON.stringify(name)} greater than maximum length (76 characters): invalid argument`;
  if (!new RegExp(IDENTIFIER_PATTERN).test(name)) return `identifier ${JSON.stringify(name)} must match ${IDENTIFIER_PATTERN}: invalid argument`;
  return undefined;
}

/** volumestore.Path: `<dataStore>/volumes/<namespace>`. */
export function volumeStoreDir(dataStore: string, ns: string): string {
  return `${dataStore}/volumes/${ns}`;
}

export function volumeStore(node: Node, dataStore: string, ns: string) {
  const dir = volumeStoreDir(dataStore, ns);
  const files = node.state.host.files;
  vfs.mkdir(files, dir, { parents: true, mode: 0o700, mtimeMs: node.nowMs() });
  const check = (name: string) => {
    const problem = malformed(name);
    if (problem) throw new Error(`malformed name ${name}: ${problem}`);
  };
  return {
    dir,
    /** Create: mkdir (fails when it exists: `mkdir <path>: file exists`), _data, volume.json. */
    create(name: string, labels: Record<string, string> = {}): NerdctlVolume {
      check(name);
      const path = `${dir}/${name}`;
      const opts = { mtimeMs: node.nowMs() };
      if (vfs.exists(files, path)) throw new Error(`mkdir ${path}: file exists`);
      vfs.mkdir(files, path, { ...opts, mode: 0o700 });
      vfs.mkdir(files, `${path}/${VOLUME_DATA_DIR}`, { ...opts, mode: 0o755 });
      const sorted = Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      const json = JSON.stringify({ labels: sorted }, null, 4);
      vfs.writeFile(files, `${path}/volume.json`, json, { ...opts, mode: 0o644 });
      return { name, mountpoint: `${path}/${VOLUME_DATA_DIR}` };
    },
    /** Get: undefined when its _data is missing (the real one's ErrNotFound). */
    get(name: string): NerdctlVolume | undefined {
      check(name);
      const mountpoint = `${dir}/${name}/${VOLUME_DATA_DIR}`;
      return vfs.exists(files, mountpoint) ? { name, mountpoint } : undefined;
    },
    /** Every volume's name, as the directory lists them. */
    list(): string[] {
      return vfs.readdir(files, dir).filter((n) => vfs.exists(files, `${dir}/${n}/${VOLUME_DATA_DIR}`));
    },
    /** Remove (volumestore.go Remove): each volume's directory goes; returns the names removed. */
    remove(names: readonly string[]): string[] {
      const removed: string[] = [];
      for (const name of names) {
        const path = `${dir}/${name}`;
        if (!vfs.exists(files, path)) continue;
        vfs.rm(files, path, { recursive: true, force: true, mtimeMs: node.nowMs() });
        removed.push(name);
      }
      return removed;
    },
  };
}

export type VolumeStore = ReturnType<typeof volumeStore>;
