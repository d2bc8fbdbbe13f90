// oci.WithUser and WithAdditionalGIDs as the CRI plugin passes them to NewContainer
// (container_create_linux.go containerSpecOpts @v1.6.20): they read the container's
// /etc/passwd through a temporary mount of its new snapshot, inside containerd, before the
// container is stored, so the record is created once with the settled user (one
// /containers/create, no update). A name that is not there fails the creation with `failed to
// create containerd container: mount callback failed on
// /var/lib/containerd/tmpmounts/containerd-mountN: no users found`, and nothing stays.

import { plain } from '../../errdefs/errdefs';
import type { OciSpec, SnapshotView } from '../../containerd/client/index';
import type { ContainerConfig } from '../api/runtime-v1';
import { additionalGids } from './container-spec';

/** The daemon's own temporary mounts (mount.WithTempMount under its root), not ctr's /tmp ones. */
const TMPMOUNTS = '/var/lib/containerd/tmpmounts/containerd-mount';

/**
 * The spec option settling the process user from `userstr` (the config's user string, or the
 * image's USER) and the config's supplemental groups; none for an empty user string.
 */
export function withCriUser(userstr: string, config: ContainerConfig): Array<(spec: OciSpec, snapshot: SnapshotView) => OciSpec> {
  if (userstr === '') return [];
  return [
    (spec, snapshot) => {
      let found;
      try {
        found = snapshot.user(userstr);
      } catch (err) {
        const message = err instanceof Error ? err.message.replaceAll('/tmp/containerd-mount', TMPMOUNTS) : String(err);
        throw plain(`failed to create containerd container: ${message}`);
      }
      const user = { ...(spec.process.user as object), uid: found.uid, gid: found.gid, additionalGids: additionalGids(found.gid, config) };
      return { ...spec, process: { ...spec.process, user } };
    },
  ];
}
