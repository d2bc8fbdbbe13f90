// `env` and `printenv` print the environment a program started by bash receives: the exported
// variables only (the library's own versions list every shell variable, `?`, IFS and SHELLOPTS
// among them), in the order bash builds that environment, with `_` set to the program's path.
// `env` with a command runs it with exactly that environment.
//
// bash builds a child's environment by walking its variable hash table: 1024 buckets indexed
// by the FNV-1 hash of the name, in bucket order. So a bookworm login shell's `env` prints
// SHELL, PWD, LOGNAME, HOME, LANG, TERM, USER, SHLVL, PATH, then `_=/usr/bin/env`. bash keeps
// that array between commands and patches it in place: the first cd appends OLDPWD after `_`
// until an export makes bash build the array again (in hash order).

import { type CommandContext, type ExecResult, defineCommand, latin1FromBytes } from 'just-bash';
import { plainWords } from '../limits';
import { shellQuote } from '../shell-variables';
import type { ShellCommandFactory } from './command-host';

/**
 * Exported in the session but not by bash: HOSTNAME is a plain shell variable there. An OLDPWD
 * still empty is bash's "exported, no value" before the first cd, which no environment shows.
 */
function shownByBash(name: string, value: string): boolean {
  if (name === 'HOSTNAME' || name === NO_PWD) return false;
  if (name === 'OLDPWD' && value === '') return false;
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}

/**
 * Marks an environment env gave without PWD: the shell that runs env's command sets PWD itself
 * (and may not unset it: see runWith), so the command's own env and printenv drop it.
 */
const NO_PWD = '__ctrlab_no_pwd';

/** bash's hash_string (FNV-1, 32 bits), as its variable table indexes a name. */
function fnv1(name: string): number {
  let h = 2166136261;
  for (const byte of new TextEncoder().encode(name)) {
    h = Math.imul(h, 16777619) >>> 0;
    h = (h ^ byte) >>> 0;
  }
  return h;
}

const BUCKETS = 1024;

/** What a login shell exports before the learner exports anything. */
const LOGIN_EXPORTS = new Set(['SHELL', 'PWD', 'LOGNAME', 'HOME', 'LANG', 'TERM', 'USER', 'SHLVL', 'PATH', 'OLDPWD']);

/**
 * The exported variables as bash passes them to a program at `path`. `shellVars` are all the
 * shell's variables: a login shell exports SHLVL=1, which the session's shell does not hold,
 * so it is added unless the shell has a SHLVL of its own. A program that `env` started (no
 * shell in between: its shell variables lack SHELLOPTS, which every shell has) gets the
 * environment exactly as env gave it.
 */
function childEnvironment(
  exported: Readonly<Record<string, string>>,
  path: string,
  shellVars?: ReadonlyMap<string, string>,
): Array<[string, string]> {
  if (shellVars && !shellVars.has('SHELLOPTS')) {
    const given = Object.entries(exported);
    return NO_PWD in exported ? given.filter(([k]) => k !== NO_PWD && k !== 'PWD') : given;
  }
  const vars = Object.entries(exported).filter(([k, v]) => shownByBash(k, v));
  if (!shellVars?.has('SHLVL') && !('SHLVL' in exported)) vars.push(['SHLVL', '1']);
  vars.sort(([a], [b]) => (fnv1(a) % BUCKETS) - (fnv1(b) % BUCKETS) || (a < b ? -1 : a > b ? 1 : 0));
  const oldpwd = vars.findIndex(([k]) => k === 'OLDPWD');
  if (oldpwd < 0 || !vars.every(([k]) => LOGIN_EXPORTS.has(k))) return [...vars, ['_', path]];
  return [...vars.filter(([k]) => k !== 'OLDPWD'), ['_', path], vars[oldpwd] as [string, string]];
}

function exportedOf(ctx: CommandContext): Record<string, string> {
  return { ...(ctx.exportedEnv ?? {}) };
}

interface EnvRequest {
  clear: boolean;
  nul: boolean;
  unset: string[];
  assignments: Array<[string, string]>;
  /** The command to run with that environment, if any. */
  command: string[];
}

