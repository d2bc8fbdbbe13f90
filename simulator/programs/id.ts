// busybox id (coreutils/id.c): the real uid and gid, then getgroups(2)'s list — the
// supplementary groups runc set from the spec's additionalGids, none when it set none — each
// with its name from the container's /etc/passwd or /etc/group when it has one. Docker 20.10.24
// gives `-u 1000` `uid=1000 gid=0(root) groups=0(root)` (checked on a real dockerd).
// `-u` and `-g` print the one id alone (`-n`: its name; `-r`: the real id, the same here, as
// runc sets no setuid bits); a containerd 1.6.20 node's busybox gives `id -u` as `65534` alone.
// `-G` prints the supplementary list alone (`0` for root, `1000` for `-u 1000:1000`, `-Gn`
// `nobody` for `-u nobody` on a real dockerd 20.10.24); an empty list or a user operand is
// not simulated.

import { finished, stderr, stdout, type Program } from './program';
import { groupName, processUser, userName } from './user-names';

/** The letters of `-un`-style options, or the first operand or option letter we do not simulate. */
function idOptions(args: readonly string[]): { letters: Set<string> } | { unsupported: string } {
  const letters = new Set<string>();
  for (const arg of args) {
    if (!/^-[ugnrG]+$/.test(arg)) return { unsupported: arg };
    for (const letter of arg.slice(1)) letters.add(letter);
  }
  return { letters };
}

export const idProgram: Program = {
  name: 'id',
  run: (ctx) => {
    const user = processUser(ctx.user);
    const options = idOptions(ctx.argv.slice(1));
    if ('unsupported' in options) {
      return finished([stderr(`id: ${options.unsupported} is not simulated here (ctrlab simulates id with -u, -g, -n and -r)\n`)], 1);
    }
    const { letters } = options;
    if (letters.has('u') && letters.has('g')) return finished([stderr('id: only one of -u, -g may be given\n')], 1);
    if (letters.has('u') || letters.has('g')) {
      const [id, name] = letters.has('u') ? [user.uid, userName(ctx.fs, user.uid)] : [user.gid, groupName(ctx.fs, user.gid)];
      if (!letters.has('n') || name !== undefined) return finished([stdout(`${letters.has('n') ? name : id}\n`)]);
      return finished([stderr(`id: -n for an id that ${letters.has('u') ? '/etc/passwd' : '/etc/group'} does not name is not simulated here\n`)], 1);
    }
    // setgroups(2) sorts the list in the kernel (groups_sort): getgroups gives it in gid order.
    const groups = [...(user.additionalGids ?? [])].sort((a, b) => a - b);
    if (letters.has('G') && groups.length > 0) {
      // -G: getgroups' list alone, space-separated (-n: the names /etc/group has for them).
      const names = groups.map((g) => (letters.has('n') ? groupName(ctx.fs, g) : String(g)));
      if (!names.includes(undefined)) return finished([stdout(`${names.join(' ')}\n`)]);
    }
    if (letters.size > 0) return finished([stderr(`id: -${[...letters].join('')} without -u or -g is not simulated here\n`)], 1);
    const named = (id: number, name: string | undefined) => (name === undefined ? `${id}` : `${id}(${name})`);
    const list = groups.length > 0 ? ` groups=${groups.map((g) => named(g, groupName(ctx.fs, g))).join(',')}` : '';
    return finished([stdout(`uid=${named(user.uid, userName(ctx.fs, user.uid))} gid=${named(user.gid, groupName(ctx.fs, user.gid))}${list}\n`)]);
  },
};
