// busybox 1.35 find (findutils/find.c, libbb/recursive_action.c) inside a container: -H/-L, the
// paths up to the first word that starts with `-`, `!` or `(` (`.` when none), then the
// expression (find-expression.ts). Each path is walked depth first, a directory's entries in
// the order the container's view lists them (sorted; a real overlayfs gives readdir order, so
// compare through `sort`), names joined as concat_path_file does (`a/` + `x` is `a/x`). A
// missing path is `find: P: No such file or directory` and exit 1, after the others are walked.
// -exec runs its command as a child of find, one after another on the clock.

import { entryStat } from '../ls-stat';
import { spawnAndWait } from '../applets/spawn-child';
import { DEFAULT_MTIME_S, followLinks, lookupResolvingDirs, MAX_SYMLINKS, resolvePath, stderr, stdout, type ContainerFile, type OutputChunk, type Program, type ProgramContext, type ProgramRun } from '../program';
import { groupId, passwdIds } from '../user-names';
import { FindParseError, parseFindExpression, type FindGroups, type FindOptions, type FindTerm } from './find-expression';
import { FIND_USAGE } from './find-usage';


interface Visit {
  /** The name as find prints it. */
  name: string;
  /** The absolute path of the entry itself (a followed link: its target). */
  path: string;
  file: ContainerFile;
  depth: number;
}

const TRUE = 1;
const SKIP = 2;

class Quit {}

/** One run: the output so far, the clock of -exec's children, the exit status. */
class Walk {
  readonly out: OutputChunk[] = [];
  /** What its -exec children signalled (kill), passed on as find's own. */
  readonly signals: NonNullable<ProgramRun['signals']> = [];
  elapsedMs = 0;
  status = 0;
  /** A child that never ends (`-exec sleep inf`): find waits on it for ever. */
  hung = false;

  constructor(
    readonly ctx: ProgramContext,
    readonly groups: FindGroups,
    readonly options: FindOptions,
    readonly followTop: boolean,
  ) {}

  print(text: string, stream: 'stdout' | 'stderr' = 'stdout'): void {
    const chunk = stream === 'stdout' ? stdout(text) : stderr(text);
    this.out.push(this.elapsedMs > 0 ? { ...chunk, atMs: this.elapsedMs } : chunk);
  }

  /** lstat, or stat when links are followed; undefined when nothing is there. */
  entry(path: string, follow: boolean): { path: string; file: ContainerFile } | undefined {
    return follow ? followLinks(this.ctx.fs, path) : lookupResolvingDirs(this.ctx.fs, path);
  }

  /** recursive_action1. False when something could not be read. */
  visit(name: string, depth: number, linksSoFar: number): boolean {
    const abs = resolvePath(this.ctx.cwd, name);
    // A trailing slash makes the kernel follow a last link and want a directory.
    const follow = name.endsWith('/') || (depth === 0 ? this.followTop : this.options.follow);
    let found = this.entry(abs, follow);
    if (!found && follow && this.options.follow) {
      // ACTION_DANGLING_OK: a link to nothing is reported as the link.
      found = this.entry(abs, false);
    }
    if (!found) return this.fail(name, 'No such file or directory');
    if (name.endsWith('/') && found.file.kind !== 'dir') return this.fail(name, 'Not a directory');
    const viaLink = this.ctx.fs.lookup(abs)?.kind === 'symlink' && found.file.kind === 'dir';
    const links = linksSoFar + (viaLink ? 1 : 0);
    if (links > MAX_SYMLINKS) return this.fail(name, 'Too many levels of symbolic links');
    const v: Visit = { name, path: found.path, file: found.file, depth };
    if (found.file.kind !== 'dir') {
      this.act(v);
      return true;
    }
    if (!this.options.depthFirst && this.act(v) === SKIP) return true;
    let ok = true;
    const dir = found.path === '/' ? '' : found.path;
    for (const child of this.ctx.fs.list(found.path) ?? []) {
      // /proc lists kernel entries whose files are not simulated (proc-pids.ts): walking past
      // them is what a reader sees of a real /proc, which find reads without a complaint.
      if (!this.ctx.fs.lookup(`${dir}/${child}`)) continue;
      const childName = name.endsWith('/') ? `${name}${child}` : `${name}/${child}`;
      if (!this.visit(childName, depth + 1, links)) ok = false;
      if (this.hung) return ok;
    }
    if (this.options.depthFirst) this.act(v);
    return ok;
  }

  fail(name: string, why: string): false {
    this.print(`find: ${name}: ${why}\n`, 'stderr');
    return false;
  }

