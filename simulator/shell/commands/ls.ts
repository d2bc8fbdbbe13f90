// GNU ls (coreutils 9.1, as on Debian bookworm) over the shell's file system: its error
// wording (`ls: cannot access '/x': No such file or directory`, exit 2), files before
// directories, `dir:` headers, the long format's columns and `total` (ls-format.ts), one name a
// line in a pipe and columns on a terminal. The shell's file system shows the node's own
// programs in /bin and /usr/bin, so ls reads through it rather than the state tree.

import { type CommandContext, type FsStat, defineCommand } from 'just-bash';
import type { ShellCommandFactory } from './command-host';
import { tryHelp } from './coreutils-text';
import { type LsEntry, columns, longRows, terminalName, totalLine } from './ls-format';

interface LsOptions {
  long: boolean;
  all: boolean;
  almostAll: boolean;
  directory: boolean;
  onePerLine: boolean;
  human: boolean;
  recursive: boolean;
  reverse: boolean;
  sort: 'name' | 'time' | 'size' | 'none';
  classify: 'none' | 'slash' | 'all';
  numeric: boolean;
}

const TRY = tryHelp('ls');
const SHORT: Readonly<Record<string, (o: LsOptions) => void>> = {
  l: (o) => (o.long = true),
  a: (o) => (o.all = true),
  A: (o) => (o.almostAll = true),
  d: (o) => (o.directory = true),
  '1': (o) => (o.onePerLine = true),
  h: (o) => (o.human = true),
  R: (o) => (o.recursive = true),
  r: (o) => (o.reverse = true),
  t: (o) => (o.sort = 'time'),
  S: (o) => (o.sort = 'size'),
  U: (o) => (o.sort = 'none'),
  F: (o) => (o.classify = 'all'),
  p: (o) => (o.classify = 'slash'),
  n: (o) => ((o.numeric = true), (o.long = true)),
};
const LONG: Readonly<Record<string, string>> = {
  all: 'a', 'almost-all': 'A', directory: 'd', 'human-readable': 'h', recursive: 'R', reverse: 'r',
  classify: 'F', 'numeric-uid-gid': 'n',
};

function parse(args: readonly string[]): { opts: LsOptions; paths: string[] } | string {
  const opts: LsOptions = {
    long: false, all: false, almostAll: false, directory: false, onePerLine: false, human: false,
    recursive: false, reverse: false, sort: 'name', classify: 'none', numeric: false,
  };
  const paths: string[] = [];
  let onlyPaths = false;
  for (const arg of args) {
    if (onlyPaths || arg === '-' || !arg.startsWith('-')) paths.push(arg);
    else if (arg === '--') onlyPaths = true;
    else if (arg.startsWith('--')) {
      const name = arg.slice(2).split('=')[0] ?? '';
      if (name === 'color' || name === 'colour') continue; // no colours: root's bashrc sets none
      const letter = LONG[name];
      const set = letter === undefined ? undefined : SHORT[letter];
      if (!set) return `ls: unrecognized option '${arg}'\n${TRY}`;
      set(opts);
    } else {
      for (const letter of arg.slice(1)) {
        const set = SHORT[letter];
        if (!set) return `ls: invalid option -- '${letter}'\n${TRY}`;
        set(opts);
      }
    }
  }
  return { opts, paths };
}

interface Found {
  name: string;
  path: string;
  stat: FsStat;
  /** The entry a symlink names, when it exists. */
  target?: FsStat;
}

class Lister {
  private out: string[] = [];
  private err: string[] = [];
  private exit = 0;

  constructor(
    private readonly ctx: CommandContext,
    private readonly opts: LsOptions,
    private readonly nowMs: number,
    private readonly tty: boolean,
    private readonly width: number,
  ) {}

  private async stat(path: string): Promise<Found | undefined> {
    const fs = this.ctx.fs;
    try {
      const stat = await fs.lstat(path);
      const target = stat.isSymbolicLink ? await fs.stat(path).catch(() => undefined) : undefined;
      return { name: path, path, stat, target };
    } catch {
      return undefined;
    }
  }

  private async nlink(found: Found): Promise<number> {
    if (!found.stat.isDirectory) return 1;
    try {
      let subdirs = 0;
      for (const e of await this.ctx.fs.readdirWithFileTypes?.(found.path) ?? []) if (e.isDirectory) subdirs++;
      return 2 + subdirs;
    } catch {
      return 2;
    }
  }

  private suffix(f: Found): string {
    const { classify } = this.opts;
    if (classify === 'none') return '';
    if (f.stat.isDirectory) return '/';
    if (classify === 'slash') return '';
    if (f.stat.isSymbolicLink) return this.opts.long ? '' : '@';
    return f.stat.mode & 0o111 ? '*' : '';
  }

  private async entry(f: Found): Promise<LsEntry> {
    const s = f.stat;
    const kind = s.isSymbolicLink ? 'symlink' : s.isDirectory ? 'dir' : 'file';
    const target = kind === 'symlink' ? await this.ctx.fs.readlink(f.path).catch(() => '') : undefined;
    const size = kind === 'dir' ? 4096 : kind === 'symlink' ? new TextEncoder().encode(target ?? '').length : s.size;
    return {
      name: this.tty ? terminalName(f.name) : f.name,
      kind,
      mode: s.mode,
      size,
      mtimeMs: s.mtime.getTime(),
      nlink: await this.nlink(f),
      target,
      suffix: this.suffix(f),
    };
  }

