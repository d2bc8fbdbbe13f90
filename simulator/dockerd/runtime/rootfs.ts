// A docker container's root filesystem from dockerd's own layer store, as the overlay2 graph
// driver makes it (moby 20.10 daemon/graphdriver/overlay2/overlay.go, layer/layer_store.go
// CreateRWLayer): at create, the container's read-write layer — overlay2/<mount id>/{diff,work}
// beside its `-init` layer, and layerdb/mounts/<container id>/{mount-id,init-id,parent}; at
// start, an overlay of the image's layer dirs (top first) under that diff, mounted at
// overlay2/<mount id>/merged, which is the spec's root.path — containerd has no snapshot of it.
// At exit the overlay is unmounted; at `docker rm` the layer goes.

import { chainIdOf } from './chain-id';
import { mountOverlay, unmountOverlay } from '../../host/overlay';
import { mkdir, rm, symlink, writeFile } from '../../host/vfs';
import type { Node } from '../../node';
import { DOCKER_ROOT } from '../daemon';
import { randomHex } from '../images/random-hex';
import { findLayer } from '../images/layers';
import { linkLayerDir, unlinkLayerDir } from '../images/overlay2-links';
import { ensureLayerDiff } from '../images/layer-diff';
import type { DockerContainerRecord } from '../store/container-record';
import type { DockerLayerRecord } from '../store/layer-record';
import type { LayerFile } from '../../oci/blob';

const OVERLAY2 = `${DOCKER_ROOT}/overlay2`;
const MOUNTS_DB = `${DOCKER_ROOT}/image/overlay2/layerdb/mounts`;
const GRAPH_SOURCE = { namespace: 'moby', snapshotter: 'overlay2' };

function mergedDir(mountId: string): string {
  return `${OVERLAY2}/${mountId}/merged`;
}

/**
 * initlayer.Setup (moby v20.10.24 daemon/initlayer/setup_unix.go): the -init layer holds the
 * mount points the runtime binds over — empty 0755 files and dirs, and /etc/mtab pointing at
 * /proc/mounts — so they exist whatever the image has there (an image's /etc/hostname is
 * hidden by the empty one; `docker export` and `docker cp` of a container read these, and a new
 * volume's copy-up takes those under its mount point).
 */
export function initLayerFiles(): Record<string, LayerFile> {
  const out: Record<string, LayerFile> = {};
  for (const dir of ['/dev', '/dev/pts', '/dev/shm', '/etc', '/proc', '/sys']) out[dir] = { kind: 'dir', mode: 0o755 };
  for (const file of ['/.dockerenv', '/etc/resolv.conf', '/etc/hosts', '/etc/hostname', '/dev/console']) out[file] = { kind: 'file', mode: 0o755, content: '' };
  out['/etc/mtab'] = { kind: 'symlink', mode: 0o777, content: '/proc/mounts' };
  return out;
}

function setUpInitLayer(node: Node, diff: string): void {
  const files = node.state.host.files;
  const at = { parents: true, mode: 0o755, mtimeMs: node.nowMs() };
  for (const [path, f] of Object.entries(initLayerFiles())) {
    if (f.kind === 'dir') mkdir(files, `${diff}${path}`, at);
    else if (f.kind === 'symlink') symlink(files, f.content ?? '', `${diff}${path}`, { mtimeMs: node.nowMs() });
    else writeFile(files, `${diff}${path}`, '', { mode: f.mode, mtimeMs: node.nowMs() });
  }
}

/** CreateRWLayer: the container's layer dirs and its layerdb mount record; returns the mount id. */
export function createRwLayer(node: Node, containerId: string, diffIds: readonly string[]): string {
  const files = node.state.host.files;
  const at = { parents: true, mode: 0o710, mtimeMs: node.nowMs() };
  const mountId = randomHex(node, 32);
  for (const dir of [`${OVERLAY2}/${mountId}-init`, `${OVERLAY2}/${mountId}`]) {
    mkdir(files, `${dir}/diff`, at);
    mkdir(files, `${dir}/work`, { ...at, mode: 0o700 });
  }
  linkLayerDir(node, `${mountId}-init`);
  linkLayerDir(node, mountId);
  setUpInitLayer(node, `${OVERLAY2}/${mountId}-init/diff`);
  const db = `${MOUNTS_DB}/${containerId}`;
  mkdir(files, db, { ...at, mode: 0o755 });
  writeFile(files, `${db}/mount-id`, mountId, { mode: 0o644, mtimeMs: node.nowMs() });
  writeFile(files, `${db}/init-id`, `${mountId}-init`, { mode: 0o644, mtimeMs: node.nowMs() });
  writeFile(files, `${db}/parent`, chainIdOf(diffIds), { mode: 0o644, mtimeMs: node.nowMs() });
  return mountId;
}

/** ReleaseRWLayer (docker rm): the container's layer dirs and mount record go. */
export function releaseRwLayer(node: Node, record: DockerContainerRecord): void {
  const files = node.state.host.files;
  if (record.mountId) {
    unmountOverlay(node, mergedDir(record.mountId));
    for (const dir of [`${record.mountId}-init`, record.mountId]) {
      rm(files, `${OVERLAY2}/${dir}`, { recursive: true, force: true });
      unlinkLayerDir(node, dir);
    }
  }
  rm(files, `${MOUNTS_DB}/${record.id}`, { recursive: true, force: true });
}

/** Mounts the container's rootfs (overlay2's Get); returns root.path. */
export function mountRootfs(node: Node, record: DockerContainerRecord, diffIds: readonly string[]): string {
  const mountId = record.mountId ?? createRwLayer(node, record.id, diffIds);
  record.mountId = mountId;
  const lowerdirs: string[] = [];
  for (const diffId of [...diffIds].reverse()) {
    const layer = findLayer(node, diffId);
    if (layer) lowerdirs.push(ensureLayerDiff(node, layer));
  }
  lowerdirs.unshift(`${OVERLAY2}/${mountId}-init/diff`);
  const target = mergedDir(mountId);
  mountOverlay(node, target, { lowerdirs, upperdir: `${OVERLAY2}/${mountId}/diff`, workdir: `${OVERLAY2}/${mountId}/work` }, GRAPH_SOURCE);
  return target;
}

/** Where the container's rootfs is mounted while it runs, if it has a layer. */
export function mountedRootfsPath(record: DockerContainerRecord): string | undefined {
  return record.mountId === undefined ? undefined : mergedDir(record.mountId);
}

/** Unmounts it (overlay2's Put) once the task is gone. */
export function unmountRootfs(node: Node, record: DockerContainerRecord): void {
  if (record.mountId) unmountOverlay(node, mergedDir(record.mountId));
}
