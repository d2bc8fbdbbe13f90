// --group-add (generateGroupsOpts, cmd/nerdctl/run_user.go@v0.22.2): containerd 1.6.20's
// oci.WithAppendAdditionalGroups. A group that parses as a uint32 is its gid; any other is a
// name looked up in the container snapshot's /etc/group (through a temporary mount, so a
// failure reads `mount callback failed on /tmp/containerd-mountN: …`). The gids are appended
// to spec.process.user.additionalGids, and the process's own gid is kept first in the list.
// It runs as a spec option inside NewContainer, so the container is stored once, groups and all.

import type { OciSpec } from '../../../containerd/client/index';

/** The container snapshot's user lookup (oci.WithUser's), which names go through. */
interface UserLookup {
  user(userstr: string): { gid: number };
}

/** strconv.ParseUint(s, 10, 32). */
const gidOf = (s: string) => (/^\d+$/.test(s) && Number(s) <= 0xffff_ffff ? Number(s) : undefined);

/** The gids the groups name; names go through the container's user lookup (`0:<group>`). */
export function additionalGroups(snapshot: UserLookup, groups: readonly string[]): number[] {
  return groups.map((group) => {
    const gid = gidOf(group);
    if (gid !== undefined) return gid;
    try {
      return snapshot.user(`0:${group}`).gid;
    } catch (err) {
      // WithUser says `no groups found`; WithAppendAdditionalGroups names the group.
      throw new Error((err as Error).message.replace(/: no groups found$/, `: unable to find group ${group}`));
    }
  });
}

/** The spec with the gids appended (ensureAdditionalGids: the process's gid stays in front). */
export function withAdditionalGroups(spec: OciSpec, gids: readonly number[]): OciSpec {
  if (gids.length === 0) return spec;
  const process = spec.process as unknown as { user: { gid: number; additionalGids?: number[] } };
  const current = [...(process.user.additionalGids ?? []), ...gids];
  const additionalGids = current.includes(process.user.gid) ? current : [process.user.gid, ...current];
  return { ...spec, process: { ...spec.process, user: { ...process.user, additionalGids } } } as OciSpec;
}
