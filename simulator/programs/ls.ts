// busybox ls: one name a line into a pipe, columns on a terminal; -a shows dot files (-A
// without . and ..), -l the long form (-n with numeric owners, -h with a 7-wide human size),
// -s the 1K blocks before each name, -F and -p the type indicators; names sorted bytewise,
// by size with -S or mtime with -t, reversed with -r; several operands get `dir:` headers as in
// coreutils. An option busybox 1.35 does not have is refused with its usage (coreutils/ls.c).

import { getopt32 } from './getopt32';
import { entryStat, humanSize } from './ls-stat';
import { DEFAULT_MTIME_S, followLinks, resolvePath, stderr, stdout, type ContainerFile, type ContainerFs, type OutputChunk, type Program } from './program';
import { groupName, userName } from './user-names';
import { BUSYBOX_BANNER } from './applets/busybox-usage';

function columns(names: string[], width: number): string {
  if (names.length === 0) return '';
  const colWidth = Math.max(...names.map((n) => n.length)) + 2;
  const perRow = Math.max(1, Math.floor(width / colWidth));
  const rows = Math.ceil(names.length / perRow);
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < perRow; c++) {
      const name = names[c * rows + r];
      if (name !== undefined) cells.push(name);
    }
    lines.push(cells.map((n, i) => (i < cells.length - 1 ? n.padEnd(colWidth) : n)).join(''));
  }
  return `${lines.join('\n')}\n`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** busybox's date column: `Jun  1  2023` for files older than half a year, else `Nov 28 05:00`. */
