// just-bash's file utilities word some failures their own way (`head: x: No such file or
// directory`, Node's `ENOENT: no such file or directory, open '/root/x'`, straight quotes where
// coreutils in a UTF-8 locale prints ‘x’). These wrappers run the utility and reword its
// stderr to what GNU coreutils 9.1 on Debian prints; everything else passes through untouched.

import { type CommandContext, type ExecResult, defineCommand, latin1FromBytes } from 'just-bash';
import { sha256Hex, sha256HexOfBinary } from '../../host/native-codecs';
import { STRERROR } from './strerror';
import { chmodTargetError, cpTargetError, lnIntoDirectory, lnTargetError, mvTargetError } from './gnu-target-errors';
import type { ShellCommandFactory } from './command-host';

/** Node-style fs error text → the C library's strerror text. */
function errnoText(text: string): string {
  return text.replace(/\b(E[A-Z]+): [^,\n]*, \w+ '[^'\n]*'/g, (m, code: string) => (Object.hasOwn(STRERROR, code) ? STRERROR[code as keyof typeof STRERROR] : m));
}

async function isDirectory(ctx: CommandContext, name: string): Promise<boolean> {
  try {
    return (await ctx.fs.stat(ctx.fs.resolvePath(ctx.cwd, name))).isDirectory;
  } catch {
    return false;
  }
}

/** `cmd: X: No such file or directory` where X is a directory → `Is a directory`. */
async function directoryErrors(ctx: CommandContext, name: string, text: string): Promise<string> {
  const lines = text.split('\n');
  const prefix = `${name}: `;
  const suffix = ': No such file or directory';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.startsWith(prefix) || !line.endsWith(suffix)) continue;
    const file = line.slice(prefix.length, -suffix.length);
    if (await isDirectory(ctx, file)) lines[i] = `${prefix}${file}: Is a directory`;
  }
  return lines.join('\n');
}

type Fix = (r: ExecResult, args: string[], ctx: CommandContext) => Promise<ExecResult> | ExecResult;

