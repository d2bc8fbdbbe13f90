// --volumes-from (HostConfig.VolumesFrom) as moby v20.10.24 daemon/volumes.go
// registerMountPoints reads it, step 2, after the container's own and before its binds: each
// `container[:mode]` (volume/mounts/linux_parser.go ParseVolumesFrom: rw or ro, z/Z, nothing
// of propagation or nocopy) gives the new container every mount point of that container, at
// the same destination, read-only when it was or when `ro` is asked; Mode is left empty. A -v
// or --mount at the same destination replaces it. The volumes do not count the new container as
// a user (the mount point's volume is got without a reference): `docker volume rm` names only
// the container that made them, and succeeds once that one is gone.

import type { Node } from '../../node';
import { invalidParameter } from '../errors';
import { findContainer } from '../containers/lookup';
import type { MountPoint, SpecMount } from './mount-point';

const LABELS = new Set(['z', 'Z']);
const RW = new Set(['rw', 'ro']);

/** linuxValidMountMode restricted as ParseVolumesFrom restricts it; the mode or its refusal. */
function checkMode(mode: string): void {
  const parts = mode.split(',');
  let rw = 0;
  let label = 0;
  for (const p of parts) {
    if (RW.has(p)) rw++;
    else if (LABELS.has(p)) label++;
    else throw invalidParameter(`invalid mode: ${mode}`);
  }
  if (rw > 1 || label > 1) throw invalidParameter(`invalid mode: ${mode}`);
}

/** The mount points --volumes-from gives, by destination, with their spec mounts. */
export function volumesFrom(node: Node, values: readonly string[]): Array<{ mount: MountPoint; spec: SpecMount }> {
  const out = new Map<string, { mount: MountPoint; spec: SpecMount }>();
  for (const value of values) {
    const colon = value.indexOf(':');
    const ref = colon < 0 ? value : value.slice(0, colon);
    const mode = colon < 0 ? 'rw' : value.slice(colon + 1);
    checkMode(mode);
    let source;
    try {
      source = findContainer(node, ref);
    } catch (err) {
      throw invalidParameter(err instanceof Error ? err.message : String(err));
    }
    const readOnly = mode.split(',').includes('ro');
    for (const m of (source.mounts ?? []) as unknown as MountPoint[]) {
      const rw = m.RW && !readOnly;
      const mount: MountPoint = { ...m, Mode: '', RW: rw };
      const options = m.Type === 'bind' ? ['rbind', ...(rw ? [] : ['ro']), m.Propagation || 'rprivate'] : ['rbind', ...(rw ? [] : ['ro'])];
      out.set(m.Destination, { mount, spec: { destination: m.Destination, type: m.Type === 'tmpfs' ? 'tmpfs' : 'bind', source: m.Type === 'tmpfs' ? 'tmpfs' : m.Source, options } });
    }
  }
  return [...out.values()];
}
