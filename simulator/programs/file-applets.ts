// busybox mkdir, rm, touch, cp and mv: they change the container's files through fs.write /
// fs.remove, which land in the container's snapshot so later processes see the change.

import { applyMode } from './chmod-ln';
import { parseDate } from './date';
import { danglingLinkError, finished, followLinks, lookupResolvingDirs, resolvePath, stderr, stdout, type ContainerFile, type OutputChunk, type Program, type ProgramContext } from './program';

/** Splits `-rf`-style flags from operands; undefined flags when an option is not simulated. */
function parseFlags(argv: readonly string[], allowed: string): { flags: Set<string>; operands: string[]; unknown?: string } {
  const flags = new Set<string>();
  const operands: string[] = [];
  let done = false;
  for (const a of argv.slice(1)) {
    if (!done && a === '--') done = true;
    else if (!done && /^-[^-]/.test(a)) {
      for (const f of a.slice(1)) {
        if (!allowed.includes(f)) return { flags, operands, unknown: a };
        flags.add(f);
      }
    } else if (!done && a.startsWith('--')) return { flags, operands, unknown: a };
    else operands.push(a);
  }
  return { flags, operands };
}

function notSimulated(name: string, what: string): ReturnType<Program['run']> {
  return finished([stderr(`${name}: ${what} is not simulated here (ctrlab simulates ${name} with its common options)\n`)], 1);
}

const dirOf = (path: string): string => path.slice(0, path.lastIndexOf('/')) || '/';

/** The reason a write at `path` fails, as strerror words it, or undefined. */
function writeProblem(ctx: ProgramContext, path: string): string | undefined {
  const parent = followLinks(ctx.fs, dirOf(path))?.file;
  if (!parent) return 'No such file or directory';
  if (parent.kind !== 'dir') return 'Not a directory';
  if (ctx.fs.readOnlyAt?.(path)) return 'Read-only file system';
  if (!mayWrite(ctx, parent)) return 'Permission denied';
  return undefined;
}

/**
 * Whether the process may write `entry` (w and x of a directory) by its mode bits for the
 * owner, the group or others. Root may always; a non-root user has no capabilities after the
 * exec of its program (runc's spec gives no ambient set), so CAP_DAC_OVERRIDE does not help it.
 */
function mayWrite(ctx: ProgramContext, entry: ContainerFile): boolean {
  const user = ctx.user;
  if (!user || user.uid === 0) return true;
  const gid = entry.gid ?? 0;
  const inGroup = gid === user.gid || (user.additionalGids ?? []).includes(gid);
  const bits = (entry.uid ?? 0) === user.uid ? entry.mode >> 6 : inGroup ? entry.mode >> 3 : entry.mode;
  const need = entry.kind === 'dir' ? 0o3 : 0o2;
  return (bits & need) === need;
}

/** A new entry is its creator's (a file made by `--user 1000:1000` is 1000's). */
function ownedBy(ctx: ProgramContext, file: ContainerFile): ContainerFile {
  const user = ctx.user;
  if (!user || (user.uid === 0 && user.gid === 0)) return file;
  return { ...file, uid: user.uid, gid: user.gid };
}

function store(ctx: ProgramContext, path: string, file: ContainerFile, mtime = Math.floor(ctx.nowMs / 1000)): void {
  ctx.fs.write?.(path, { ...file, mtime }, ctx.nowMs);
}

/** `-X VALUE` or `-XVALUE` taken out of argv (the last one given wins). */
function takeValueOption(argv: readonly string[], flag: string): { value?: string; argv: string[] } {
  const rest: string[] = [];
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (i > 0 && a === flag && i + 1 < argv.length) value = argv[++i];
    else if (i > 0 && a.startsWith(flag) && a.length > flag.length) value = a.slice(flag.length);
    else rest.push(a);
  }
  return value === undefined ? { argv: rest } : { value, argv: rest };
}

/** `name` without its last `drop` components, keeping the slash after what is left ('/tmp/v1/' of '/tmp/v1/v2'). */
function shownPrefix(name: string, drop: number): string {
  let end = name.replace(/\/+$/, '').length;
  for (let k = 0; k < drop; k++) end = name.lastIndexOf('/', end - 1);
  return name.slice(0, end + 1);
}

