// The mounts of a container being created (moby 20.10 daemon/volumes.go registerMountPoints,
// volume/mounts/linux_parser.go, daemon/oci_linux.go): what D1's create calls.
//
//   resolveMounts(node, hostConfig, imageConfig, containerId, containerConfig?, imageDiffIds?)
//     → { specMounts: OCI mounts for the spec, mounts: the MountPoints inspect's Mounts shows }
//
// -v host:ctr[:mode] (HostConfig.Binds): an absolute source is a bind mount (a missing host
// directory is made, as -v always did); anything else names a volume (made when missing; a name
// the local driver refuses is its error: `create ./rel: "./rel" includes invalid characters…`).
// --mount (HostConfig.Mounts): bind (the source must exist), volume (no source: anonymous),
// tmpfs. Every VOLUME of the image and every `-v /path` (Config.Volumes) not covered by those
// gets an anonymous volume, a random 64-hex name. An empty volume mounted where the image (its
// layers: imageDiffIds) has files gets a copy of them. The container is recorded as the volumes'
// user (volume rm refuses them; `rm -v` removes its anonymous ones: releaseMounts).
// Spec mounts as a real 20.10.24 wrote them: a volume `["rbind"]`, a bind `["rbind", "rprivate"]`
// (`ro` before rprivate when read-only), sorted by path depth (daemon/volumes.go sortMounts).

import { exists, mkdir, readdir, symlink, writeFile } from '../../host/vfs';
import type { LayerFile } from '../../oci/blob';
import { mergedFiles } from '../images/layers';
import type { Node } from '../../node';
import { invalidParameter } from '../errors';
import { checkVolumeName, createVolume, dropVolume, mountpointOf, volumeStore } from './volume-store';
import { logVolumeEvent } from '../events/event-log';

export interface MountPoint {
  Type: 'bind' | 'volume' | 'tmpfs';
  Name?: string;
  Source: string;
  Destination: string;
  Driver?: string;
  Mode: string;
  RW: boolean;
  Propagation: string;
}

export interface SpecMount {
  destination: string;
  type: string;
  source: string;
  options: string[];
}

interface MountRequest {
  Type?: string;
  Source?: string;
  Target?: string;
  ReadOnly?: boolean;
  BindOptions?: { Propagation?: string } | null;
  TmpfsOptions?: { SizeBytes?: number; Mode?: number } | null;
}

const PROPAGATION = new Set(['shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate']);
const MODES = new Set(['ro', 'rw', 'z', 'Z', 'nocopy', ...PROPAGATION]);

function specError(spec: string, why: string): Error {
  return invalidParameter(`invalid volume specification: '${spec}': ${why}`);
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/');
}

function clean(path: string): string {
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  return `/${parts.join('/')}`;
}

/** One `-v` spec of HostConfig.Binds (linux_parser.go ParseMountRaw). */
function parseBind(spec: string): { source: string; destination: string; mode: string } {
  const parts = spec.split(':');
  if (parts.length < 2 || parts.length > 3 || parts.some((p, i) => p === '' && i < 2)) throw specError(spec, 'invalid number of fields');
  const [source = '', destination = '', mode = ''] = parts;
  const kind = isAbsolute(source) ? 'bind' : 'volume';
  if (!isAbsolute(destination)) throw specError(spec, `invalid mount config for type "${kind}": invalid mount path: '${destination}' mount path must be absolute`);
  if (clean(destination) === '/') throw specError(spec, `invalid mount config for type "${kind}": invalid specification: destination can't be '/'`);
  for (const m of mode.split(',').filter(Boolean)) if (!MODES.has(m)) throw specError(spec, `invalid mode: ${mode}`);
  return { source, destination: clean(destination), mode };
}

function readOnly(mode: string): boolean {
  return mode.split(',').includes('ro');
}

function propagationOf(mode: string): string {
  return mode.split(',').find((m) => PROPAGATION.has(m)) ?? 'rprivate';
}

