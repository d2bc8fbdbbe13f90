// generateMountOpts (cmd/nerdctl/run_mount.go@v0.22.2): -v, then --tmpfs, then --mount (each
// deduplicated, pkg/mountutil), then the image's VOLUME entries not covered by a flag as
// anonymous volumes. -v's `dst` alone is an anonymous volume (a 64-hex name), `name:dst[:opts]`
// a named volume (created when missing), `/path:dst[:opts]` a bind mount. Each mount point is
// also recorded for the nerdctl/mounts label (dockercompatMounts).

import type { SpecMount } from '../../../containerd/client/index';
import * as vfs from '../../../host/vfs';
import type { NerdctlContext } from '../nerdctl-env';
import { dedupe, generateId } from './idgen-env';
import { isNotFound } from '../../../errdefs/errdefs';
import { createVolume, getVolume } from '../volume/volume-store';
import { processFlagMount, processFlagTmpfs, type Processed } from './mount-flags';

/** dockercompat.MountPoint as the label stores it (Type, Name, Source, Destination, Driver, Mode). */
interface MountPointLabel {
  Type: string;
  Name?: string;
  Source: string;
  Destination: string;
  Driver?: string;
  Mode: string;
  /** Always false/"" in the label: run.go fills only the fields above; inspect derives them. */
  RW: boolean;
  Propagation: string;
}

export interface MountOpts {
  specMounts: SpecMount[];
  anonymousVolumes: string[];
  points: MountPointLabel[];
}

const PROPAGATIONS = ['private', 'rprivate', 'shared', 'rshared', 'slave', 'rslave'];
/** Go's %+v of a []string. */
const goList = (values: readonly string[]) => `[${values.join(' ')}]`;

/**
 * parseVolumeOptions: the bind option first, then ro (rro adds ro and rro), then a bind
 * mount's propagation (rprivate unless given); unknown options are only warned about. A
 * shared or slave bind also sets the rootfs propagation (the node's / is a shared mount, as
 * systemd makes it, so mountinfo's optional field check passes).
 */
function parseVolumeOptions(c: NerdctlContext, type: Processed['type'], raw: string): { options: string[]; rootfsPropagation?: Processed['rootfsPropagation'] } {
  const writeModes: string[] = [];
  const propagations: string[] = [];
  const binds: string[] = [];
  for (const opt of raw.split(',')) {
    if (opt === 'rw' || opt === 'ro' || opt === 'rro') writeModes.push(opt);
    else if (PROPAGATIONS.includes(opt)) propagations.push(opt);
    else if (opt === 'bind' || opt === 'rbind') binds.push(opt);
    else if (opt !== '') c.env.log.warn(`unsupported volume option ${JSON.stringify(opt)}`);
  }
  const options: string[] = [];
  if (binds.length > 0 && type !== 'bind') throw new Error(`volume bind/rbind option is only supported for bind mount: ${goList(binds)}`);
  if (binds.length > 1) throw new Error(`duplicated bind/rbind option: ${goList(binds)}`);
  options.push(...binds);
  if (writeModes.length > 1) throw new Error(`duplicated read/write volume option: ${goList(writeModes)}`);
  if (writeModes[0] === 'ro') options.push('ro');
  if (writeModes[0] === 'rro') {
    options.push('ro', 'rro');
    if (propagations.length !== 1 || propagations[0] !== 'rprivate') c.env.log.warn('Mount option "rro" should be used in conjunction with "rprivate"');
  }
  if (propagations.length > 1) throw new Error(`duplicated volume propagation option: ${goList(propagations)}`);
  if (propagations.length > 0 && type !== 'bind') throw new Error(`volume propagation option is only supported for bind mount: ${goList(propagations)}`);
  if (type !== 'bind') return { options };
  const propagation = propagations[0] ?? 'rprivate';
  options.push(propagation);
  if (propagation.endsWith('shared')) return { options, rootfsPropagation: 'shared' };
  if (propagation.endsWith('slave')) return { options, rootfsPropagation: 'rslave' };
  return { options };
}