export const mkdirProgram: Program = {
  name: 'mkdir',
  run(ctx) {
    const { value: modeText, argv } = takeValueOption(ctx.argv, '-m');
    const { flags, operands, unknown } = parseFlags(argv, 'pv');
    if (unknown) return notSimulated('mkdir', `option ${unknown}`);
    if (operands.length === 0) return notSimulated('mkdir', 'mkdir without operands');
    // -m MODE: the last directory gets MODE itself (bb_parse_mode from 0777, no umask).
    const given = modeText === undefined ? undefined : applyMode(0o777, modeText, true);
    if (modeText !== undefined && given === undefined) return finished([stderr(`mkdir: invalid mode '${modeText}'\n`)], 1);
    const dirMode = 0o777 & ~(ctx.umask ?? 0o022);
    const verbose = (shown: string): void => {
      if (flags.has('v')) out.push(stdout(`created directory: '${shown}'\n`));
    };
    const out: OutputChunk[] = [];
    let code = 0;
    for (const name of operands) {
      const path = resolvePath(ctx.cwd, name);
      const fail = (why: string, shown = name): void => {
        out.push(stderr(`mkdir: can't create directory '${shown}': ${why}\n`));
        code = 1;
      };
      if (flags.has('p')) {
        const parts = path.split('/').filter(Boolean);
        for (let i = 1; i <= parts.length; i++) {
          const p = `/${parts.slice(0, i).join('/')}`;
          const existing = followLinks(ctx.fs, p)?.file;
          if (existing?.kind === 'dir') continue;
          // A symlink leading nowhere: mkdir(2) says EEXIST, and the stat busybox then makes
          // fails as the link does (the link stays a link).
          if (!existing && lookupResolvingDirs(ctx.fs, p)?.file.kind === 'symlink') {
            fail(danglingLinkError(ctx.fs, p), i === parts.length ? name : shownPrefix(name, parts.length - i));
            break;
          }
          const why = existing ? 'File exists' : writeProblem(ctx, p);
          if (why) {
            fail(why);
            break;
          }
          store(ctx, p, ownedBy(ctx, { kind: 'dir', mode: i === parts.length ? (given ?? dirMode) : dirMode }));
          verbose(i === parts.length ? name : shownPrefix(name, parts.length - i));
        }
        continue;
      }
      const why = ctx.fs.lookup(path) ? 'File exists' : writeProblem(ctx, path);
      if (why) fail(why);
      else {
        store(ctx, path, ownedBy(ctx, { kind: 'dir', mode: given ?? dirMode }));
        verbose(name);
      }
    }
    return finished(out, code);
  },
};

export const rmProgram: Program = {
  name: 'rm',
  run(ctx) {
    const { flags, operands, unknown } = parseFlags(ctx.argv, 'rRf');
    if (unknown) return notSimulated('rm', `option ${unknown}`);
    if (operands.length === 0 && !flags.has('f')) return notSimulated('rm', 'rm without operands');
    const recursive = flags.has('r') || flags.has('R');
    const out: OutputChunk[] = [];
    let code = 0;
    for (const name of operands) {
      const path = resolvePath(ctx.cwd, name);
      const entry = ctx.fs.lookup(path);
      let why: string | undefined;
      if (!entry) {
        if (!flags.has('f')) why = `can't remove '${name}': No such file or directory`;
      } else if (entry.kind === 'dir' && !recursive) why = `'${name}' is a directory`;
      else if (entry.kind !== 'dir' && ctx.fs.readOnlyAt?.(path)) why = `can't remove '${name}': Read-only file system`;
      else if (!removeAround(ctx, path, name, out)) code = 1;
      if (why) {
        out.push(stderr(`rm: ${why}\n`));
        code = 1;
      }
    }
    return finished(out, code);
  },
};

/** The mount points at or below `path`. */
function mountsAt(ctx: ProgramContext, path: string): readonly string[] {
  const prefix = path === '/' ? '/' : `${path}/`;
  return (ctx.fs.mountPoints?.() ?? []).filter((m) => m === path || m.startsWith(prefix));
}

/**
 * Removes `path` as busybox's remove_file does: a directory is emptied entry by entry first
 * (readdir order: the view's), and rmdir is tried only once all of its entries went; what
 * cannot go says why — a mount point EBUSY, a read-only mount EROFS, one line per entry.
 * False when something stayed.
 */
function removeAround(ctx: ProgramContext, path: string, name: string, out: OutputChunk[]): boolean {
  const mounts = mountsAt(ctx, path);
  const readOnly = ctx.fs.readOnlyAt?.(path) === true;
  if (mounts.length === 0 && !readOnly) {
    ctx.fs.remove?.(path, ctx.nowMs);
    return true;
  }
  if (ctx.fs.lookup(path)?.kind === 'dir') {
    let all = true;
    for (const child of ctx.fs.list(path) ?? []) {
      const childPath = `${path === '/' ? '' : path}/${child}`;
      if (!removeAround(ctx, childPath, name.endsWith('/') ? `${name}${child}` : `${name}/${child}`, out)) all = false;
    }
    if (!all) return false;
  }
  const why = mounts.includes(path) ? 'Device or resource busy' : readOnly ? 'Read-only file system' : undefined;
  if (why) {
    out.push(stderr(`rm: can't remove '${name}': ${why}\n`));
    return false;
  }
  ctx.fs.remove?.(path, ctx.nowMs);
  return true;
}