const FIXES: Readonly<Record<string, Fix>> = {
  mkdir: (r) => ({ ...r, stderr: errnoText(r.stderr).replace(/cannot create directory '([^'\n]*)'/g, 'cannot create directory ‘$1’') }),
  cat: async (r, _args, ctx) => ({ ...r, stderr: await directoryErrors(ctx, 'cat', r.stderr) }),
  // head and tail are ours (head.ts, tail.ts).
  touch: (r) => ({ ...r, stderr: errnoText(r.stderr) }),
  rm: (r) => ({ ...r, stderr: errnoText(r.stderr) }),
  rmdir: (r) => ({ ...r, stderr: errnoText(r.stderr) }),
  mv: async (r, args, ctx) => {
    const named = await mvTargetError(r, args, ctx);
    return { ...named, stderr: errnoText(named.stderr) };
  },
  ln: async (r, args, ctx) => {
    const named = await lnTargetError(r, args, ctx);
    return { ...named, stderr: errnoText(named.stderr) };
  },
  chmod: (r, args, ctx) => chmodTargetError(r, args, ctx),
  cp: async (r, args, ctx) => {
    const operands = args.filter((a) => !a.startsWith('-'));
    const named = await cpTargetError(r, args, ctx);
    const stderr = errnoText(named.stderr).replace(
      /^cp: missing destination file operand$/m,
      `cp: missing destination file operand after '${operands[0] ?? ''}'\nTry 'cp --help' for more information.`,
    );
    return { ...named, stderr };
  },
  // sha256sum reports unreadable files on stdout; coreutils puts them on stderr.
  sha256sum: (r, args, ctx) => checksumErrors('sha256sum', r, ctx),
  md5sum: (r, args, ctx) => checksumErrors('md5sum', r, ctx),
};

async function checksumErrors(name: string, r: ExecResult, ctx: CommandContext): Promise<ExecResult> {
  const errors: string[] = [];
  const kept = r.stdout.split('\n').filter((line) => {
    if (!line.startsWith(`${name}: `)) return true;
    errors.push(line);
    return false;
  });
  if (errors.length === 0) return r;
  const stderr = await directoryErrors(ctx, name, errors.join('\n'));
  return { ...r, stdout: kept.join('\n'), stderr: `${r.stderr}${stderr}\n` };
}

/**
 * `sha256sum [FILE|-]...` without options, every file readable and plainly named: the digests
 * through the node's codecs (native where the platform has them; just-bash's own sha256 is
 * pure JavaScript, a quarter of a second a megabyte). Undefined for anything else, which
 * just-bash's sha256sum answers, errors and options included.
 */
async function plainSha256sum(args: string[], ctx: CommandContext): Promise<ExecResult | undefined> {
  // GNU escapes a name holding a backslash or a line break; those go the long way.
  if (args.some((a) => a === '' || (a.startsWith('-') && a !== '-') || /[\\\n\r]/.test(a))) return undefined;
  let stdout = '';
  for (const name of args.length > 0 ? args : ['-']) {
    let hex: string;
    if (name === '-') hex = sha256HexOfBinary(latin1FromBytes(ctx.stdin));
    else {
      try {
        hex = sha256Hex(await ctx.fs.readFileBuffer(ctx.fs.resolvePath(ctx.cwd, name)));
      } catch {
        return undefined;
      }
    }
    stdout += `${hex}  ${name}\n`;
  }
  return { stdout, stderr: '', exitCode: 0 };
}

/** coreutils' size suffixes for `head -c`. */
const SIZE_UNITS: Readonly<Record<string, number>> = {
  '': 1, b: 512, k: 1024, K: 1024, kB: 1000, KB: 1000, KiB: 1024, M: 1024 ** 2, MB: 1000 ** 2, MiB: 1024 ** 2,
  G: 1024 ** 3, GB: 1000 ** 3, GiB: 1024 ** 3,
};
/** The most `head -c N /dev/zero` gives here; a real one gives any N. */
export const ZERO_HEAD_CAP = 4 * 1024 * 1024;

/**
 * `head -c N /dev/zero`: N NUL bytes. The library's head reads the file whole, and a read of
 * /dev/zero stops after a bounded run (node-file-system.ts), so head answers this itself.
 * Undefined for anything else.
 */
export async function zeroHead(args: string[], ctx: CommandContext): Promise<ExecResult | undefined> {
  let size: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-c' || a === '--bytes') size = args[++i];
    else if (a.startsWith('--bytes=')) size = a.slice('--bytes='.length);
    else if (a.startsWith('-c')) size = a.slice(2);
    else if (a.startsWith('-')) return undefined;
    else files.push(a);
  }
  const m = size === undefined ? null : /^(\d+)([a-zA-Z]*)$/.exec(size);
  const unit = m ? SIZE_UNITS[m[2] ?? ''] : undefined;
  if (!m || unit === undefined || files.length !== 1) return undefined;
  try {
    if ((await ctx.fs.realpath(ctx.fs.resolvePath(ctx.cwd, files[0] as string))) !== '/dev/zero') return undefined;
  } catch {
    return undefined;
  }
  const wanted = Number(m[1]) * unit;
  if (wanted <= ZERO_HEAD_CAP) return { stdout: '\0'.repeat(wanted), stderr: '', exitCode: 0 };
  const note = `ctrlab: head -c of /dev/zero capped at ${ZERO_HEAD_CAP} bytes here (a real head gives all ${wanted})\n`;
  return { stdout: '\0'.repeat(ZERO_HEAD_CAP), stderr: note, exitCode: 0 };
}

/** Answers a command may give before just-bash's own runs (undefined: run just-bash's). */
const DIRECT: Readonly<Record<string, (args: string[], ctx: CommandContext) => Promise<ExecResult | undefined>>> = {
  sha256sum: plainSha256sum,
};

/** Operand forms the library reads otherwise than GNU, given to it in a form it reads alike. */
const ARGUMENT_FORMS: Readonly<Record<string, (args: string[], ctx: CommandContext) => Promise<string[] | undefined>>> = {
  ln: lnIntoDirectory,
};

function wrapper(name: string, fix: Fix): ShellCommandFactory {
  return () =>
    defineCommand(name, async (args, ctx) => {
      const direct = await DIRECT[name]?.(args, ctx);
      if (direct) return direct;
      const original = ctx.origCommand;
      if (!original) return { stdout: '', stderr: `bash: ${name}: command not found\n`, exitCode: 127 };
      const given = (await ARGUMENT_FORMS[name]?.(args, ctx)) ?? args;
      const r = await original(given);
      return r.stderr === '' && !r.stdout.includes(`${name}: `) ? r : fix(r, given, ctx);
    });
}

/** The reworded utilities, by name (see programs.ts). */
export const GNU_MESSAGE_FIXES: Readonly<Record<string, ShellCommandFactory>> = Object.fromEntries(
  Object.entries(FIXES).map(([name, fix]) => [name, wrapper(name, fix)]),
);