  /** fileAction: depth limits, the expression, the implied -print; SKIP keeps find out of a directory. */
  act(v: Visit): number {
    const o = this.options;
    const sameFs = !(o.xdev && v.file.kind === 'dir' && this.device(v.path) !== this.device(this.top));
    if (v.depth < o.minDepth) return sameFs ? TRUE : SKIP;
    if (v.depth > o.maxDepth) return SKIP;
    const r = this.groupsMatch(this.groups, v);
    if (r & TRUE && o.needPrint) this.print(`${v.name}\n`);
    if (v.file.kind === 'dir' && v.depth === o.maxDepth) return SKIP;
    if (!sameFs) return SKIP;
    return r & SKIP ? SKIP : TRUE;
  }

  top = '/';

  device(path: string): string {
    return this.ctx.fs.mountOf?.(path)?.destination ?? '/';
  }

  /** exec_actions: the first group whose every term holds decides; -prune's SKIP sticks. */
  groupsMatch(groups: FindGroups, v: Visit): number {
    let rc = 0;
    for (const group of groups) {
      rc &= ~TRUE;
      let failed = false;
      for (const term of group) {
        const r = this.term(term, v);
        rc |= r & SKIP;
        if (((r & TRUE) === TRUE) === term.invert) {
          failed = true;
          break;
        }
      }
      if (!failed) return rc | TRUE;
    }
    return rc;
  }

  term(t: FindTerm, v: Visit): number {
    const fs = this.ctx.fs;
    const yes = (b: boolean) => (b ? TRUE : 0);
    const mtime = v.file.mtime ?? DEFAULT_MTIME_S;
    switch (t.kind) {
      case 'print':
        this.print(`${v.name}\n`);
        return TRUE;
      case 'print0':
        this.print(`${v.name}\0`);
        return TRUE;
      case 'prune':
        return SKIP | TRUE;
      case 'quit':
        throw new Quit();
      case 'name':
        return yes(t.pattern.test(baseName(v.name)));
      case 'path':
      case 'regex':
        return yes(t.pattern.test(v.name));
      case 'type':
        return yes(typeLetter(v.file) === t.type);
      case 'executable':
        return yes(executable(v.file, this.ctx.user?.uid ?? 0, this.ctx.user?.gid ?? 0));
      case 'perm': {
        const mode = v.file.kind === 'symlink' ? 0o777 : v.file.mode & 0o7777;
        return yes(t.how === '+' ? (mode & t.mask) !== 0 : t.how === '-' ? (mode & t.mask) === t.mask : mode === t.mask);
      }
      case 'time': {
        const age = Math.floor(this.ctx.nowMs / 1000) - mtime;
        const n = t.amount * t.unitSeconds;
        return yes(t.sign === '+' ? age >= n + t.unitSeconds : t.sign === '-' ? age < n : age >= n && age < n + t.unitSeconds);
      }
      case 'newer':
        return yes(t.mtime < mtime);
      case 'samefile':
        return yes(v.path === t.path);
      case 'user':
        return yes((v.file.uid ?? 0) === t.id);
      case 'group':
        return yes((v.file.gid ?? 0) === t.id);
      case 'size': {
        const bytes = entryStat(fs, v.path, v.file).size;
        return yes(t.sign === '+' ? bytes > t.bytes : t.sign === '-' ? bytes < t.bytes : bytes === t.bytes);
      }
      case 'links': {
        const n = entryStat(fs, v.path, v.file).nlink;
        return yes(t.sign === '-' ? n < t.count : t.sign === '+' ? n > t.count : n === t.count);
      }
      case 'empty':
        if (v.file.kind === 'dir') return yes((fs.list(v.path) ?? []).length === 0);
        return yes(v.file.kind === 'file' && entryStat(fs, v.path, v.file).size === 0);
      case 'exec':
        if (t.plus) {
          t.files.push(v.name);
          return TRUE;
        }
        return yes(this.exec(t.argv.map((a) => a.split('{}').join(v.name))));
      case 'paren':
        return this.groupsMatch(t.groups, v);
    }
  }

  /** spawn_and_wait: the command as find's child; true when it exits 0. */
  exec(argv: string[]): boolean {
    if (this.hung) return false;
    const child = spawnAndWait(this.ctx, argv, this.elapsedMs, this.ctx.stdin ?? '');
    if (!child.started) {
      this.print(`find: ${argv[0] ?? ''}: ${child.error}\n`, 'stderr');
      return false;
    }
    this.out.push(...child.out);
    this.signals.push(...child.signals);
    if (!child.exit) {
      this.hung = true;
      return false;
    }
    this.elapsedMs += child.exit.afterMs;
    return child.exit.code === 0;
  }

