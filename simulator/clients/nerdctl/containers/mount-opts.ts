// generateMountOpts for -v (cmd/nerdctl/run_mount.go@v0.22.2, pkg/mountutil ProcessFlagV):
// `dst` alone is an anonymous volume (a 64-hex name), `name:dst[:opts]` a named volume
// (created when missing), `/path:dst[:opts]` a bind mount (rbind added unless given). The
// image's VOLUME entries not covered by a flag get anonymous volumes too. Each mount point is
// also recorded for the nerdctl/mounts label (dockercompatMounts).

import type { SpecMount } from '../../../containerd/client/index';
import * as vfs from '../../../host/vfs';
import type { NerdctlContext } from '../nerdctl-env';
import { generateId } from './idgen-env';
import { isNotFound } from '../../../errdefs/errdefs';
import { createVolume, getVolume } from '../volume/volume-store';

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

/** parseVolumeOptions: ro/rw/rro and a propagation; anything else is refused. */
function volumeOptions(raw: string): string[] {
  const out: string[] = [];
  let propagation = '';
  for (const opt of raw === '' ? [] : raw.split(',')) {
    if (opt === 'ro' || opt === 'rw' || opt === 'rro') out.push(opt === 'rro' ? 'ro' : opt);
    else if (PROPAGATIONS.includes(opt)) propagation = opt;
    else if (opt === 'bind' || opt === 'rbind') out.push(opt);
    else throw new Error(`unsupported volume option ${JSON.stringify(opt)}`);
  }
  out.push(propagation || 'rprivate');
  return out;
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
  const res: MountOpts = { specMounts: [], anonymousVolumes: [], points: [] };
  const add = (type: string, name: string | undefined, source: string, destination: string, mode: string, options: string[]) => {
    const opts = options.some((o) => o === 'bind' || o === 'rbind') ? options : [...options, 'rbind'];
    res.specMounts.push({ destination, type: 'bind', source, options: opts });
    const point: MountPointLabel = { Type: type, ...(name ? { Name: name } : {}), Source: source, Destination: destination, ...(type === 'volume' ? { Driver: 'local' } : {}), Mode: mode, RW: false, Propagation: '' };
    res.points.push(point);
  };
  for (const flag of c.stringSlice('volume')) {
    const split = flag.split(':');
    if (split.length === 1) {
      const name = generateId(c);
      res.anonymousVolumes.push(name);
      add('volume', name, create(name), flag, '', ['rbind']);
      continue;
    }
    if (split.length > 3) throw new Error(`failed to parse ${JSON.stringify(flag)}`);
    let [src = '', dst = '', raw = ''] = split;
    let type = 'bind';
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
    add(type, name, src, dst, raw, volumeOptions(raw));
  }
  const covered = new Set(res.specMounts.map((m) => m.destination));
  for (const dst of imageVolumes) {
    if (covered.has(dst)) continue;
    const name = generateId(c);
    res.anonymousVolumes.push(name);
    add('volume', name, create(name), dst, '', ['rbind']);
  }
  return res;
}