function useVolume(node: Node, name: string, containerId: string, anonymous: boolean): string {
  const volume = createVolume(node, { name, anonymous });
  if (!volume.usedBy.includes(containerId)) volume.usedBy.push(containerId);
  return volume.name;
}

/**
 * A volume mounted where the image has files gets a copy of them when it is empty (moby 20.10
 * daemon/volumes_unix.go copyExistingContents; `nocopy` turns it off): `-v html:/usr/share/nginx/html`
 * then holds nginx's index.html under /var/lib/docker/volumes/html/_data.
 */
function copyUp(node: Node, name: string, destination: string, imageFiles: () => Record<string, LayerFile>): void {
  const files = node.state.host.files;
  const target = mountpointOf(name);
  if (readdir(files, target).length > 0) return;
  const prefix = destination === '/' ? '/' : `${destination}/`;
  const at = { mtimeMs: node.nowMs(), parents: true };
  for (const [path, file] of Object.entries(imageFiles()).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!path.startsWith(prefix)) continue;
    const into = `${target}/${path.slice(prefix.length)}`;
    if (file.kind === 'dir') mkdir(files, into, { ...at, mode: file.mode });
    else if (file.kind === 'symlink') symlink(files, file.content ?? '', into, at);
    else writeFile(files, into, file.content ?? '', { ...at, mode: file.mode });
  }
}

function volumeNames(config: unknown): string[] {
  const volumes = (config as { Volumes?: unknown } | undefined)?.Volumes;
  return volumes && typeof volumes === 'object' ? Object.keys(volumes) : [];
}

/**
 * The container's mounts; volumes are made and referenced. DockerdError 400 with the daemon's
 * words for a bad spec (nothing made before the error: specs are checked first).
 */
