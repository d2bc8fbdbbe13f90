// --group-add (HostConfig.GroupAdd) as dockerd 20.10.24's getUser adds it (runc libcontainer/user
// GetAdditionalGroups over the image's /etc/group): each entry matches a group by name or by its
// gid's text, else is taken as a number; a name no group has fails the start (the oracle's busybox
// has only root and nobody in its /etc/group). The gids join the
// user's supplementary ones (the kernel sorts them; /proc and `id` show them in order).

import type { Node } from '../../node';
import { invalidParameter } from '../errors';
import { entries, imageFile, type SpecUser } from './user';

/** runc's minId/maxId for a numeric gid. */
const MAX_ID = 2_147_483_647;

export function withGroupAdd(node: Node, diffIds: readonly string[], user: SpecUser, groupAdd: readonly string[]): SpecUser {
  if (groupAdd.length === 0) return user;
  const groups = entries(imageFile(node, diffIds, '/etc/group'));
  const added: number[] = [];
  for (const ag of groupAdd) {
    const g = groups.find((f) => f[0] === ag || f[2] === ag);
    if (g && !added.includes(Number(g[2]))) {
      added.push(Number(g[2]));
      continue;
    }
    if (g) continue;
    if (!/^[+-]?\d+$/.test(ag)) throw invalidParameter(`Unable to find group ${ag}: no matching entries in group file`);
    const gid = Number(ag);
    if (gid < 0 || gid > MAX_ID) throw invalidParameter(`uids and gids must be in range 0-${MAX_ID}`);
    if (!added.includes(gid)) added.push(gid);
  }
  return { ...user, additionalGids: [...user.additionalGids, ...added] };
}
