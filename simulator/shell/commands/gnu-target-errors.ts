// How GNU coreutils 9.1 names the file a cp, mv, ln -s or chmod failed on, where just-bash's
// utilities print the source or Node's raw error instead: `cp: cannot create regular file
// 'DEST': …`, `mv: cannot move 'SRC' to 'DEST': …`, `ln: failed to create symbolic link 'LINK':
// …`, `chmod: changing permissions of 'FILE': …`. DEST is the operand as typed, with the
// source's name added when it is a directory (`cp f d/` → 'd/f'), as GNU builds it.

import type { CommandContext, ExecResult } from 'just-bash';
import { STRERROR } from './strerror';

type Code = keyof typeof STRERROR;

async function kindOf(ctx: CommandContext, name: string): Promise<'dir' | 'other' | undefined> {
  try {
    return (await ctx.fs.stat(ctx.fs.resolvePath(ctx.cwd, name))).isDirectory ? 'dir' : 'other';
  } catch {
    return undefined;
  }
}

const baseName = (p: string) => p.replace(/\/+$/, '').split('/').pop() ?? p;
const into = (dir: string, name: string) => (dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`);

/** The operands (the words that are not options) of a two-operand command line. */
function twoOperands(args: readonly string[]): [string, string] | undefined {
  const operands = args.filter((a) => a === '-' || !a.startsWith('-'));
  return operands.length === 2 ? [operands[0] as string, operands[1] as string] : undefined;
}

/** Where a file named `src` lands for `dest` (into it when it is a directory). */
async function landing(ctx: CommandContext, src: string, dest: string): Promise<string> {
  return (await kindOf(ctx, dest)) === 'dir' ? into(dest, baseName(src)) : dest;
}

/** Why creating `path` fails when the library did not say: its parent is missing or not a directory. */
async function creationError(ctx: CommandContext, path: string): Promise<Code> {
  const cut = path.replace(/\/+$/, '').lastIndexOf('/');
  if (cut <= 0) return 'ENOENT';
  const parent = await kindOf(ctx, path.slice(0, cut));
  return parent === 'other' ? 'ENOTDIR' : 'ENOENT';
}

/** The code in a Node-style error line (`EROFS: read-only file system, open '…'`), if one is there. */
function rawCode(line: string): Code | undefined {
  const m = /\b(E[A-Z]+): [^,\n]*, \w+ '[^'\n]*'$/.exec(line);
  return m && Object.hasOwn(STRERROR, m[1] as string) ? (m[1] as Code) : undefined;
}

function replaceLine(r: ExecResult, line: string, text: string): ExecResult {
  return { ...r, stderr: r.stderr.replace(line, text) };
}

export async function cpTargetError(r: ExecResult, args: string[], ctx: CommandContext): Promise<ExecResult> {
  const pair = twoOperands(args);
  const line = r.stderr.split('\n')[0] ?? '';
  if (!pair) return r;
  const [src, dest] = pair;
  const code = line.startsWith(`cp: cannot copy '${src}': `) ? rawCode(line) : undefined;
  // The library says `cannot stat SRC` for any ENOENT, a missing destination dir included.
  // …and `cannot safely determine` when a file stands where the destination's directory should be.
  const missingDir =
    (line === `cp: cannot stat '${src}': No such file or directory` || line.startsWith(`cp: cannot safely determine whether '${src}' and `)) &&
    (await kindOf(ctx, src)) !== undefined;
  if (!code && !missingDir) return r;
  const target = await landing(ctx, src, dest);
  const why = code ?? (await creationError(ctx, target));
  // cp stats the destination first: a file in its path fails there.
  if (!code && why === 'ENOTDIR') return replaceLine(r, line, `cp: cannot stat '${target}': ${STRERROR[why]}`);
  return replaceLine(r, line, `cp: cannot create regular file '${target}': ${STRERROR[why]}`);
}

export async function mvTargetError(r: ExecResult, args: string[], ctx: CommandContext): Promise<ExecResult> {
  const pair = twoOperands(args);
  const line = r.stderr.split('\n')[0] ?? '';
  if (!pair) return r;
  const [src, dest] = pair;
  const code = line.startsWith(`mv: cannot move '${src}': `) ? rawCode(line) : undefined;
  const missingDir = line === `mv: cannot stat '${src}': No such file or directory` && (await kindOf(ctx, src)) !== undefined;
  if (!code && !missingDir) return r;
  const target = await landing(ctx, src, dest);
  const why = code ?? (await creationError(ctx, target));
  return replaceLine(r, line, `mv: cannot move '${src}' to '${target}': ${STRERROR[why]}`);
}

export async function lnTargetError(r: ExecResult, args: string[], ctx: CommandContext): Promise<ExecResult> {
  const pair = twoOperands(args);
  const line = r.stderr.split('\n')[0] ?? '';
  const code = line.startsWith('ln: ') ? rawCode(line) : undefined;
  if (!pair || !code || !args.some((a) => /^-[a-zA-Z]*s/.test(a) || a === '--symbolic')) return r;
  const [target, link] = pair;
  return replaceLine(r, line, `ln: failed to create symbolic link '${await landing(ctx, target, link)}': ${STRERROR[code]}`);
}

/**
 * The library's chmod says `cannot access` whatever failed; a file that is there but cannot be
 * changed (a read-only mount) is asked again with its own mode to learn why.
 */
export async function chmodTargetError(r: ExecResult, _args: string[], ctx: CommandContext): Promise<ExecResult> {
  let stderr = r.stderr;
  for (const m of r.stderr.matchAll(/^chmod: cannot access '([^'\n]*)': No such file or directory$/gm)) {
    const path = ctx.fs.resolvePath(ctx.cwd, m[1] as string);
    let mode: number;
    try {
      mode = (await ctx.fs.stat(path)).mode;
    } catch {
      continue;
    }
    try {
      await ctx.fs.chmod(path, mode);
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (typeof code === 'string' && Object.hasOwn(STRERROR, code)) {
        stderr = stderr.replace(m[0], `chmod: changing permissions of '${m[1]}': ${STRERROR[code as Code]}`);
      }
    }
  }
  return { ...r, stderr };
}

/**
 * `ln -s TARGET DIR` with DIR an existing directory makes DIR/<TARGET's name> (GNU's third form),
 * which the library's ln takes as the link's own name; given as that path, it does both alike.
 * Undefined when the line is anything else (-T, -n, other counts).
 */
export async function lnIntoDirectory(args: string[], ctx: CommandContext): Promise<string[] | undefined> {
  if (!args.some((a) => /^-[a-zA-Z]*s/.test(a) || a === '--symbolic')) return undefined;
  if (args.some((a) => /^-[a-zA-Z]*[Tn]/.test(a) || a === '--no-target-directory' || a === '--no-dereference' || a === '-t' || a.startsWith('--target-directory'))) return undefined;
  const pair = twoOperands(args);
  if (!pair || (await kindOf(ctx, pair[1])) !== 'dir') return undefined;
  const last = args.lastIndexOf(pair[1]);
  return [...args.slice(0, last), into(pair[1], baseName(pair[0])), ...args.slice(last + 1)];
}
