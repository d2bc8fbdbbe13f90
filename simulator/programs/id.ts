// busybox id (coreutils/id.c): the real uid and gid, then getgroups(2)'s list — the
// supplementary groups runc set from the spec's additionalGids, none when it set none — each
// with its name from the container's /etc/passwd or /etc/group when it has one. Docker 20.10.24
// gives `-u 1000` `uid=1000 gid=0(root) groups=0(root)` (checked on a real dockerd).

import { finished, stdout, type Program } from './program';
import { groupName, processUser, userName } from './user-names';

export const idProgram: Program = {
  name: 'id',
  run: (ctx) => {
    const user = processUser(ctx.user);
    const named = (id: number, name: string | undefined) => (name === undefined ? `${id}` : `${id}(${name})`);
    const groups = user.additionalGids ?? [];
    const list = groups.length > 0 ? ` groups=${groups.map((g) => named(g, groupName(ctx.fs, g))).join(',')}` : '';
    return finished([stdout(`uid=${named(user.uid, userName(ctx.fs, user.uid))} gid=${named(user.gid, groupName(ctx.fs, user.gid))}${list}\n`)]);
  },
};
