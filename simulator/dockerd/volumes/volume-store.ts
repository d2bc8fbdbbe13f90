// The volume service with the local driver (moby 20.10 volume/service, volume/local/local.go):
// a volume is a directory /var/lib/docker/volumes/<name>/_data on the node, its record the
// metadata. Create is idempotent for an existing name; a name is checked as the local driver
// does, and a driver other than local is a plugin this node lacks. Remove refuses a volume a
// container uses (`remove v1: volume is in use - [<ids>]`); prune removes every unused one
// its label filters let go (20.10 prunes named volumes too, not only anonymous ones, but leaves
// those with mount options) and reports the bytes freed. Options are the local driver's
// (local-options.ts).

import { exists, mkdir, rm, walk, stat } from '../../host/vfs';
import type { Node } from '../../node';
import { DOCKER_ROOT } from '../daemon';
import { conflict, invalidParameter, notFound } from '../errors';
import { randomHex } from '../images/random-hex';
import { checkLocalOptions } from './local-options';
import { foldPruneFilters, type PruneFilters } from '../system/prune-filters';
import { VOLUME_NAME, type VolumeRecord, type VolumeStore } from './volume-record';
import { logVolumeEvent } from '../events/event-log';

export interface VolumeResource {
  CreatedAt: string;
  Driver: string;
  Labels: Record<string, string> | null;
  Mountpoint: string;
  Name: string;
  Options: Record<string, string> | null;
  Scope: string;
}

function volumeDir(name: string): string {
  return `${DOCKER_ROOT}/volumes/${name}`;
}

export function mountpointOf(name: string): string {
  return `${volumeDir(name)}/_data`;
}

/** The store, made empty for a node saved before volumes existed. */
export function volumeStore(node: Node): VolumeStore {
  node.state.dockerd.volumes ??= {};
  return node.state.dockerd.volumes;
}

/** Containers still there that use the volume (a removed container's reference no longer counts). */
export function usersOf(node: Node, volume: VolumeRecord): string[] {
  return volume.usedBy.filter((id) => Object.hasOwn(node.state.dockerd.containers, id));
}

/** local.go validateName, worded as the create error the daemon returns. */
export function checkVolumeName(name: string): void {
  if (name.length === 1) throw invalidParameter(`create ${name}: volume name is too short, names should be at least two alphanumeric characters`);
  if (!VOLUME_NAME.test(name)) {
    throw invalidParameter(`create ${name}: "${name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`);
  }
}

/** CreatedAt as the local driver reports it: the directory's time, to the second, RFC 3339. */
function createdAtText(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z');
}

export function volumeResource(volume: VolumeRecord): VolumeResource {
  return {
    CreatedAt: createdAtText(volume.created),
    Driver: 'local',
    Labels: volume.anonymous && Object.keys(volume.labels).length === 0 ? null : { ...volume.labels },
    Mountpoint: mountpointOf(volume.name),
    Name: volume.name,
    Options: volume.anonymous && Object.keys(volume.options).length === 0 ? null : { ...volume.options },
    Scope: 'local',
  };
}

export interface VolumeCreateRequest {
  name?: string;
  driver?: string;
  labels?: Record<string, string>;
  options?: Record<string, string>;
  anonymous?: boolean;
}

