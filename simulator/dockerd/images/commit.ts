// POST /commit (moby 20.10 daemon/commit.go CreateImageFromContainer): the container's
// read-write layer — its overlay2 upper dir, a `.wh.` entry a deletion — becomes one layer on
// top of its image's; the config is the container's with the --change lines applied; the
// history gains an entry created by the container's command, with -a's author and -m's
// comment; the new image's Parent is the container's image. The answer is the new id.

import { WHITEOUT_PREFIX } from '../../host/overlay';
import { binaryToText } from '../../host/vfs';
import type { Node } from '../../node';
import type { LayerFile } from '../../oci/blob';
import { formatNamed, parseDockerRef } from '../../oci/docker-reference';
import { DOCKER_ROOT } from '../daemon';
import { invalidParameter } from '../errors';
import { findContainer } from '../containers/lookup';
import { pauseContainer, unpauseContainer } from '../containers/pause';
import type { DockerContainerRecord } from '../store/container-record';
import { ENGINE_VERSION } from '../system/version';
import { applyChanges } from './build/changes';
import { stepLayer } from './build/layer-tar';
import { goTimeJson } from './go-time';
import { marshalImageConfig, v1Image, type HistoryEntry } from './image-config';
import { goContainerConfig } from './inspect';
import { addLayer, diffSize, findLayer } from './layers';
import { storeImage } from './store-image';
import { logContainerEvent, logImageEvent } from '../events/event-log';
import { familiarName } from './familiar-name';

export interface CommitRequest {
  container: string;
  reference?: string;
  author: string;
  comment: string;
  changes: readonly string[];
  /** --pause (the CLI's default): a running container is paused while its layer is taken. */
  pause?: boolean;
}

/** The upper dir's entries as a layer's files (whiteouts as deletions). */
function upperFiles(node: Node, mountId: string): Record<string, LayerFile | null> {
  const upper = `${DOCKER_ROOT}/overlay2/${mountId}/diff`;
  const out: Record<string, LayerFile | null> = {};
  for (const [path, e] of Object.entries(node.state.host.files)) {
    if (!path.startsWith(`${upper}/`) || !e) continue;
    const rel = path.slice(upper.length);
    const base = rel.slice(rel.lastIndexOf('/') + 1);
    if (base.startsWith(WHITEOUT_PREFIX)) {
      out[`${rel.slice(0, rel.lastIndexOf('/') + 1)}${base.slice(WHITEOUT_PREFIX.length)}`] = null;
      continue;
    }
    const mode = e.mode & 0o7777;
    // The diff tar carries each file's own mtime, so a commit of unchanged files makes the same
    // layer (same diff id) however late it comes, and images committed apart share it.
    const mtime = e.mtimeMs === undefined ? {} : { mtime: Math.floor(e.mtimeMs / 1000) };
    if (e.kind === 'dir') out[rel] = { kind: 'dir', mode, ...mtime };
    else if (e.kind === 'symlink') out[rel] = { kind: 'symlink', mode: 0o777, content: e.content ?? '', ...mtime };
    else out[rel] = { kind: 'file', mode, size: (e as { size?: number }).size ?? (e.content ?? '').length, content: binaryToText(e.content ?? ''), ...mtime };
  }
  return out;
}

export function commitContainer(node: Node, req: CommitRequest): string {
  const record = findContainer(node, req.container);
  // daemon/commit.go: pause unless paused already, and unpause after the `commit` event.
  if (req.pause === true && record.state.status === 'running') {
    pauseContainer(node, record.id);
    try {
      return commitUnpaused(node, req, record);
    } finally {
      unpauseContainer(node, record.id);
    }
  }
  return commitUnpaused(node, req, record);
}

function commitUnpaused(node: Node, req: CommitRequest, record: DockerContainerRecord): string {
  let full: string | undefined;
  if (req.reference !== undefined && req.reference !== '') {
    try {
      full = formatNamed(parseDockerRef(req.reference));
    } catch (err) {
      throw invalidParameter(err instanceof Error ? err.message : 'invalid reference format');
    }
  }
  const config = applyChanges(goContainerConfig(record.config), req.changes);
  const parent = node.state.dockerd.images[record.imageId];
  const mountId = (record as { mountId?: string }).mountId;
  const files = mountId === undefined ? {} : upperFiles(node, mountId);
  const created = goTimeJson(node.nowMs());
  const { diffId, rawDeflated } = stepLayer(files, Math.floor(node.nowMs() / 1000));
  const layerSize = diffSize(files);
  addLayer(node, { diffId, size: layerSize, files, rawDeflated });
  const diffIds = [...(parent?.diffIds ?? []), diffId];
  const cmd = ((record.config as { Cmd?: string[] | null }).Cmd ?? []).join(' ');
  const history: HistoryEntry[] = [...((parent?.config.history as HistoryEntry[] | undefined) ?? []), { created, author: req.author, created_by: cmd, comment: req.comment }];
  const v1 = v1Image({
    author: req.author,
    comment: req.comment,
    config,
    container: record.id,
    container_config: goContainerConfig(record.config),
    created,
    docker_version: ENGINE_VERSION,
    architecture: 'amd64',
    os: 'linux',
  });
  let size = layerSize;
  for (const d of parent?.diffIds ?? []) size += findLayer(node, d)?.size ?? 0;
  const id = storeImage(node, marshalImageConfig(v1, history, diffIds), size, parent ? parent.id : undefined);
  if (full !== undefined) {
    node.state.dockerd.references[full] = id;
    logImageEvent(node, `sha256:${id}`, familiarName(full), 'tag');
  }
  logContainerEvent(node, record, 'commit', { comment: req.comment, imageID: `sha256:${id}`, imageRef: full === undefined ? '' : familiarName(full) });
  return `sha256:${id}`;
}
