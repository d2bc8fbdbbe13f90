// oci.WithUser and WithAdditionalGIDs as the CRI plugin passes them to NewContainer
// (container_create_linux.go containerSpecOpts @v1.6.20): they read the container's
// /etc/passwd through a temporary mount of its new snapshot, inside containerd, so a name that
// is not there fails the creation with `failed to create containerd container: mount callback
// failed on /var/lib/containerd/tmpmounts/containerd-mountN: no users found`, and nothing stays.

import { plain } from '../../errdefs/errdefs';
import type { Container, OciSpec } from '../../containerd/client/index';
import type { ContainerConfig } from '../api/runtime-v1';
import { additionalGids } from './container-spec';

/** The daemon's own temporary mounts (mount.WithTempMount under its root), not ctr's /tmp ones. */
const TMPMOUNTS = '/var/lib/containerd/tmpmounts/containerd-mount';

/**
 * Settles the process user of a container just stored with `spec` from `userstr` (the config's
 * user string, or the image's USER): the stored spec is updated when the lookup changes it.
 * On failure the container and its snapshot are removed, as NewContainer's rollback does.
 */
export function settleUser(container: Container, spec: OciSpec, userstr: string, config: ContainerConfig): void {
  if (userstr === '') return;
  let found;
  try {
    found = container.user(userstr);
  } catch (err) {
    container.delete({ snapshotCleanup: true });
    const message = err instanceof Error ? err.message.replaceAll('/tmp/containerd-mount', TMPMOUNTS) : String(err);
    throw plain(`failed to create containerd container: ${message}`);
  }
  const user = spec.process.user as { uid: number; gid: number; additionalGids?: number[] };
  const gids = additionalGids(found.gid, config);
  if (user.uid === found.uid && user.gid === found.gid && JSON.stringify(user.additionalGids) === JSON.stringify(gids)) return;
  user.uid = found.uid;
  user.gid = found.gid;
  user.additionalGids = gids;
  container.updateSpec(spec);
}
