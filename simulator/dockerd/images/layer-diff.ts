// A layer's files in its overlay2 diff dir (/var/lib/docker/overlay2/<cache id>/diff), where
// dockerd extracts a layer when it registers it (pull, load, import, build, commit: moby 20.10
// layer/layer_store.go applyTar), and where overlay reads a container's lower dirs from. The
// store keeps a layer's files in its record; the node's files get them here.

import { exists, mkdir, symlink, textToBinary, writeFile } from '../../host/vfs';
import { WHITEOUT_PREFIX } from '../../host/overlay';
import type { Node } from '../../node';
import { DOCKER_ROOT } from '../daemon';
import type { DockerLayerRecord } from '../store/layer-record';
import { linkLayerDir } from './overlay2-links';

/** The first path of a layer in byte order: a cheap sign that its diff dir holds its files. */
const firstPaths = new WeakMap<DockerLayerRecord, string | null>();

function firstPath(layer: DockerLayerRecord): string | undefined {
  let known = firstPaths.get(layer);
  if (known === undefined) {
    known = null;
    for (const path of Object.keys(layer.files)) if (known === null || path < known) known = path;
    firstPaths.set(layer, known);
  }
  return known ?? undefined;
}

function layerDiffDir(layer: DockerLayerRecord): string {
  return `${DOCKER_ROOT}/overlay2/${layer.cacheId}/diff`;
}

/**
 * The layer's diff dir with its files, written unless they are there already (a node saved
 * before layers were extracted at registration has the dir empty). Returns the dir.
 */
export function ensureLayerDiff(node: Node, layer: DockerLayerRecord): string {
  const files = node.state.host.files;
  const diff = layerDiffDir(layer);
  const first = firstPath(layer);
  if (exists(files, diff) && (first === undefined || files[`${diff}${first}`] !== undefined)) {
    linkLayerDir(node, layer.cacheId);
    return diff;
  }
  mkdir(files, diff, { parents: true, mode: 0o755, mtimeMs: node.nowMs() });
  linkLayerDir(node, layer.cacheId);
  for (const path of Object.keys(layer.files).sort()) {
    const f = layer.files[path];
    const host = `${diff}${path}`;
    if (!f) {
      // A deletion the layer carries (a commit's or build step's whiteout): overlay reads it as `.wh.<name>`.
      const at = host.lastIndexOf('/');
      mkdir(files, host.slice(0, at), { parents: true, mtimeMs: node.nowMs() });
      writeFile(files, `${host.slice(0, at)}/${WHITEOUT_PREFIX}${host.slice(at + 1)}`, '', { mode: 0, mtimeMs: node.nowMs() });
      continue;
    }
    const mtimeMs = f.mtime !== undefined ? f.mtime * 1000 : node.nowMs();
    if (f.kind === 'dir') mkdir(files, host, { parents: true, mode: f.mode, mtimeMs });
    else {
      mkdir(files, host.slice(0, host.lastIndexOf('/')), { parents: true, mtimeMs });
      if (f.kind === 'symlink') {
        if (files[host] === undefined) symlink(files, f.content ?? '', host, { mtimeMs });
      } else {
        writeFile(files, host, textToBinary(f.content ?? ''), { mode: f.mode, mtimeMs });
        const entry = files[host];
        if (entry && f.size !== undefined && f.content === undefined) entry.size = f.size;
      }
    }
  }
  return diff;
}