export const touchProgram: Program = {
  name: 'touch',
  run(ctx) {
    // -d DATE sets the time given (parse_datestr's @SECONDS and YYYY-MM-DD[ HH:MM[:SS]] forms).
    const { value: dateText, argv } = takeValueOption(ctx.argv, '-d');
    const { flags, operands, unknown } = parseFlags(argv, 'c');
    if (unknown) return notSimulated('touch', `option ${unknown}`);
    if (operands.length === 0) return notSimulated('touch', 'touch without operands');
    let mtime: number | undefined;
    if (dateText !== undefined) {
      const at = parseDate(dateText, ctx.nowMs);
      if (at === undefined) {
        if (/^[\d@: T-]+$/.test(dateText)) return notSimulated('touch', `the date form '${dateText}'`);
        return finished([stderr(`touch: invalid date '${dateText}'\n`)], 1);
      }
      mtime = Math.floor(at / 1000);
    }
    const out: OutputChunk[] = [];
    let code = 0;
    for (const name of operands) {
      const path = resolvePath(ctx.cwd, name);
      const found = followLinks(ctx.fs, path);
      // -c: a missing file is left missing, silently.
      if (!found && flags.has('c')) continue;
      // utimensat(NOW) of an existing file needs its owner or write permission.
      const foundWhy = (f: { path: string; file: ContainerFile }) =>
        ctx.fs.readOnlyAt?.(f.path) ? 'Read-only file system' : (f.file.uid ?? 0) !== ctx.user?.uid && !mayWrite(ctx, f.file) ? 'Permission denied' : undefined;
      const why = found ? foundWhy(found) : writeProblem(ctx, path);
      if (why) {
        out.push(stderr(`touch: ${name}: ${why}\n`));
        code = 1;
      } else store(ctx, found?.path ?? path, found?.file ?? ownedBy(ctx, { kind: 'file', content: '', mode: 0o666 & ~(ctx.umask ?? 0o022), size: 0 }), mtime);
    }
    return finished(out, code);
  },
};

/** cp and mv of plain files: SOURCE DEST, DEST may be a directory. */
function copyOrMove(ctx: ProgramContext, name: 'cp' | 'mv'): ReturnType<Program['run']> {
  const { operands, unknown } = parseFlags(ctx.argv, '');
  if (unknown) return notSimulated(name, `option ${unknown}`);
  if (operands.length !== 2) return notSimulated(name, `${name} with other than two operands`);
  const [srcName = '', dstName = ''] = operands;
  const src = resolvePath(ctx.cwd, srcName);
  const found = name === 'cp' ? followLinks(ctx.fs, src) : ctx.fs.lookup(src) ? { path: src, file: ctx.fs.lookup(src) as ContainerFile } : undefined;
  if (!found) return finished([stderr(`${name}: can't ${name === 'cp' ? 'stat' : 'rename'} '${srcName}': No such file or directory\n`)], 1);
  if (found.file.kind === 'dir') return notSimulated(name, `${name} of a directory`);
  let dst = resolvePath(ctx.cwd, dstName);
  if (followLinks(ctx.fs, dst)?.file.kind === 'dir') dst = `${dst === '/' ? '' : dst}/${src.slice(src.lastIndexOf('/') + 1)}`;
  const why = writeProblem(ctx, dst) ?? (name === 'mv' && ctx.fs.readOnlyAt?.(src) ? 'Read-only file system' : undefined);
  if (why) return finished([stderr(`${name}: can't create '${dstName}': ${why}\n`)], 1);
  // rename(2) of a mount point, or over one, fails with EBUSY; busybox names the source.
  const mounts = ctx.fs.mountPoints?.() ?? [];
  if (name === 'mv' && (mounts.includes(src) || mounts.includes(dst))) {
    return finished([stderr(`mv: can't rename '${srcName}': Device or resource busy\n`)], 1);
  }
  store(ctx, dst, found.file);
  if (name === 'mv') ctx.fs.remove?.(src, ctx.nowMs);
  return finished([]);
}

export const cpProgram: Program = { name: 'cp', run: (ctx) => copyOrMove(ctx, 'cp') };
export const mvProgram: Program = { name: 'mv', run: (ctx) => copyOrMove(ctx, 'mv') };
