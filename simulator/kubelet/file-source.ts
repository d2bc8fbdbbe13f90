// The kubelet's file source (pkg/kubelet/config/file.go, file_linux.go): every regular file
// in --pod-manifest-path whose name does not start with "." is a Pod manifest (`.bak` files
// too, as the notes warn). The real source lists the directory every 20 s and also reacts to
// inotify at once; here the directory is compared on every loop (once a second), so a new or
// removed file is noticed within a second, and a broken file is logged again on each 20 s
// listing, as the real source does.

import * as vfs from '../host/vfs';
import type { Node } from '../node';
import { Bare, klog } from './klog';
import type { KubeletMemory } from './kubelet-memory';
import type { Pod } from './pod-spec';
import { CONFIG_SEEN_ANNOTATION, decodeStaticPod } from './static-pod';

export const MANIFEST_DIR = '/etc/kubernetes/manifests';
/** FileCheckFrequency's default: the periodic listing. */
const FILE_CHECK_PERIOD_MS = 20_000;

/** What changed in the desired pods since the last look. */
export interface ConfigUpdate {
  added: Pod[];
  removed: Pod[];
}

/** RFC3339Nano of a moment given in ms (Go trims trailing zeros of the fraction). */
function rfc3339Nano(ms: number): string {
  const iso = new Date(ms).toISOString();
  const frac = iso.slice(20, 23).replace(/0+$/, '');
  return `${iso.slice(0, 19)}${frac ? `.${frac}` : ''}Z`;
}

function manifestFiles(node: Node): { paths: string[]; problem?: string } {
  const files = node.state.host.files;
  if (!vfs.exists(files, MANIFEST_DIR)) return { paths: [], problem: 'path does not exist, ignoring' };
  let names: string[];
  try {
    names = vfs.readdir(files, MANIFEST_DIR);
  } catch {
    return { paths: [], problem: 'path is not a directory, ignoring' };
  }
  return { paths: names.filter((n) => !n.startsWith('.')).map((n) => `${MANIFEST_DIR}/${n}`) };
}

/**
 * Reads the manifest directory and updates `memory.pods`; says which pods came and went. A
 * changed file is a new pod (its UID hashes the content): the old one goes, the new one comes.
 */
export function readManifests(node: Node, memory: KubeletMemory, nodeName: string): ConfigUpdate {
  const periodic = memory.tick % (FILE_CHECK_PERIOD_MS / 1000) === 0;
  const { paths, problem } = manifestFiles(node);
  // A missing directory empties the source (its pods go) and is logged at each listing.
  if (problem && periodic) klog(node, 'E', 'file.go:69', 'Unable to read config path', [['err', problem], ['path', MANIFEST_DIR]]);
  const files = node.state.host.files;
  const next: Record<string, Pod> = {};
  const seenFiles: KubeletMemory['files'] = {};
  const names = new Set<string>();
  for (const path of paths) {
    const entry = vfs.stat(files, path);
    if (entry.kind === 'dir') {
      if (periodic) klog(node, 'E', 'file.go:174', 'Provided manifest path is a directory, not recursing into manifest path', [['path', path]]);
      continue;
    }
    let text: string;
    try {
      text = vfs.binaryToText(vfs.readFile(files, path));
    } catch {
      continue;
    }
    const before = memory.files[path];
    const changed = before?.text !== text;
    // An unchanged file is the pod (or the error) it was: only a change is decoded again.
    const kept = !changed && before?.uid !== undefined ? memory.pods[before.uid] : undefined;
    const decoded = kept
      ? { ok: true as const, pod: kept }
      : !changed && before?.error !== undefined && before.error !== 'duplicate'
        ? { ok: false as const, error: before.error }
        : decodeStaticPod(text, path, nodeName);
    if (!decoded.ok) {
      seenFiles[path] = { text, error: decoded.error };
      if (changed || periodic) klog(node, 'E', 'file.go:187', 'Could not process manifest file', [['err', decoded.error], ['path', path]]);
      continue;
    }
    const pod = decoded.pod;
    const fullName = `${pod.metadata.name}_${pod.metadata.namespace}`;
    if (names.has(fullName)) {
      // config.go filterInvalidPods: the second pod of a name is dropped.
      if (changed || periodic) klog(node, 'I', 'config.go:408', 'Pod failed validation', [['pod', `${pod.metadata.namespace}/${pod.metadata.name}`], ['err', `duplicate pod name ${JSON.stringify(pod.metadata.name)}`]]);
      seenFiles[path] = { text, error: 'duplicate' };
      continue;
    }
    names.add(fullName);
    seenFiles[path] = { text, uid: pod.metadata.uid };
    const known = memory.pods[pod.metadata.uid];
    // config.seen: when this config first showed the pod (kept while the pod stays the same).
    const seen = known?.metadata.annotations[CONFIG_SEEN_ANNOTATION] ?? rfc3339Nano(node.nowMs());
    pod.metadata.annotations[CONFIG_SEEN_ANNOTATION] = seen;
    next[pod.metadata.uid] = pod;
  }
  const added = Object.values(next).filter((p) => !memory.pods[p.metadata.uid]);
  const removed = Object.values(memory.pods).filter((p) => !next[p.metadata.uid]);
  memory.pods = next;
  memory.files = seenFiles;
  if (removed.length > 0) klog(node, 'I', 'kubelet.go:2163', 'SyncLoop REMOVE', [['source', 'file'], ['pods', podList(removed)]]);
  // config.go's merge notes each new pod at --v=3, then the sync loop takes the batch.
  for (const pod of added) klog(node, 'I', 'config.go:383', 'Receiving a new pod', [['pod', `${pod.metadata.namespace}/${pod.metadata.name}`]]);
  if (added.length > 0) klog(node, 'I', 'kubelet.go:2157', 'SyncLoop ADD', [['source', 'file'], ['pods', podList(added)]]);
  return { added, removed };
}

/** klog.KObjs(pods): `[ns/a ns/b]`. */
function podList(pods: Pod[]): Bare {
  return new Bare(`[${pods.map((p) => `${p.metadata.namespace}/${p.metadata.name}`).join(' ')}]`);
}