/** env's arguments, or undefined for options left to the library's env (-C, -S, -v…). */
function envRequest(args: readonly string[]): EnvRequest | undefined {
  const req: EnvRequest = { clear: false, nul: false, unset: [], assignments: [], command: [] };
  let options = true;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (options && a === '--') options = false;
    else if (options && (a === '-i' || a === '-' || a === '--ignore-environment')) req.clear = true;
    else if (options && (a === '-0' || a === '--null')) req.nul = true;
    else if (options && (a === '-u' || a === '--unset')) {
      const name = args[++i];
      if (name === undefined) return undefined;
      req.unset.push(name);
    } else if (options && a.startsWith('--unset=')) req.unset.push(a.slice('--unset='.length));
    else if (options && a.startsWith('-u') && a.length > 2) req.unset.push(a.slice(2));
    else if (options && a.startsWith('-') && a.length > 1) return undefined;
    else {
      const eq = a.indexOf('=');
      if (eq <= 0) {
        req.command = args.slice(i);
        break;
      }
      options = false;
      req.assignments.push([a.slice(0, eq), a.slice(eq + 1)]);
    }
  }
  return req;
}

/** The environment env gives its command or prints. */
function environment(req: EnvRequest, ctx: CommandContext): Array<[string, string]> {
  let vars: Array<[string, string]> = req.clear ? [] : childEnvironment(exportedOf(ctx), '/usr/bin/env', ctx.env);
  vars = vars.filter(([k]) => !req.unset.includes(k));
  for (const [k, v] of req.assignments) {
    const at = vars.findIndex(([name]) => name === k);
    if (at >= 0) vars[at] = [k, v];
    else vars.push([k, v]);
  }
  return vars;
}

/**
 * Runs env's command with exactly `vars` as its environment: a shell started empty, the
 * variables given to the command alone (`A=1 B=2 cmd args`), as exec would.
 */
async function runWith(vars: Array<[string, string]>, command: string[], ctx: CommandContext): Promise<ExecResult> {
  if (!ctx.exec) return { stdout: '', stderr: 'env: not available\n', exitCode: 125 };
  const names = /^[A-Za-z_][A-Za-z0-9_]*$/;
  const assignments = vars.filter(([k]) => names.test(k)).map(([k, v]) => `${k}=${shellQuote(v)} `);
  // The shell started empty sets PWD itself. Unsetting it there would unset it in the login
  // shell too (the library shares one export list), so the command is told to drop it.
  if (!vars.some(([k]) => k === 'PWD')) assignments.push(`${NO_PWD}=1 `);
  const script = `${assignments.join('')}${command.map(shellQuote).join(' ')}`;
  const r = await ctx.exec(script, { cwd: ctx.cwd, replaceEnv: true, env: {}, stdin: latin1FromBytes(ctx.stdin), stdinKind: 'bytes', signal: ctx.signal });
  const name = command[0] ?? '';
  if (r.exitCode === 127 && plainWords(r.stderr).text === `bash: ${name}: command not found\n`) {
    return { ...r, stderr: `env: ‘${name}’: No such file or directory\n` };
  }
  return r;
}

function listing(vars: Array<[string, string]>, nul: boolean): ExecResult {
  const end = nul ? '\0' : '\n';
  return { stdout: vars.map(([k, v]) => `${k}=${v}${end}`).join(''), stderr: '', exitCode: 0 };
}

export const envCommand: ShellCommandFactory = () =>
  defineCommand('env', async (args, ctx) => {
    const req = envRequest(args);
    if (!req) {
      const original = ctx.origCommand;
      if (!original) return { stdout: '', stderr: 'env: not available\n', exitCode: 125 };
      return original(args);
    }
    const vars = environment(req, ctx);
    if (req.command.length === 0) return listing(vars, req.nul);
    if (req.nul) return { stdout: '', stderr: "env: cannot specify --null (-0) with command\nTry 'env --help' for more information.\n", exitCode: 125 };
    return runWith(vars, req.command, ctx);
  });

export const printenvCommand: ShellCommandFactory = () =>
  defineCommand('printenv', async (args, ctx) => {
    const nul = args.some((a) => a === '-0' || a === '--null');
    const rest = args.filter((a) => a !== '-0' && a !== '--null');
    const bad = rest.find((a) => a.startsWith('-') && a !== '-' && a !== '--');
    if (bad !== undefined) {
      const original = ctx.origCommand;
      if (!original) return { stdout: '', stderr: 'printenv: not available\n', exitCode: 2 };
      return original(args);
    }
    const vars = childEnvironment(exportedOf(ctx), '/usr/bin/printenv', ctx.env);
    const names = rest.filter((a) => a !== '--');
    if (names.length === 0) return listing(vars, nul);
    const found = new Map(vars);
    let stdout = '';
    let missing = false;
    for (const name of names) {
      const value = name.includes('=') ? undefined : found.get(name);
      if (value === undefined) missing = true;
      else stdout += `${value}${nul ? '\0' : '\n'}`;
    }
    return { stdout, stderr: '', exitCode: missing ? 1 : 0 };
  });