export function resolveMounts(
  node: Node,
  hostConfig: Record<string, unknown>,
  imageConfig: Record<string, unknown> | undefined,
  containerId: string,
  containerConfig?: Record<string, unknown>,
  imageDiffIds: readonly string[] = [],
): { specMounts: SpecMount[]; mounts: MountPoint[] } {
  const files = node.state.host.files;
  let merged: Record<string, LayerFile> | undefined;
  const imageFiles = () => (merged ??= imageDiffIds.length > 0 ? mergedFiles(node, imageDiffIds) : {});
  const binds = (Array.isArray(hostConfig.Binds) ? hostConfig.Binds : []).map((b) => ({ spec: String(b), ...parseBind(String(b)) }));
  const requests = (Array.isArray(hostConfig.Mounts) ? hostConfig.Mounts : []) as MountRequest[];
  // Check everything before making anything (registerMountPoints validates, then creates).
  for (const b of binds) if (!isAbsolute(b.source)) checkVolumeName(b.source);
  for (const m of requests) {
    const type = m.Type ?? '';
    if (!['bind', 'volume', 'tmpfs'].includes(type)) throw invalidParameter(`invalid mount config for type "${type}": mount type unknown`);
    if (!m.Target || !isAbsolute(m.Target)) throw invalidParameter(`invalid mount config for type "${type}": invalid mount path: '${m.Target ?? ''}' mount path must be absolute`);
    if (type === 'bind' && (!m.Source || !exists(files, m.Source))) throw invalidParameter(`invalid mount config for type "bind": bind source path does not exist: ${m.Source ?? ''}`);
    if (type === 'volume' && m.Source) checkVolumeName(m.Source);
    if (type === 'tmpfs' && m.Source) throw invalidParameter(`invalid mount config for type "tmpfs": source must not be specified`);
  }
  const destinations = [...binds.map((b) => b.destination), ...requests.map((m) => clean(m.Target ?? ''))];
  const duplicate = destinations.find((d, i) => destinations.indexOf(d) !== i);
  if (duplicate) throw invalidParameter(`Duplicate mount point: ${duplicate}`);

  const mounts: MountPoint[] = [];
  const spec: SpecMount[] = [];
  for (const b of binds) {
    const ro = readOnly(b.mode);
    if (isAbsolute(b.source)) {
      if (!exists(files, b.source)) mkdir(files, b.source, { parents: true, mode: 0o755, mtimeMs: node.nowMs() });
      const propagation = propagationOf(b.mode);
      mounts.push({ Type: 'bind', Source: b.source, Destination: b.destination, Mode: b.mode, RW: !ro, Propagation: propagation });
      spec.push({ destination: b.destination, type: 'bind', source: b.source, options: ['rbind', ...(ro ? ['ro'] : []), propagation] });
    } else {
      const name = useVolume(node, b.source, containerId, false);
      if (!b.mode.split(',').includes('nocopy')) copyUp(node, name, b.destination, imageFiles);
      mounts.push({ Type: 'volume', Name: name, Source: mountpointOf(name), Destination: b.destination, Driver: 'local', Mode: b.mode || 'z', RW: !ro, Propagation: '' });
      spec.push({ destination: b.destination, type: 'bind', source: mountpointOf(name), options: ['rbind', ...(ro ? ['ro'] : [])] });
    }
  }
  for (const m of requests) {
    const destination = clean(m.Target ?? '/');
    const ro = m.ReadOnly === true;
    if (m.Type === 'bind') {
      const source = m.Source ?? '';
      const propagation = m.BindOptions?.Propagation || 'rprivate';
      mounts.push({ Type: 'bind', Source: source, Destination: destination, Mode: '', RW: !ro, Propagation: propagation });
      spec.push({ destination, type: 'bind', source, options: ['rbind', ...(ro ? ['ro'] : []), propagation] });
    } else if (m.Type === 'volume') {
      const name = useVolume(node, m.Source ?? '', containerId, !m.Source);
      if ((m as { VolumeOptions?: { NoCopy?: boolean } }).VolumeOptions?.NoCopy !== true) copyUp(node, name, destination, imageFiles);
      mounts.push({ Type: 'volume', Name: name, Source: mountpointOf(name), Destination: destination, Driver: 'local', Mode: 'z', RW: !ro, Propagation: '' });
      spec.push({ destination, type: 'bind', source: mountpointOf(name), options: ['rbind', ...(ro ? ['ro'] : [])] });
    } else {
      mounts.push({ Type: 'tmpfs', Source: '', Destination: destination, Mode: '', RW: !ro, Propagation: '' });
      spec.push({ destination, type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'nodev', 'noexec', ...(ro ? ['ro'] : [])] });
    }
  }
  const covered = new Set(mounts.map((m) => m.Destination));
  for (const path of [...new Set([...volumeNames(imageConfig), ...volumeNames(containerConfig)])]) {
    const destination = clean(path);
    if (covered.has(destination)) continue;
    covered.add(destination);
    const name = useVolume(node, '', containerId, true);
    copyUp(node, name, destination, imageFiles);
    mounts.push({ Type: 'volume', Name: name, Source: mountpointOf(name), Destination: destination, Driver: 'local', Mode: '', RW: true, Propagation: '' });
    spec.push({ destination, type: 'bind', source: mountpointOf(name), options: ['rbind'] });
  }
  const depth = (p: string) => p.split('/').filter(Boolean).length;
  const sorted = spec.map((m, i) => ({ m, i })).sort((a, b) => depth(a.m.destination) - depth(b.m.destination) || a.i - b.i).map((x) => x.m);
  return { specMounts: sorted, mounts };
}

/**
 * The container is removed: it no longer uses its volumes; with `removeAnonymous` (docker rm -v)
 * its anonymous volumes no other container uses are removed too (daemon/delete.go).
 */
export function releaseMounts(node: Node, containerId: string, removeAnonymous: boolean): void {
  const store = volumeStore(node);
  for (const volume of Object.values(store)) {
    if (!volume.usedBy.includes(containerId)) continue;
    volume.usedBy = volume.usedBy.filter((id) => id !== containerId);
    const stillUsed = volume.usedBy.some((id) => id !== containerId && Object.hasOwn(node.state.dockerd.containers, id));
    if (removeAnonymous && volume.anonymous && !stillUsed) {
      dropVolume(node, volume);
      logVolumeEvent(node, volume.name, 'destroy', { driver: 'local' });
    }
  }
}
