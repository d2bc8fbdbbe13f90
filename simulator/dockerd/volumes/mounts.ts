// The mounts of a container being created (moby 20.10 daemon/volumes.go registerMountPoints,
// volume/mounts/linux_parser.go, daemon/oci_linux.go): what D1's create calls.
//
//   resolveMounts(node, hostConfig, imageConfig, containerId, containerConfig?, imageDiffIds?)
//     → { specMounts: OCI mounts for the spec, mounts: the MountPoints inspect's Mounts shows }
//
// -v host:ctr[:mode] (HostConfig.Binds): an absolute source is a bind mount (a missing host
// directory is made, as -v always did); anything else names a volume (made when missing; a name
// the local driver refuses is its error: `create ./rel: "./rel" includes invalid characters…`).
// --mount (HostConfig.Mounts), checked as linux_parser.go validateMountConfig words it: bind
// (an absolute source that exists), volume (no source: anonymous; its volume-opt go to the local
// driver), tmpfs (no source; its size and mode become options). --tmpfs (HostConfig.Tmpfs) is in
// the spec only. Every VOLUME of the image and every `-v /path` (Config.Volumes) not covered by those
// gets an anonymous volume, a random 64-hex name. An empty volume mounted where the image (its
// layers: imageDiffIds) has files gets a copy of them. The container is recorded as the volumes'
// user (volume rm refuses them; `rm -v` removes its anonymous ones: releaseMounts).
// Spec mounts as a real 20.10.24 wrote them: a volume `["rbind"]`, a bind `["rbind", "rprivate"]`
// (`ro` before rprivate when read-only), sorted by path depth (daemon/volumes.go sortMounts).

import { exists, mkdir, readdir, symlink, writeFile } from '../../host/vfs';
import type { LayerFile } from '../../oci/blob';
import { mergedFiles } from '../images/layers';
import { initLayerFiles } from '../runtime/rootfs';
import type { Node } from '../../node';
import { invalidParameter } from '../errors';
import { checkVolumeName, createVolume, dropVolume, mountpointOf, volumeStore } from './volume-store';
import { logVolumeEvent } from '../events/event-log';
import { volumesFrom } from './volumes-from';
import type { MountPoint, SpecMount } from './mount-point';

export type { MountPoint, SpecMount } from './mount-point';

interface MountRequest {
  Type?: string;
  Source?: string;
  Target?: string;
  ReadOnly?: boolean;
  BindOptions?: { Propagation?: string } | null;
  TmpfsOptions?: { SizeBytes?: number; Mode?: number } | null;
  VolumeOptions?: { NoCopy?: boolean; DriverConfig?: { Options?: Record<string, string> | null } | null } | null;
}

/** errMountConfig's text (linux_parser.go): `invalid mount config for type "bind": <why>`. */
function mountConfigError(type: string, why: string): Error {
  return invalidParameter(`invalid mount config for type "${type}": ${why}`);
}

/** linuxParser.validateMountConfigImpl, with the bind source's existence checked. */
function checkMountConfig(files: Node['state']['host']['files'], m: MountRequest): void {
  const type = m.Type ?? '';
  const fail = (why: string) => mountConfigError(type, why);
  const target = m.Target ?? '';
  if (target === '') throw fail('field Target must not be empty');
  if (clean(target) === '/') throw fail("invalid specification: destination can't be '/'");
  if (!isAbsolute(target)) throw fail(`invalid mount path: '${target}' mount path must be absolute`);
  const source = m.Source ?? '';
  if (type === 'bind') {
    if (source === '') throw fail('field Source must not be empty');
    const propagation = m.BindOptions?.Propagation ?? '';
    if (propagation !== '' && !PROPAGATION.has(propagation)) throw fail(`invalid propagation mode: ${propagation}`);
    if (m.VolumeOptions) throw fail('field VolumeOptions must not be specified');
    if (!isAbsolute(source)) throw fail(`invalid mount path: '${source}' mount path must be absolute`);
    if (!exists(files, source)) throw fail(`bind source path does not exist: ${source}`);
  } else if (type === 'volume') {
    if (m.BindOptions) throw fail('field BindOptions must not be specified');
    if (source === '' && m.ReadOnly) throw fail('must not set ReadOnly mode when using anonymous volumes');
    if (source !== '') checkVolumeName(source);
  } else if (type === 'tmpfs') {
    if (m.BindOptions) throw fail('field BindOptions must not be specified');
    if (source !== '') throw fail('field Source must not be specified');
  } else throw fail('mount type unknown');
}

/** ConvertTmpfsOptions: a size in k (or bytes when not whole) and the mode in octal. */
function tmpfsData(options: MountRequest['TmpfsOptions']): string[] {
  const out: string[] = [];
  const size = options?.SizeBytes ?? 0;
  if (size > 0) out.push(size % 1024 === 0 ? `size=${size / 1024}k` : `size=${size}`);
  if (options?.Mode) out.push(`mode=${options.Mode.toString(8)}`);
  return out;
}

