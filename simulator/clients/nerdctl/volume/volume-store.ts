// nerdctl's volume store (containerd/nerdctl@v0.22.2 pkg/mountutil/volumestore/volumestore.go):
// plain directories in the data store, one per namespace —
//   <data store>/volumes/<namespace>/<name>/           0700
//   <data store>/volumes/<namespace>/<name>/_data/     0755, the Mountpoint a container mounts
//   <data store>/volumes/<namespace>/<name>/volume.json {"labels": {...}} indented by 4 spaces
// so `ls`/`cat` on the node show them and a save keeps them. Used by the volume commands and by
// `run -v name:/path` (the containers group).

import { convertKvStringsToMap } from '../../kv-strings';
import * as vfs from '../../../host/vfs';
import type { Node } from '../../../node';
import { notFound } from '../../../errdefs/errdefs';
import { goJsonIndent } from '../format/go-json';
import { validateName } from './identifiers';

/** native.Volume (pkg/inspecttypes/native/volume.go): Labels and Size are omitted when empty. */
export interface NativeVolume {
  Name: string;
  Mountpoint: string;
  Labels?: Record<string, string>;
  Size?: number;
}

const VOLUME_DATA_DIR = '_data';
const VOLUME_JSON = 'volume.json';

/** volumestore.Path: `<dataStore>/volumes/<namespace>`. */
function volumeStoreDir(dataStore: string, namespace: string): string {
  return `${dataStore}/volumes/${namespace}`;
}

/** volumestore.New: the store's directory made (0700) on first use, as every command does. */
function storeDir(node: Node, dataStore: string, namespace: string): string {
  const dir = volumeStoreDir(dataStore, namespace);
  vfs.mkdir(node.state.host.files, dir, { parents: true, mode: 0o700, mtimeMs: node.nowMs() });
  return dir;
}


/** Go's map marshalling sorts keys. */
function sortedLabels(m: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.keys(m).sort().map((k) => [k, m[k] ?? '']));
}

/**
 * Create: mkdir <name> (0700; an existing one fails as os.Mkdir does: `mkdir <path>: file
 * exists`), mkdir _data (0755), volume.json with the labels (ConvertKVStringsToMap always
 * makes a map, so `{}` without any; -v's implicit volumes are created the same way).
 */
export function createVolume(node: Node, dataStore: string, namespace: string, name: string, labels: readonly string[] = []): NativeVolume {
  validateName(name);
  const files = node.state.host.files;
  const dir = `${storeDir(node, dataStore, namespace)}/${name}`;
  if (vfs.exists(files, dir)) throw new Error(`mkdir ${dir}: file exists`);
  const stamp = { mtimeMs: node.nowMs() };
  vfs.mkdir(files, dir, { ...stamp, mode: 0o700 });
  vfs.mkdir(files, `${dir}/${VOLUME_DATA_DIR}`, { ...stamp, mode: 0o755 });
  const map = sortedLabels(convertKvStringsToMap(labels));
  vfs.writeFile(files, `${dir}/${VOLUME_JSON}`, goJsonIndent({ labels: map }, '    '), { ...stamp, mode: 0o644 });
  return { Name: name, Mountpoint: `${dir}/${VOLUME_DATA_DIR}`, Labels: map };
}

/** volume.json's labels (volumestore.Labels): absent when the file is missing, unreadable or `null`. */
function readLabels(node: Node, path: string): Record<string, string> | undefined {
  try {
    const parsed = JSON.parse(vfs.binaryToText(vfs.readFile(node.state.host.files, path))) as { labels?: unknown };
    const labels = parsed?.labels;
    if (labels === null || typeof labels !== 'object') return undefined;
    return sortedLabels(labels as Record<string, string>);
  } catch {
    return undefined;
  }
}

/** Get: the volume whose _data exists; else `volume "X" not found: not found` (errdefs NotFound). */
export function getVolume(node: Node, dataStore: string, namespace: string, name: string): NativeVolume {
  validateName(name);
  const dir = `${storeDir(node, dataStore, namespace)}/${name}`;
  const data = `${dir}/${VOLUME_DATA_DIR}`;
  if (!vfs.exists(node.state.host.files, data)) throw notFound(`volume ${JSON.stringify(name)} not found`);
  const labels = readLabels(node, `${dir}/${VOLUME_JSON}`);
  return labels === undefined ? { Name: name, Mountpoint: data } : { Name: name, Mountpoint: data, Labels: labels };
}

/** GetWithSize: Get plus the byte count of every non-directory under _data (filepath.Walk). */
export function getVolumeWithSize(node: Node, dataStore: string, namespace: string, name: string): NativeVolume {
  const volume = getVolume(node, dataStore, namespace, name);
  const files = node.state.host.files;
  let size = 0;
  for (const p of vfs.walk(files, volume.Mountpoint)) {
    const e = files[p];
    if (e && e.kind !== 'dir') size += (e.content ?? '').length;
  }
  return size > 0 ? { ...volume, Size: size } : volume;
}

/**
 * List: every entry of the store directory through Get. The real store returns a Go map, so
 * `volume ls` prints in random order; here they come sorted by name.
 */
export function listVolumes(node: Node, dataStore: string, namespace: string): NativeVolume[] {
  const dir = storeDir(node, dataStore, namespace);
  return vfs.readdir(node.state.host.files, dir).sort().map((name) => getVolume(node, dataStore, namespace, name));
}

/** Remove: RemoveAll of each volume's directory (a missing one is no error); the names removed. */
export function removeVolumes(node: Node, dataStore: string, namespace: string, names: readonly string[]): string[] {
  const dir = storeDir(node, dataStore, namespace);
  const removed: string[] = [];
  for (const name of names) {
    validateName(name);
    vfs.rm(node.state.host.files, `${dir}/${name}`, { recursive: true, force: true, mtimeMs: node.nowMs() });
    removed.push(name);
  }
  return removed;
}