  /** flush_exec_plus: each -exec + with files runs once, at the end; a failure is exit 1. */
  flushExecPlus(groups: FindGroups): void {
    for (const term of groups.flat()) {
      if (term.kind === 'paren') this.flushExecPlus(term.groups);
      if (term.kind !== 'exec' || !term.plus || term.files.length === 0) continue;
      const at = term.argv.findIndex((a) => a.includes('{}'));
      const argv = term.argv.flatMap((a, i) => (i === at ? term.files.map((f) => a.replace('{}', f)) : [a]));
      term.files.length = 0;
      if (this.exec(argv) === term.invert) {
        this.status |= 1;
        return;
      }
    }
  }
}

function baseName(name: string): string {
  // `find DIR/ -name DIR` matches: trailing slashes are not part of the name; `/` stays `/`.
  const trimmed = name.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

function typeLetter(file: ContainerFile): string {
  if (file.kind === 'dir') return 'd';
  if (file.kind === 'symlink') return 'l';
  return file.device ? 'c' : 'f';
}

/** access(X_OK): root may run what anyone may, and enter any directory. */
function executable(file: ContainerFile, uid: number, gid: number): boolean {
  if (uid === 0) return file.kind === 'dir' || (file.mode & 0o111) !== 0;
  const owner = file.uid ?? 0;
  const group = file.gid ?? 0;
  const bits = owner === uid ? file.mode >> 6 : group === gid ? file.mode >> 3 : file.mode;
  return (bits & 1) !== 0;
}

/** getopt32(argv, "+HLP") over the words made only of those letters (find_main's past_HLP). */
function leadingOptions(args: readonly string[]): { follow: boolean; followTop: boolean; rest: string[] } {
  let follow = false;
  let followTop = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--') {
      i++;
      break;
    }
    if (!/^-[HLP]+$/.test(a)) break;
    if (a.includes('H')) followTop = true;
    if (a.includes('L')) follow = true;
  }
  return { follow, followTop: followTop || follow, rest: args.slice(i) };
}

export const findApplet: Program = {
  name: 'find',
  run(ctx) {
    const given = ctx.argv.slice(1);
    if (given.length === 1 && given[0] === '--help') return { out: [stderr(FIND_USAGE)], exit: { afterMs: 0, code: 0 } };
    const { follow, followTop, rest } = leadingOptions(given);
    const first = rest.findIndex((a) => a.startsWith('-') || a === '!' || a === '(');
    const paths = first < 0 ? rest : rest.slice(0, first);
    const lookups = {
      mtimeOf: (p: string) => {
        const f = followLinks(ctx.fs, resolvePath(ctx.cwd, p));
        return f ? (f.file.mtime ?? DEFAULT_MTIME_S) : undefined;
      },
      identityOf: (p: string, viaLinks: boolean) => {
        const abs = resolvePath(ctx.cwd, p);
        return (viaLinks ? followLinks(ctx.fs, abs)?.path : ctx.fs.lookup(abs) ? abs : undefined) ?? undefined;
      },
      uidOf: (n: string) => passwdIds(ctx.fs, n)?.uid,
      gidOf: (n: string) => groupId(ctx.fs, n),
    };
    let parsed: ReturnType<typeof parseFindExpression>;
    try {
      parsed = parseFindExpression(first < 0 ? [] : rest.slice(first), follow, lookups);
    } catch (err) {
      if (!(err instanceof FindParseError)) throw err;
      return { out: [stderr(`find: ${err.message}\n${err.usage ? FIND_USAGE : ''}`)], exit: { afterMs: 0, code: 1 } };
    }
    const walk = new Walk(ctx, parsed.groups, parsed.options, followTop || parsed.options.follow);
    try {
      for (const path of paths.length > 0 ? paths : ['.']) {
        walk.top = resolvePath(ctx.cwd, path);
        if (!walk.visit(path, 0, 0)) walk.status |= 1;
        if (walk.hung) return { out: walk.out };
      }
      walk.flushExecPlus(parsed.groups);
    } catch (err) {
      if (!(err instanceof Quit)) throw err;
    }
    const signals = walk.signals.length > 0 ? { signals: walk.signals } : {};
    if (walk.hung) return { out: walk.out, ...signals };
    return { out: walk.out, exit: { afterMs: walk.elapsedMs, code: walk.status }, ...signals };
  },
};
