// `env` and `printenv` print the environment a program started by bash receives: the exported
// variables only (the library's own versions list every shell variable, `?`, IFS and SHELLOPTS
// among them), in the order bash builds that environment, with `_` set to the program's path.
// `env` with a command to run goes to the library's env.
//
// bash builds a child's environment by walking its variable hash table: 1024 buckets indexed
// by the FNV-1 hash of the name, in bucket order. So a bookworm login shell's `env` prints
// SHELL, PWD, LOGNAME, HOME, LANG, TERM, USER, SHLVL, PATH, then `_=/usr/bin/env`.

import { type CommandContext, type ExecResult, defineCommand } from 'just-bash';
import type { ShellCommandFactory } from './command-host';

/**
 * Exported in the session but not by bash: HOSTNAME is a plain shell variable there. An OLDPWD
 * still empty is bash's "exported, no value" before the first cd, which no environment shows.
 */
function shownByBash(name: string, value: string): boolean {
  if (name === 'HOSTNAME') return false;
  if (name === 'OLDPWD' && value === '') return false;
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}

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

/**
 * The exported variables as bash passes them to a program at `path`. `shellVars` are all the
 * shell's variables: a login shell exports SHLVL=1, which the session's shell does not hold,
 * so it is added unless the shell has a SHLVL of its own.
 */
export function childEnvironment(
  exported: Readonly<Record<string, string>>,
  path: string,
  shellVars?: ReadonlyMap<string, string>,
): Array<[string, string]> {
  const vars = Object.entries(exported).filter(([k, v]) => shownByBash(k, v));
  if (!shellVars?.has('SHLVL') && !('SHLVL' in exported)) vars.push(['SHLVL', '1']);
  vars.sort(([a], [b]) => (fnv1(a) % BUCKETS) - (fnv1(b) % BUCKETS) || (a < b ? -1 : a > b ? 1 : 0));
  return [...vars, ['_', path]];
}

function exportedOf(ctx: CommandContext): Record<string, string> {
  return { ...(ctx.exportedEnv ?? {}) };
}

interface PrintRequest {
  clear: boolean;
  nul: boolean;
  unset: string[];
  assignments: Array<[string, string]>;
}

/** env's arguments when it only prints (no command), else undefined (the library runs it). */
function printRequest(args: readonly string[]): PrintRequest | undefined {
  const req: PrintRequest = { clear: false, nul: false, unset: [], assignments: [] };
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
      if (eq <= 0) return undefined;
      req.assignments.push([a.slice(0, eq), a.slice(eq + 1)]);
    }
  }
  return req;
}

function listing(vars: Array<[string, string]>, nul: boolean): ExecResult {
  const end = nul ? '\0' : '\n';
  return { stdout: vars.map(([k, v]) => `${k}=${v}${end}`).join(''), stderr: '', exitCode: 0 };
}

export const envCommand: ShellCommandFactory = () =>
  defineCommand('env', async (args, ctx) => {
    const req = printRequest(args);
    if (!req) {
      const original = ctx.origCommand;
      if (!original) return { stdout: '', stderr: 'env: not available\n', exitCode: 125 };
      return original(args);
    }
    let vars: Array<[string, string]> = req.clear ? [] : childEnvironment(exportedOf(ctx), '/usr/bin/env', ctx.env);
    vars = vars.filter(([k]) => !req.unset.includes(k));
    for (const [k, v] of req.assignments) {
      const at = vars.findIndex(([name]) => name === k);
      if (at >= 0) vars[at] = [k, v];
      else vars.push([k, v]);
    }
    return listing(vars, req.nul);
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
