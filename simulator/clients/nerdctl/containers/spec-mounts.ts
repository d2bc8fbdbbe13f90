// withMounts (cmd/nerdctl/run_mount.go@v0.22.2, after containerd's CRI): the user's mounts
// (-v, --tmpfs, --mount, image volumes) replace the mounts before them with the same
// destination, and a /dev of the user's hides every default mount under /dev/. The /run tmpfs
// went before them (oci.WithoutRunMount in setPlatformOptions, nerdctl issue 157), so a
// user's /run stays.

import type { OciSpec, SpecMount } from '../../../containerd/client/index';
import { cleanPath } from './mount-opts';

type Mount = OciSpec['mounts'][number];
const same = (a: Mount, b: SpecMount) => a.destination === b.destination && a.type === b.type && a.source === b.source && JSON.stringify(a.options ?? []) === JSON.stringify(b.options ?? []);

/** The spec's mounts without /run and those the user's mounts cover (only before the first of them). */
export function withUserMounts(all: readonly Mount[], user: readonly SpecMount[]): Mount[] {
  const first = user[0];
  const found = first ? all.findIndex((m) => same(m, first)) : -1;
  const start = found < 0 ? all.length : found;
  const covered = new Set(user.map((m) => cleanPath(m.destination)));
  return all.filter((m, i) => {
    if (i >= start) return true;
    const dst = cleanPath(m.destination);
    if (dst === '/run') return false;
    return !covered.has(dst) && !(covered.has('/dev') && dst.startsWith('/dev/'));
  });
}

