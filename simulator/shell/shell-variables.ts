// The shell state a session carries from line to line (cwd, variables, which are exported),
// as just-bash reports it after a line, and what the fast path needs to derive that report
// without running the shell: just-bash's starting environment and export list.

import { HOME } from '../host/node-files';
import type { Files } from '../host/vfs';
import type { DirectRun, ShellCommandFactory } from './commands/command-host';
import { literalEchoPipe, literalWords } from './literal-line';
import { standInProgram } from '../host/releases/index';

/** Variables the shell manages itself; never carried from line to line. */
const SHELL_MANAGED = new Set([
  'PWD', 'SHELLOPTS', 'BASHOPTS', 'OPTIND', 'PPID', 'UID', 'EUID', 'BASHPID', 'RANDOM', 'LINENO',
  'SECONDS', 'PIPESTATUS', 'HOSTTYPE', 'MACHTYPE', 'OSTYPE', 'IFS', 'BASH_VERSION', 'BASH', '_',
]);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A variable the session may carry from line to line, and so write into the next line's
 * prefix: a name by bash's rule that the shell does not manage itself. Anything else (a saved
 * "name" holding `;` or `$(…)`) would run as code there, so it is never carried.
 */
export function isCarriedVariableName(name: string): boolean {
  return isVariableName(name) && !SHELL_MANAGED.has(name) && name !== 'HOSTNAME';
}

/** bash's rule for a variable name: a letter or `_`, then letters, digits and `_`. */
export function isVariableName(name: string): boolean {
  return NAME.test(name);
}

/**
 * An empty record without Object.prototype behind it: a variable named `__proto__`,
 * `constructor` or `toString` is then an entry like any other, not an inherited property.
 */
export function emptyRecord(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

/** The login environment the shell is constructed with (plus HOSTNAME). */
export const BASELINE_ENV: Readonly<Record<string, string>> = {
  HOME,
  USER: 'root',
  LOGNAME: 'root',
  SHELL: '/bin/bash',
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  TERM: 'xterm-256color',
  LANG: 'C.UTF-8',
};

/**
 * Variables a new just-bash exports, in its order: its own HOME, PATH, PWD and OLDPWD, then
 * the environment the session constructs it with (BASELINE_ENV, HOSTNAME).
 */
export const INITIALLY_EXPORTED: readonly string[] = ['HOME', 'PATH', 'PWD', 'OLDPWD', 'USER', 'LOGNAME', 'SHELL', 'TERM', 'LANG', 'HOSTNAME'];

/** Directories of the default PATH: a file there named like a program of ours would shadow it. */
const PATH_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/** What the shell reported at the end of a line. */
export interface Capture {
  cwd: string;
  env: Record<string, string>;
  /** Exported names with a value, in just-bash's order. */
  exported: string[];
  exitCode: number;
}

export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The shell variables worth carrying to the next line, and which of them are exported. */
export function keptVariables(cap: Capture): { vars: Record<string, string>; exported: Set<string> } {
  const vars = emptyRecord();
  for (const [k, v] of Object.entries(cap.env)) {
    if (!isCarriedVariableName(k)) continue;
    if (Object.hasOwn(BASELINE_ENV, k) && BASELINE_ENV[k] === v) continue;
    vars[k] = v;
  }
  return { vars, exported: new Set(cap.exported.filter((k) => Object.hasOwn(vars, k))) };
}

/**
 * What the shell would report after a line that changed no variable: just-bash's initial
 * environment (`baseEnv`) with PWD at the cwd, overlaid by the carried variables; exported are
 * the names it exported at the last report, in its order (restoring only re-exports them).
 */
export function derivedCapture(
  baseEnv: Readonly<Record<string, string>>,
  cwd: string,
  vars: Readonly<Record<string, string>>,
  exportedNames: readonly string[],
  exitCode: number,
): Capture {
  const env: Record<string, string> = Object.assign(emptyRecord(), baseEnv, { PWD: cwd });
  for (const [k, v] of Object.entries(vars)) env[k] = v;
  return { cwd, env, exported: exportedNames.filter((k) => Object.hasOwn(env, k)), exitCode };
}

/**
 * After this report, can the next report be derived? Not when an initial export was removed
 * (`export -n`, `unset`: just-bash's own rules then apply) or an exported name has a value only
 * the shell knows (RANDOM…).
 */
export function derivable(cap: Capture, baseEnv: Readonly<Record<string, string>>): boolean {
  return (
    INITIALLY_EXPORTED.every((k) => cap.exported.includes(k)) &&
    cap.exported.every((k) => Object.hasOwn(baseEnv, k) || (Object.hasOwn(cap.env, k) && NAME.test(k) && !SHELL_MANAGED.has(k)))
  );
}

/**
 * The program of ours and its arguments when `line` is one literal command the shell would
 * resolve to it: no PATH of the user's own, no file on the PATH shadowing the program. When
 * the line is `echo … | command …`, `stdin` is what echo writes into the pipe.
 */
export function directProgram(
  line: string,
  programs: Readonly<Record<string, ShellCommandFactory>>,
  vars: Readonly<Record<string, string>>,
  files: Files,
  offBin: ReadonlySet<string> = new Set(),
): { run: DirectRun; args: string[]; stdin?: string } | undefined {
  if (Object.hasOwn(vars, 'PATH')) return undefined;
  const plain = literalWords(line);
  const piped = plain === undefined ? literalEchoPipe(line) : undefined;
  const words = plain ?? piped?.words;
  const name = words?.[0];
  if (!words || name === undefined || !Object.prototype.hasOwnProperty.call(programs, name)) return undefined;
  const run = programs[name]?.direct;
  if (!run) return undefined;
  // The first file of that name on the PATH must be the program's own stand-in (a release
  // binary, commands/tool-exec.ts); a tool living outside /bin and /usr/bin needs one.
  const first = PATH_DIRS.map((dir) => files[`${dir}/${name}`]).find((e) => e !== undefined);
  if (first === undefined ? offBin.has(name) : first.kind !== 'file' || standInProgram(first.content) !== name || (first.mode & 0o111) === 0) return undefined;
  return { run, args: words.slice(1), stdin: piped?.echoed };
}

/**
 * The command that sets `$?` to `status` at the start of a line. `true` and `false` are the
 * shell's builtins; any other status needs `setStatus` (a command of the session's own, which
 * costs a command's dispatch in the shell library, about three times a builtin's).
 */
export function statusCommand(status: number, setStatus: string): string {
  if (status === 0) return 'true';
  if (status === 1) return 'false';
  return `${setStatus} ${status}`;
}