/** POST /volumes/create: the volume (the existing one for a name already there). */
export function createVolume(node: Node, request: VolumeCreateRequest = {}): VolumeRecord {
  const store = volumeStore(node);
  const name = request.name || randomHex(node, 32);
  const driver = request.driver || 'local';
  if (driver !== 'local') throw notFound(`create ${name}: error looking up volume plugin ${driver}: plugin "${driver}" not found`);
  checkVolumeName(name);
  const existing = store[name];
  if (!existing) checkLocalOptions(name, request.options ?? {});
  // The volume service logs `create` for an existing volume too (volume/service/service.go Create).
  logVolumeEvent(node, name, 'create', { driver: 'local' });
  if (existing) return existing;
  const volume: VolumeRecord = {
    name,
    created: new Date(node.nowMs()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    labels: { ...(request.labels ?? {}) },
    options: { ...(request.options ?? {}) },
    anonymous: request.anonymous === true,
    usedBy: [],
  };
  mkdir(node.state.host.files, mountpointOf(name), { parents: true, mode: 0o755, mtimeMs: node.nowMs() });
  store[name] = volume;
  return volume;
}

/** GET /volumes/{name}; DockerdError 404 `get x: no such volume` (the CLI says `No such volume: x`). */
export function findVolume(node: Node, name: string): VolumeRecord {
  const volume = Object.hasOwn(volumeStore(node), name) ? volumeStore(node)[name] : undefined;
  if (!volume) throw notFound(`get ${name}: no such volume`);
  return volume;
}

/**
 * Bytes of a volume's files (directory.Size, moby v20.10.24 pkg/directory: the Lstat size of
 * every entry but directories — a symlink counts its target's length), as docker system df -v
 * shows it and the prune report sums.
 */
export function volumeSize(node: Node, name: string): number {
  const dir = mountpointOf(name);
  if (!exists(node.state.host.files, dir)) return 0;
  let total = 0;
  for (const path of walk(node.state.host.files, dir)) {
    const entry = stat(node.state.host.files, path, false);
    if (entry.kind === 'file' || entry.kind === 'symlink') total += (entry.content ?? '').length;
  }
  return total;
}

/** Removes the volume's directory and record, whoever uses it (callers check). */
export function dropVolume(node: Node, volume: VolumeRecord): void {
  rm(node.state.host.files, volumeDir(volume.name), { recursive: true, force: true });
  delete volumeStore(node)[volume.name];
}

/** DELETE /volumes/{name}[?force]: 409 while in use; with force a missing one is no error. */
export function removeVolume(node: Node, name: string, force = false): void {
  const volume = Object.hasOwn(volumeStore(node), name) ? volumeStore(node)[name] : undefined;
  if (!volume) {
    if (force) return;
    throw notFound(`get ${name}: no such volume`);
  }
  const users = usersOf(node, volume);
  if (users.length > 0) throw conflict(`remove ${name}: volume is in use - [${users.join(', ')}]`);
  dropVolume(node, volume);
  logVolumeEvent(node, name, 'destroy', { driver: 'local' });
}

/**
 * POST /volumes/prune: every volume no container uses and the label / label! filters let go
 * (20.10 takes no until: `Invalid filter 'until'`); their names and the bytes freed.
 */
export function pruneVolumes(node: Node, filters?: PruneFilters): { VolumesDeleted: string[]; SpaceReclaimed: number } {
  const folded = foldPruneFilters(filters, ['label', 'label!'], node.nowMs());
  const deleted: string[] = [];
  let space = 0;
  for (const volume of Object.values(volumeStore(node))) {
    if (usersOf(node, volume).length > 0 || !folded.labelsPass(volume.labels)) continue;
    // A volume with mount options (-o type=tmpfs -o device=…) is left by a real 20.10.24's
    // prune, filtered or not, though `volume rm` removes it (oracle 38).
    if (Object.keys(volume.options).length > 0) continue;
    space += volumeSize(node, volume.name);
    deleted.push(volume.name);
    dropVolume(node, volume);
  }
  logVolumeEvent(node, '', 'prune', { reclaimed: String(space) });
  return { VolumesDeleted: deleted, SpaceReclaimed: space };
}

/** GET /volumes?filters=…: dangling, name (substring), driver, label; `Invalid filter 'x'` else. */
export function listVolumes(node: Node, filters: readonly string[] = []): VolumeResource[] {
  const tests = filters.map((f) => {
    const [key = '', value = ''] = f.split(/=(.*)/s);
    switch (key) {
      case 'dangling':
        if (!['true', 'false', '1', '0'].includes(value)) throw invalidParameter(`Invalid filter 'dangling=[${value}]'`);
        return { key, ok: (v: VolumeRecord) => (usersOf(node, v).length === 0) === (value === 'true' || value === '1') };
      case 'name':
        return { key, ok: (v: VolumeRecord) => v.name.includes(value) };
      case 'driver':
        return { key, ok: () => value === 'local' };
      case 'label': {
        const [k = '', want] = value.split(/=(.*)/s);
        return { key, ok: (v: VolumeRecord) => Object.hasOwn(v.labels, k) && (want === undefined || v.labels[k] === want) };
      }
      default:
        throw invalidParameter(`Invalid filter '${key}'`);
    }
  });
  const keys = new Set(tests.map((t) => t.key));
  return Object.values(volumeStore(node))
    .filter((v) => [...keys].every((key) => tests.filter((t) => t.key === key).some((t) => t.ok(v))))
    .map(volumeResource);
}
