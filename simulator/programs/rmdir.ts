// busybox rmdir [-pv] DIR... (coreutils/rmdir.c of busybox 1.35): removes empty directories.
// Each failure is bb_perror_msg("'%s'", path): `rmdir: '/ro/sub': Read-only file system`,
// `Directory not empty`, `No such file or directory`, `Not a directory` (the kernel says EROFS
// before ENOTEMPTY); the status is 1 when one failed. -p/--parents goes on with dirname() of
// what it removed until "." or a failure; -v/--verbose says `rmdir: removing directory, 'P'`
// before each; --ignore-fail-on-non-empty is silent about a directory with entries. Options
// are getopt32long's: an unknown one, or no operand, prints the usage (bb_show_usage).

import { showUsage } from './applets/busybox-usage';
import { finished, resolvePath, stderr, stdout, type OutputChunk, type Program, type ProgramContext } from './program';

const USAGE = 'Usage: rmdir [-p] DIRECTORY...\n\nRemove DIRECTORY if it is empty\n\n\t-p\tInclude parents\n\t--ignore-fail-on-non-empty\n';

const LONG: Readonly<Record<string, string>> = { parents: 'p', verbose: 'v', 'ignore-fail-on-non-empty': 'i' };

/** POSIX dirname(3) of a path as written: "." when it has no directory part. */
function dirnameOf(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return path.startsWith('/') ? '/' : '.';
  const slash = trimmed.lastIndexOf('/');
  if (slash < 0) return '.';
  return trimmed.slice(0, slash).replace(/\/+$/, '') || '/';
}

/** Why rmdir(2) of `path` fails, or undefined when it would succeed. */
function rmdirProblem(ctx: ProgramContext, path: string): string | undefined {
  // do_rmdir refuses the root before it looks at anything (its last component is LAST_ROOT).
  if (path === '/') return 'Device or resource busy';
  const entry = ctx.fs.lookup(path);
  if (!entry) return 'No such file or directory';
  if (entry.kind !== 'dir') return 'Not a directory';
  if (ctx.fs.readOnlyAt?.(path)) return 'Read-only file system';
  if ((ctx.fs.list(path) ?? []).length > 0) return 'Directory not empty';
  if ((ctx.fs.mountPoints?.() ?? []).includes(path)) return 'Device or resource busy';
  return undefined;
}

export const rmdirProgram: Program = {
  name: 'rmdir',
  run(ctx) {
    const flags = new Set<string>();
    const operands: string[] = [];
    const args = ctx.argv.slice(1);
    for (let i = 0; i < args.length; i++) {
      const a = args[i] ?? '';
      if (a === '--') {
        operands.push(...args.slice(i + 1));
        break;
      }
      if (a.startsWith('--')) {
        const flag = LONG[a.slice(2)];
        if (flag === undefined) return showUsage('rmdir', USAGE, `unrecognized option '${a}'`);
        flags.add(flag);
      } else if (a.startsWith('-') && a !== '-') {
        for (const c of a.slice(1)) {
          if (c !== 'p' && c !== 'v') return showUsage('rmdir', USAGE, `invalid option -- '${c}'`);
          flags.add(c);
        }
      } else operands.push(a);
    }
    if (operands.length === 0) return showUsage('rmdir', USAGE);
    const out: OutputChunk[] = [];
    let code = 0;
    for (const operand of operands) {
      let name = operand;
      for (;;) {
        if (flags.has('v')) out.push(stdout(`rmdir: removing directory, '${name}'\n`));
        const path = resolvePath(ctx.cwd, name);
        const why = rmdirProblem(ctx, path);
        if (why) {
          if (!(flags.has('i') && why === 'Directory not empty')) {
            out.push(stderr(`rmdir: '${name}': ${why}\n`));
            code = 1;
          }
          break;
        }
        ctx.fs.remove?.(path, ctx.nowMs);
        if (!flags.has('p')) break;
        name = dirnameOf(name);
        if (name === '.') break;
      }
    }
    return finished(out, code);
  },
};
