// busybox id (coreutils/id.c): the real uid and gid, then getgroups(2)'s list — the
// supplementary groups runc set from the spec's additionalGids, none when it set none — each
// with its name from the container's /etc/passwd or /etc/group when it has one. Docker 20.10.24
// gives `-u 1000` `uid=1000 gid=0(root) groups=0(root)` (checked on a real dockerd).
// `-u` and `-g` print the one id alone (`-n`: its name; `-r`: the real id, the same here, as
// runc sets no setuid bits); a containerd 1.6.20 node's busybox gives `id -u` as `65534` alone;
// `-gn` for a gid /etc/group does not name prints the number and `id: unknown ID 100`, exit 1.
// `-G` prints the supplementary list alone (`0` for root, `1000` for `-u 1000:1000`, `-Gn`
// `nobody` for `-u nobody` on a real dockerd 20.10.24). A USER operand is looked up by name in
// the container's /etc/passwd (never as a number: `id 1000` is `unknown user 1000`), its groups
// getgrouplist's (its primary group, then those of /etc/group listing it); -n or -r without
// -u, -g or -G is busybox's usage (tests/oracle/docker/scripts/63-id-user.sh). An empty
// getgroups list is not simulated.

import { finished, stderr, stdout, type Program } from './program';
import { groupList, groupName, passwdIds, processUser, userName } from './user-names';
import { BUSYBOX_BANNER } from './applets/busybox-usage';

const USAGE =
  BUSYBOX_BANNER + 'Usage: id [-ugGnr] [USER]\n\nPrint information about USER or the current user\n\n' +
  '\t-u\tUser ID\n\t-g\tGroup ID\n\t-G\tSupplementary group IDs\n\t-n\tPrint names instead of numbers\n\t-r\tPrint real ID instead of effective ID\n';

/** The letters of `-un`-style options and the operands, or the first option letter we do not simulate. */
function idOptions(args: readonly string[]): { letters: Set<string>; operands: string[] } | { unsupported: string } {
  const letters = new Set<string>();
  const operands: string[] = [];
  for (const arg of args) {
    if (!arg.startsWith('-') || arg === '-') operands.push(arg);
    else if (!/^-[ugnrG]+$/.test(arg)) return { unsupported: arg };
    else for (const letter of arg.slice(1)) letters.add(letter);
  }
  return { letters, operands };
}

export const idProgram: Program = {
  name: 'id',
  run: (ctx) => {
    const options = idOptions(ctx.argv.slice(1));
    if ('unsupported' in options) {
      return finished([stderr(`id: ${options.unsupported} is not simulated here (ctrlab simulates id with -u, -g, -G, -n and -r)\n`)], 1);
    }
    const { letters, operands } = options;
    // getopt32's "?1:…:r?ugG:n?ugG": one USER at most, -n and -r only beside -u, -g or -G.
    const chosen = letters.has('u') || letters.has('g') || letters.has('G');
    if (operands.length > 1 || ((letters.has('n') || letters.has('r')) && !chosen)) return finished([stderr(USAGE)], 1);
    if (letters.has('u') && letters.has('g')) return finished([stderr('id: only one of -u, -g may be given\n')], 1);
    const operand = operands[0];
    const named = operand === undefined ? undefined : passwdIds(ctx.fs, operand);
    if (operand !== undefined && !named) return finished([stderr(`id: unknown user ${operand}\n`)], 1);
    const user = named ?? processUser(ctx.user);
    if (letters.has('u') || letters.has('g')) {
      const [id, name] = letters.has('u') ? [user.uid, userName(ctx.fs, user.uid)] : [user.gid, groupName(ctx.fs, user.gid)];
      if (!letters.has('n') || name !== undefined) return finished([stdout(`${letters.has('n') ? name : id}\n`)]);
      // print_common: an id without a name prints as the number, with `unknown ID` and status 1.
      return finished([stdout(`${id}\n`), stderr(`id: unknown ID ${id}\n`)], 1);
    }
    // A USER's groups are getgrouplist's; the process's, getgroups(2)'s, which the kernel sorts
    // (groups_sort).
    const groups = operand !== undefined ? groupList(ctx.fs, operand, user.gid) : [...(processUser(ctx.user).additionalGids ?? [])].sort((a, b) => a - b);
    if (letters.has('G') && groups.length > 0) {
      // -G: the list alone, space-separated (-n: the names /etc/group has for them).
      const names = groups.map((g) => (letters.has('n') ? groupName(ctx.fs, g) : String(g)));
      if (!names.includes(undefined)) return finished([stdout(`${names.join(' ')}\n`)]);
    }
    if (letters.size > 0) return finished([stderr(`id: -${[...letters].join('')} with an empty group list or a group /etc/group does not name is not simulated here\n`)], 1);
    const withName = (id: number, name: string | undefined) => (name === undefined ? `${id}` : `${id}(${name})`);
    const list = groups.length > 0 ? ` groups=${groups.map((g) => withName(g, groupName(ctx.fs, g))).join(',')}` : '';
    return finished([stdout(`uid=${withName(user.uid, userName(ctx.fs, user.uid))} gid=${withName(user.gid, groupName(ctx.fs, user.gid))}${list}\n`)]);
  },
};