  private sorted(list: Found[]): Found[] {
    const byName = (a: Found, b: Found) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const { sort } = this.opts;
    const cmp =
      sort === 'time'
        ? (a: Found, b: Found) => b.stat.mtime.getTime() - a.stat.mtime.getTime() || byName(a, b)
        : sort === 'size'
          ? (a: Found, b: Found) => b.stat.size - a.stat.size || byName(a, b)
          : byName;
    const out = sort === 'none' ? [...list] : [...list].sort(cmp);
    return this.opts.reverse ? out.reverse() : out;
  }

  /** One block of names: long rows, one a line, or terminal columns. */
  private async block(list: Found[], withTotal: boolean, measured: Found[] = list): Promise<void> {
    const entries = await Promise.all(list.map((f) => this.entry(f)));
    if (this.opts.long) {
      const widths = measured === list ? entries : await Promise.all(measured.map((f) => this.entry(f)));
      if (withTotal) this.out.push(totalLine(entries, this.opts.human));
      this.out.push(...longRows(entries, { human: this.opts.human, numeric: this.opts.numeric, nowMs: this.nowMs }, widths));
      return;
    }
    const names = entries.map((e) => e.name + e.suffix);
    if (!this.tty || this.opts.onePerLine) this.out.push(...names);
    else this.out.push(...columns(names, this.width));
  }

  private async directory(f: Found, header: boolean, first: boolean): Promise<void> {
    const fs = this.ctx.fs;
    let names: string[];
    try {
      names = await fs.readdir(f.path);
    } catch {
      this.err.push(`ls: cannot open directory '${f.name}': No such file or directory\n`);
      this.exit = 2;
      return;
    }
    if (header) {
      if (!first) this.out.push('');
      this.out.push(`${this.tty ? terminalName(f.name) : f.name}:`);
    }
    const shown = names.filter((n) => this.opts.all || this.opts.almostAll || !n.startsWith('.'));
    const children: Found[] = [];
    const join = (n: string) => (f.path === '/' ? `/${n}` : `${f.path.replace(/\/+$/, '')}/${n}`);
    if (this.opts.all) {
      for (const [n, p] of [['.', f.path], ['..', `${f.path.replace(/\/+$/, '')}/..`]] as const) {
        const s = await this.stat(p);
        if (s) children.push({ ...s, name: n, path: p });
      }
    }
    for (const n of shown) {
      const s = await this.stat(join(n));
      if (s) children.push({ ...s, name: n });
    }
    const ordered = this.sorted(children);
    await this.block(ordered, true);
    if (!this.opts.recursive) return;
    for (const c of ordered) {
      if (c.name === '.' || c.name === '..' || !c.stat.isDirectory || c.stat.isSymbolicLink) continue;
      const sub = f.path === '/' ? `/${c.name}` : `${f.name.replace(/\/+$/, '')}/${c.name}`;
      await this.directory({ ...c, name: sub, path: join(c.name) }, true, false);
    }
  }

  async run(paths: string[]): Promise<{ stdout: string; stderr: string; exitCode: number }> {
    const args = paths.length > 0 ? paths : ['.'];
    const files: Found[] = [];
    const dirs: Found[] = [];
    for (const arg of args) {
      const path = this.ctx.fs.resolvePath(this.ctx.cwd, arg);
      const s = await this.stat(path);
      if (!s) {
        this.err.push(`ls: cannot access '${arg}': No such file or directory\n`);
        this.exit = 2;
        continue;
      }
      const found = { ...s, name: arg };
      // A symlink named on the command line is followed unless -l or -d shows the link itself.
      const isDir = s.stat.isDirectory || (s.target?.isDirectory === true && !this.opts.long && !this.opts.directory) || (s.target?.isDirectory === true && arg.endsWith('/'));
      if (isDir && !this.opts.directory) dirs.push(s.stat.isSymbolicLink ? { ...found, stat: s.target ?? s.stat } : found);
      else files.push(found);
    }
    if (files.length > 0) await this.block(this.sorted(files), false, [...files, ...dirs]);
    const header = args.length > 1 || this.opts.recursive;
    let first = files.length === 0;
    for (const d of this.sorted(dirs)) {
      await this.directory(d, header, first);
      first = false;
    }
    const stdout = this.out.length > 0 ? `${this.out.join('\n')}\n` : '';
    return { stdout, stderr: this.err.join(''), exitCode: this.exit };
  }
}

export const lsCommand: ShellCommandFactory = (host) =>
  defineCommand('ls', async (args, ctx) => {
    const parsed = parse(args);
    if (typeof parsed === 'string') return { stdout: '', stderr: parsed, exitCode: 2 };
    const inv = host.openIO(ctx);
    const width = Number(inv.io.environ.COLUMNS ?? '') || 80;
    const lister = new Lister(ctx, parsed.opts, host.node.nowMs(), inv.io.isTTY, width);
    const r = await lister.run(parsed.paths);
    inv.io.stdout(r.stdout);
    inv.io.stderr(r.stderr);
    return inv.result(r.exitCode);
  });