export interface MountOpts {
  /** The user's mounts (withMounts drops the default mounts they cover). */
  specMounts: SpecMount[];
  anonymousVolumes: string[];
  points: MountPointLabel[];
  /** The spec opts of shared/slave binds, in order. */
  rootfsPropagations: Array<'shared' | 'rslave'>;
}

export function generateMountOpts(c: NerdctlContext, dataStore: string, ns: string, imageVolumes: readonly string[]): MountOpts {
  const node = c.env.node;
  const create = (name: string) => createVolume(node, dataStore, ns, name).Mountpoint;
  /** volStore.Get, else Create (ProcessFlagV for `name:/dst`). */
  const getOrCreate = (name: string) => {
    try {
      return getVolume(node, dataStore, ns, name).Mountpoint;
    } catch (err) {
      if (!isNotFound(err)) throw err;
      return create(name);
    }
  };
  /** ProcessFlagV. */
  const processV = (flag: string): Processed => {
    const split = flag.split(':');
    if (split.length === 1) {
      const name = generateId(c);
      return { type: 'volume', anonymousVolume: name, mode: '', mount: { destination: flag, type: 'none', source: create(name), options: ['rbind'] } };
    }
    if (split.length > 3) throw new Error(`failed to parse ${JSON.stringify(flag)}`);
    let [src = '', dst = '', raw = ''] = split;
    let type: Processed['type'] = 'bind';
    let name: string | undefined;
    if (!src.includes('/')) {
      name = src;
      src = getOrCreate(src);
      type = 'volume';
    }
    if (!src.startsWith('/')) {
      c.env.log.warn(`expected an absolute path, got a relative path ${JSON.stringify(src)} (allowed for nerdctl, but disallowed for Docker, so unrecommended)`);
      src = vfs.normalizePath(src, c.io.cwd);
    }
    if (!dst.startsWith('/')) throw new Error(`expected an absolute path, got ${JSON.stringify(dst)}`);
    const { options, rootfsPropagation } = parseVolumeOptions(c, type, raw);
    // The first bind/rbind makes it a "bind" mount; without one it is "none" with rbind added.
    const bound = options.some((o) => o === 'bind' || o === 'rbind');
    const mount = { destination: dst, type: bound ? 'bind' : 'none', source: src, options: bound ? options : [...options, 'rbind'] };
    return { type, ...(name !== undefined ? { name } : {}), mode: raw, mount, ...(rootfsPropagation ? { rootfsPropagation } : {}) };
  };
  const parsed = [
    ...dedupe(c.stringSlice('volume')).map(processV),
    ...dedupe(c.stringSlice('tmpfs')).map(processFlagTmpfs),
    ...dedupe(c.stringSlice('mount')).map((flag) => processFlagMount(flag, processV)),
  ];
  const covered = new Set(parsed.map((p) => cleanPath(p.mount.destination)));
  for (const raw of imageVolumes) {
    const dst = cleanPath(raw);
    if (['/', '/dev', '/sys', 'proc'].includes(dst)) throw new Error(`invalid VOLUME: ${JSON.stringify(raw)}`);
    if (covered.has(dst)) continue;
    const name = generateId(c);
    parsed.push({ type: 'volume', anonymousVolume: name, mode: '', mount: { destination: dst, type: 'none', source: create(name), options: ['rbind'] } });
  }
  return {
    specMounts: parsed.map((p) => p.mount),
    anonymousVolumes: parsed.flatMap((p) => (p.anonymousVolume ? [p.anonymousVolume] : [])),
    points: parsed.map(mountPoint),
    rootfsPropagations: parsed.flatMap((p) => (p.rootfsPropagation ? [p.rootfsPropagation] : [])),
  };
}

/** dockercompatMounts: an anonymous volume's name is its Name; volumes have the local driver. */
function mountPoint(p: Processed): MountPointLabel {
  const name = p.anonymousVolume ?? p.name;
  return { Type: p.type, ...(name ? { Name: name } : {}), Source: p.mount.source, Destination: p.mount.destination, ...(p.type === 'volume' ? { Driver: 'local' } : {}), Mode: p.mode, RW: false, Propagation: '' };
}

/** filepath.Clean for a destination. */
export function cleanPath(path: string): string {
  return path.startsWith('/') ? vfs.normalizePath(path, '/') : path;
}
