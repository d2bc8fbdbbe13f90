// busybox env (coreutils/env.c, 1.35): `env [-i0] [-u NAME]... [-] [NAME=VALUE]... [PROG ARGS]`.
// Options stop at the first operand (getopt32 "+i0u:*"); a lone `-` is -i. The environment is
// cleared by -i, loses each -u NAME, then takes each NAME=VALUE (putenv: a name already there is
// replaced in place, a new one goes last). With PROG, env execs it in its own process (same PID),
// looked up in the new environment's PATH; one that cannot be run dies with `can't execute`
// (127 when missing, 126 otherwise). Without, it prints the environment, one per line or NUL
// terminated with -0.

import { resolveExecutable, runResolved } from './launch';
import { finished, stderr, stdout, type Program, type ProgramRun } from './program';
import { showUsage } from './applets/busybox-usage';

const USAGE =
  'Usage: env [-i0] [-u NAME]... [-] [NAME=VALUE]... [PROG ARGS]\n\n' +
  'Print current environment or run PROG after setting up environment\n\n' +
  '\t-, -i\tStart with empty environment\n\t-0\tNUL terminated output\n\t-u NAME\tRemove variable from environment\n';

interface EnvOptions {
  clear: boolean;
  nul: boolean;
  unset: string[];
  rest: string[];
}

const LONG: Record<string, 'i' | '0' | 'u'> = { 'ignore-environment': 'i', null: '0', unset: 'u' };

/** getopt32long(argv, "+i0u:*"): the options before the first operand, or glibc's complaint. */
function parseOptions(args: readonly string[]): EnvOptions | { complaint: string } {
  const o: EnvOptions = { clear: false, nul: false, unset: [], rest: [] };
  let i = 0;
  const apply = (letter: 'i' | '0' | 'u', value?: string) => {
    if (letter === 'i') o.clear = true;
    else if (letter === '0') o.nul = true;
    else o.unset.push(value ?? '');
  };
  for (; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--') {
      i++;
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq < 0 ? undefined : eq);
      const matches = Object.keys(LONG).filter((l) => l.startsWith(name));
      const full = Object.hasOwn(LONG, name) ? name : matches.length === 1 ? matches[0] : undefined;
      if (full === undefined) return { complaint: matches.length > 1 ? `option '${a}' is ambiguous` : `unrecognized option '${a}'` };
      const letter = LONG[full] as 'i' | '0' | 'u';
      if (letter === 'u') {
        if (eq >= 0) apply('u', a.slice(eq + 1));
        else if (i + 1 < args.length) apply('u', args[++i]);
        else return { complaint: `option '--${full}' requires an argument` };
      } else if (eq >= 0) return { complaint: `option '--${full}' doesn't allow an argument` };
      else apply(letter);
      continue;
    }
    if (!a.startsWith('-') || a === '-') break;
    for (let j = 1; j < a.length; j++) {
      const ch = a[j] ?? '';
      if (ch === 'i' || ch === '0') apply(ch);
      else if (ch === 'u') {
        if (j + 1 < a.length) apply('u', a.slice(j + 1));
        else if (i + 1 < args.length) apply('u', args[++i]);
        else return { complaint: "option requires an argument -- 'u'" };
        break;
      } else return { complaint: `invalid option -- '${ch}'` };
    }
  }
  o.rest = args.slice(i);
  return o;
}

/** putenv(entry): NAME=VALUE replaces NAME where it is or goes last; a bare NAME removes it. */
function putenv(env: string[], entry: string): string[] {
  const eq = entry.indexOf('=');
  const name = eq < 0 ? entry : entry.slice(0, eq);
  const at = env.findIndex((e) => e.slice(0, e.indexOf('=') < 0 ? undefined : e.indexOf('=')) === name);
  if (eq < 0) return at < 0 ? env : env.filter((_, k) => k !== at);
  if (at < 0) return [...env, entry];
  return env.map((e, k) => (k === at ? entry : e));
}

export const envProgram: Program = {
  name: 'env',
  run(ctx): ProgramRun {
    const parsed = parseOptions(ctx.argv.slice(1));
    if ('complaint' in parsed) return showUsage('env', USAGE, parsed.complaint);
    let rest = parsed.rest;
    let clear = parsed.clear;
    if (rest[0] === '-') {
      clear = true;
      rest = rest.slice(1);
    }
    let env = clear ? [] : [...ctx.env];
    for (const name of parsed.unset) env = putenv(env, name);
    while (rest.length > 0 && (rest[0] ?? '').includes('=')) {
      env = putenv(env, rest[0] ?? '');
      rest = rest.slice(1);
    }
    if (rest.length === 0) return finished([stdout(env.map((e) => `${e}${parsed.nul ? '\0' : '\n'}`).join(''))]);
    const name = rest[0] ?? '';
    const resolved = resolveExecutable({ ...ctx, env }, name);
    if (resolved.kind !== 'found') {
      const missing = resolved.kind === 'no-such-file' || resolved.kind === 'not-in-path';
      return finished([stderr(`env: can't execute '${name}': ${missing ? 'No such file or directory' : 'Permission denied'}\n`)], missing ? 127 : 126);
    }
    return runResolved({ ...ctx, env, argv: rest }, resolved.program, resolved);
  },
};