function lsDate(mtime: number | undefined, nowMs: number): string {
  const ms = (mtime ?? DEFAULT_MTIME_S) * 1000;
  const d = new Date(ms);
  const day = `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)}`;
  const halfYearMs = 182.5 * 24 * 3600 * 1000;
  if (nowMs - ms > halfYearMs || ms - nowMs > 3600 * 1000) return `${day}  ${d.getUTCFullYear()}`;
  return `${day} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

/** --full-time's date column: `2020-01-02 03:04:05 +0000` (the container's zone is UTC). */
function fullDate(mtime: number | undefined): string {
  return `${new Date((mtime ?? DEFAULT_MTIME_S) * 1000).toISOString().slice(0, 19).replace('T', ' ')} +0000`;
}

function bytewise(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const USAGE =
  BUSYBOX_BANNER +
  'Usage: ls [-1AaCxdLHRFplinshrSXvctu] [-w WIDTH] [FILE]...\n\nList directory contents\n\n' +
  '\t-1\tOne column output\n\t-a\tInclude names starting with .\n\t-A\tLike -a, but exclude . and ..\n' +
  '\t-x\tList by lines\n\t-d\tList directory names, not contents\n\t-L\tFollow symlinks\n' +
  '\t-H\tFollow symlinks on command line\n\t-R\tRecurse\n\t-p\tAppend / to directory names\n' +
  '\t-F\tAppend indicator (one of */=@|) to names\n\t-l\tLong format\n\t-i\tList inode numbers\n' +
  '\t-n\tList numeric UIDs and GIDs instead of names\n\t-s\tList allocated blocks\n\t-lc\tList ctime\n' +
  '\t-lu\tList atime\n\t--full-time\tList full date/time\n\t-h\tHuman readable sizes (1K 243M 2G)\n' +
  '\t--group-directories-first\n\t-S\tSort by size\n\t-X\tSort by extension\n\t-v\tSort by version\n' +
  '\t-t\tSort by mtime\n\t-tc\tSort by ctime\n\t-tu\tSort by atime\n\t-r\tReverse sort order\n' +
  '\t-w N\tFormat N columns wide\n\t--color[={always,never,auto}]\n';

/** The long options busybox 1.35's ls has; they change nothing the simulator shows. */
const LONG_OPTIONS = /^--(full-time|group-directories-first|color(=(always|never|auto))?)$/;

/** -F's indicator: / a directory, @ a link, | a fifo, = a socket, * an executable file. */
function indicator(file: ContainerFile | undefined, classify: boolean): string {
  if (file?.kind === 'dir') return '/';
  if (!classify || !file) return '';
  if (file.kind === 'symlink') return '@';
  return file.kind === 'file' && !file.device && (file.mode & 0o111) !== 0 ? '*' : '';
}

export const lsProgram: Program = {
  name: 'ls',
  run(ctx) {
    const parsed = getopt32(ctx.argv.slice(1).filter((a) => !LONG_OPTIONS.test(a)), '1AaCxdLHRFplinshrSXvctuw:');
    if (!parsed.ok) return { out: [stderr(`ls: ${parsed.error}\n${USAGE}`)], exit: { afterMs: 0, code: 1 } };
    const flags = [...parsed.opts.keys()].join('');
    const operands = parsed.operands;
    const all = flags.includes('a');
    const almostAll = flags.includes('A');
    const blocksColumn = flags.includes('s');
    const classify = flags.includes('F');
    const slashDirs = classify || flags.includes('p');
    const numeric = flags.includes('n');
    const human = flags.includes('h');
    // --full-time is a long listing with the whole date (ls.c's OPT_full_time implies -l).
    const fullTime = ctx.argv.slice(1).includes('--full-time');
    const long = flags.includes('l') || numeric || fullTime;
    // -d lists a directory operand itself rather than its contents.
    const dirItself = flags.includes('d');
    const onePerLine = flags.includes('1') || !ctx.terminal;
    const out: OutputChunk[] = [];
    let code = 0;
    const targets = operands.length > 0 ? operands : ['.'];
    // Owner names from the container's own /etc/passwd and /etc/group (a number when none has it).
    const ownerNames = new Map<string, string>();
    const owner = (kind: 'u' | 'g', id: number): string => {
      if (numeric) return String(id);
      const key = `${kind}${id}`;
      let name = ownerNames.get(key);
      if (name === undefined) {
        name = (kind === 'u' ? userName(ctx.fs, id) : groupName(ctx.fs, id)) ?? String(id);
        ownerNames.set(key, name);
      }
      return name;
    };
    const statAt = (dir: string, name: string) => {
      const path = resolvePath(dir, name);
      const f = ctx.fs.lookup(path) ?? lstatViaLinks(ctx.fs, path);
      return f ? { f, st: entryStat(ctx.fs, path, f) } : undefined;
    };
    // ls.c sortcmp: bigger or newer first with -S or -t, then the name; -r reverses it all.
    const order = (dir: string) => (a: string, b: string): number => {
      let dif = 0;
      if (flags.includes('S')) dif = (statAt(dir, b)?.st.size ?? 0) - (statAt(dir, a)?.st.size ?? 0);
      else if (flags.includes('t')) dif = (statAt(dir, b)?.f.mtime ?? 0) - (statAt(dir, a)?.f.mtime ?? 0);
      if (dif === 0) dif = bytewise(a, b);
      return flags.includes('r') ? -dif : dif;
    };
    const format = (dir: string, names: string[]): string => {
      if (long) {
        return names
          .map((name) => {
            const path = resolvePath(dir, name);
            const f = ctx.fs.lookup(path) ?? lstatViaLinks(ctx.fs, path) ?? { kind: 'file', mode: 0o644 };
            const st = entryStat(ctx.fs, path, f);
            // A device shows `major, minor` in the size column (busybox's %4u,%4u).
            const size = st.device ? `${String(st.device.major).padStart(4)},${String(st.device.minor).padStart(4)}` : human ? humanSize(st.size).padStart(7) : String(st.size).padStart(9);
            const link = f.kind === 'symlink' ? ` -> ${f.content ?? ''}` : '';
            const ids = `${owner('u', f.uid ?? 0).padEnd(8)} ${owner('g', f.gid ?? 0).padEnd(8)}`;
            return `${st.mode} ${String(st.nlink).padStart(4)} ${ids} ${size} ${fullTime ? fullDate(f.mtime) : lsDate(f.mtime, ctx.nowMs)} ${name}${link}\n`;
          })
          .join('');
      }
      const shown = names.map((n) => {
        const entry = slashDirs ? statAt(dir, n) : undefined;
        const name = `${n}${slashDirs ? indicator(entry?.f, classify) : ''}`;
        return blocksColumn ? `${String(statAt(dir, n)?.st.blocks ?? 0).padStart(6)} ${name}` : name;
      });
      return onePerLine ? shown.map((n) => `${n}\n`).join('') : columns(shown, ctx.columns);
    };
    // busybox lists the operands that are not directories first, then each directory; both sorted.
    const files: string[] = [];
    const dirs: Array<{ name: string; path: string }> = [];
    for (const name of targets) {
      // With -l or -d a symlink operand is listed as the link itself (lstat), as coreutils does.
      const own = long || dirItself ? ctx.fs.lookup(resolvePath(ctx.cwd, name)) : undefined;
      if (own?.kind === 'symlink') {
        files.push(name);
        continue;
      }
      const found = followLinks(ctx.fs, resolvePath(ctx.cwd, name));
      if (!found) {
        out.push(stderr(`ls: ${name}: No such file or directory\n`));
        code = 1;
      } else if (found.file.kind !== 'dir' || dirItself) files.push(name);
      else dirs.push({ name, path: found.path });
    }
    files.sort(order(ctx.cwd));
    const byOperand = order(ctx.cwd);
    dirs.sort((a, b) => byOperand(a.name, b.name));
    if (files.length > 0) out.push(stdout(format(ctx.cwd, files)));
    // -R goes down into each directory listed (not through links), its subdirectories sorted,
    // every listing under a `dir:` header (busybox ls.c DISP_RECURSIVE).
    const recursive = flags.includes('R');
    if (recursive) {
      const walked: Array<{ name: string; path: string }> = [];
      const walk = (d: { name: string; path: string }): void => {
        walked.push(d);
        const children = (ctx.fs.list(d.path) ?? []).filter((n) => all || almostAll || !n.startsWith('.')).sort(order(d.path));
        for (const child of children) {
          const path = resolvePath(d.path, child);
          if (ctx.fs.lookup(path)?.kind === 'dir') walk({ name: d.name.endsWith('/') ? `${d.name}${child}` : `${d.name}/${child}`, path });
        }
      };
      for (const d of dirs.splice(0)) walk(d);
      dirs.push(...walked);
    }
    dirs.forEach(({ name, path }, idx) => {
      let names = [...(ctx.fs.list(path) ?? [])];
      if (!all && !almostAll) names = names.filter((n) => !n.startsWith('.'));
      if (all) names.push('.', '..');
      names.sort(order(path));
      const header = targets.length > 1 || recursive ? `${idx > 0 || files.length > 0 ? '\n' : ''}${name}:\n` : '';
      // `total`: the 1K blocks the entries take (a tmpfs directory, a device or a symlink none).
      const blocks = (): number =>
        names.reduce((sum, n) => {
          const p = resolvePath(path, n);
          const f = ctx.fs.lookup(p);
          return sum + (f ? entryStat(ctx.fs, p, f).blocks : 0);
        }, 0);
      const total = long || blocksColumn ? `total ${blocks()}\n` : '';
      out.push(stdout(header + total + format(path, names)));
    });
    return { out, exit: { afterMs: 0, code } };
  },
};

/**
 * lstat of a path whose directories include a symlink (/sys/class/net/eth0/address): the entry
 * itself, found in the directory its parent path leads to.
 */
function lstatViaLinks(fs: ContainerFs, path: string): ContainerFile | undefined {
  const cut = path.lastIndexOf('/');
  const parent = followLinks(fs, path.slice(0, cut) || '/');
  if (parent?.file.kind !== 'dir') return undefined;
  return fs.lookup(`${parent.path === '/' ? '' : parent.path}${path.slice(cut)}`);
}