/** HostConfig.Tmpfs (`--tmpfs /t:size=1m,mode=700`): each path (absolute, else the create's error) and its options. */
function tmpfsMounts(raw: unknown): Array<{ destination: string; options: string[] }> {
  const entries = raw !== null && typeof raw === 'object' ? Object.entries(raw as Record<string, string>) : [];
  return entries.map(([path, options]) => {
    if (!isAbsolute(path)) throw invalidParameter(`invalid mount path: '${path}' mount path must be absolute`);
    return { destination: clean(path), options: options === '' ? [] : options.split(',') };
  });
}

/** moby/sys/mount's flag names: ParseTmpfsOptions sorts these out of the data. */
const MOUNT_FLAG_NAMES = new Set([
  'defaults', 'ro', 'rw', 'suid', 'nosuid', 'dev', 'nodev', 'exec', 'noexec', 'sync', 'async', 'dirsync', 'remount', 'mand', 'nomand',
  'atime', 'noatime', 'diratime', 'nodiratime', 'bind', 'rbind', 'unbindable', 'runbindable', 'private', 'rprivate', 'shared',
  'rshared', 'slave', 'rslave', 'relatime', 'norelatime', 'strictatime', 'nostrictatime',
]);
const TMPFS_DATA_KEYS = new Set(['', 'size', 'mode', 'uid', 'gid', 'nr_inodes', 'nr_blocks', 'mpol']);

/**
 * mount.ParseTmpfsOptions as the 20.10 daemon checks --tmpfs while it builds the spec at start
 * (so `docker run` prints no help hint): each option that is not a mount flag must be one of
 * tmpfs's data keys (values are the kernel's to refuse), else `invalid tmpfs option ["key"
 * "value"]` (Go's %q of the split option).
 */
export function checkTmpfsOptions(tmpfs: unknown): void {
  const entries = tmpfs !== null && typeof tmpfs === 'object' ? Object.values(tmpfs as Record<string, string>) : [];
  for (const options of entries) {
    const data = options.split(',').filter((o) => !MOUNT_FLAG_NAMES.has(o));
    for (const option of data.length > 0 ? data : ['']) {
      const eq = option.indexOf('=');
      const parts = eq < 0 ? [option] : [option.slice(0, eq), option.slice(eq + 1)];
      if (!TMPFS_DATA_KEYS.has(parts[0] ?? '')) throw invalidParameter(`invalid tmpfs option [${parts.map((p) => JSON.stringify(p)).join(' ')}]`);
    }
  }
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

function useVolume(node: Node, name: string, containerId: string, anonymous: boolean, options?: Record<string, string>): string {
  const volume = createVolume(node, { name, anonymous, ...(options ? { options } : {}) });
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
  // CopyImagePathContent reads the container's rootfs: the image's files under its init layer's.
  const imageFiles = () => (merged ??= { ...(imageDiffIds.length > 0 ? mergedFiles(node, imageDiffIds) : {}), ...initLayerFiles() });
  const binds = (Array.isArray(hostConfig.Binds) ? hostConfig.Binds : []).map((b) => ({ spec: String(b), ...parseBind(String(b)) }));
  const requests = (Array.isArray(hostConfig.Mounts) ? hostConfig.Mounts : []) as MountRequest[];
  // Check everything before making anything (registerMountPoints validates, then creates).
  for (const b of binds) if (!isAbsolute(b.source)) checkVolumeName(b.source);
  for (const m of requests) checkMountConfig(files, m);
  const tmpfs = tmpfsMounts(hostConfig.Tmpfs);
  const destinations = [...binds.map((b) => b.destination), ...requests.map((m) => clean(m.Target ?? '')), ...tmpfs.map((t) => t.destination)];
  const duplicate = destinations.find((d, i) => destinations.indexOf(d) !== i);
  if (duplicate) throw invalidParameter(`Duplicate mount point: ${duplicate}`);
  const inherited = volumesFrom(node, (Array.isArray(hostConfig.VolumesFrom) ? hostConfig.VolumesFrom : []).map(String));

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
      const name = useVolume(node, m.Source ?? '', containerId, !m.Source, m.VolumeOptions?.DriverConfig?.Options ?? undefined);
      if ((m as { VolumeOptions?: { NoCopy?: boolean } }).VolumeOptions?.NoCopy !== true) copyUp(node, name, destination, imageFiles);
      mounts.push({ Type: 'volume', Name: name, Source: mountpointOf(name), Destination: destination, Driver: 'local', Mode: 'z', RW: !ro, Propagation: '' });
      spec.push({ destination, type: 'bind', source: mountpointOf(name), options: ['rbind', ...(ro ? ['ro'] : [])] });
    } else {
      mounts.push({ Type: 'tmpfs', Source: '', Destination: destination, Mode: '', RW: !ro, Propagation: '' });
      spec.push({ destination, type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'nodev', 'noexec', ...(ro ? ['ro'] : []), ...tmpfsData(m.TmpfsOptions)] });
    }
  }
  // --volumes-from: where no -v or --mount of this container's own is.
  for (const from of inherited) {
    if (mounts.some((m) => m.Destination === from.mount.Destination)) continue;
    mounts.push(from.mount);
    spec.push(from.spec);
  }
  // --tmpfs (HostConfig.Tmpfs): in the spec only; inspect's Mounts does not list them.
  for (const t of tmpfs) spec.push({ destination: t.destination, type: 'tmpfs', source: 'tmpfs', options: ['noexec', 'nosuid', 'nodev', ...t.options] });
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
