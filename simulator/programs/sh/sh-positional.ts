// ash's builtins over the positional parameters: `shift [N]` and `getopts OPTSTRING VAR [ARG...]`
// (busybox shell/ash.c shiftcmd and getopts: OPTIND counts words from 1, a cluster such as
// -ab is walked a letter at a time, a leading ':' in OPTSTRING makes errors silent and puts
// the option letter in OPTARG; otherwise ash prints `Illegal option -x` / `No arg for -x option`).

import type { ShState } from './sh-run';
import { ShBuiltinError } from './sh-vars';

/** ash's number(): a decimal of digits only, else `Illegal number`. */
function number(builtin: string, text: string): number {
  if (!/^[0-9]+$/.test(text)) throw new ShBuiltinError(builtin, `Illegal number: ${text}`, true);
  return Number(text);
}

/** `shift [N]`: drops N (1) positional parameters; more than there are fails with 1, silently. */
export function shiftBuiltin(state: ShState, args: string[]): number {
  const n = args[0] === undefined ? 1 : number('shift', args[0]);
  if (n > state.positional.length) return 1;
  state.positional = state.positional.slice(n);
  return 0;
}

/** `getopts OPTSTRING VAR [ARG...]`: the next option of ARGs (the positional parameters). */
export function getoptsBuiltin(state: ShState, args: string[], err: (text: string) => void): number {
  const [spec, varName, ...given] = args;
  if (spec === undefined || varName === undefined) throw new ShBuiltinError('getopts', 'usage: getopts optstring var [arg]', false);
  const words = given.length > 0 ? given : state.positional;
  const silent = spec.startsWith(':');
  const letters = silent ? spec.slice(1) : spec;
  let optind = Number.parseInt(state.vars.OPTIND ?? '1', 10) || 1;
  // Where ash was inside a cluster; forgotten when a script sets OPTIND itself.
  const saved = state.getopts;
  let rest = saved && saved.optind === optind && String(optind) === state.vars.OPTIND ? saved.rest : '';
  const finish = (letter: string, status: number): number => {
    state.vars[varName] = letter;
    state.vars.OPTIND = String(optind);
    state.getopts = { optind, rest };
    return status;
  };
  if (rest === '') {
    const word = words[optind - 1];
    if (word === undefined || !word.startsWith('-') || word === '-') return finish('?', 1);
    optind++;
    if (word === '--') return finish('?', 1);
    rest = word.slice(1);
  }
  const c = rest[0] ?? '';
  rest = rest.slice(1);
  const at = c === ':' ? -1 : letters.indexOf(c);
  if (at < 0) {
    if (silent) state.vars.OPTARG = c;
    else {
      err(`Illegal option -${c}\n`);
      delete state.vars.OPTARG;
    }
    return finish('?', 0);
  }
  if (letters[at + 1] !== ':') {
    state.vars.OPTARG = '';
    return finish(c, 0);
  }
  if (rest === '') {
    const next = words[optind - 1];
    if (next === undefined) {
      if (silent) {
        state.vars.OPTARG = c;
        return finish(':', 0);
      }
      err(`No arg for -${c} option\n`);
      delete state.vars.OPTARG;
      return finish('?', 0);
    }
    rest = next;
    optind++;
  }
  state.vars.OPTARG = rest;
  rest = '';
  return finish(c, 0);
}
