// ash's `set`: options -e (errexit), -x (xtrace), -u (nounset: expanding an unset parameter
// ends the shell, sh-expand.ts), -o pipefail and friends,
// and `set -- args` to replace the positional parameters. Dockerfiles' `RUN set -eux; …` and
// the registry image's entrypoint (`set -- registry serve "$@"`) depend on it.

import type { ShState } from './sh-run';

const LETTERS: Record<string, 'errexit' | 'xtrace' | 'nounset' | 'noglob' | 'allexport' | 'verbose'> = {
  e: 'errexit', x: 'xtrace', u: 'nounset', f: 'noglob', a: 'allexport', v: 'verbose',
};
const LONG = new Set(['errexit', 'xtrace', 'nounset', 'noglob', 'allexport', 'verbose', 'pipefail']);

/** Runs `set args`; returns the exit status and any error text (without ash's `sh: set: line N: ` prefix). */
export function setBuiltin(state: ShState, args: string[], print: (text: string) => void): { status: number; error?: string } {
  if (args.length === 0) {
    for (const key of Object.keys(state.vars).sort()) print(`${key}='${state.vars[key] ?? ''}'\n`);
    return { status: 0 };
  }
  const options = (state.options ??= {});
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      state.positional = args.slice(i + 1);
      return { status: 0 };
    }
    if ((arg === '-o' || arg === '+o') && args[i + 1] !== undefined) {
      const name = args[++i] ?? '';
      if (!LONG.has(name)) return { status: 2, error: `illegal option -o ${name}` };
      options[name] = arg === '-o';
      continue;
    }
    if (/^[-+][a-zA-Z]+$/.test(arg)) {
      for (const letter of arg.slice(1)) {
        const name = LETTERS[letter];
        if (!name) return { status: 2, error: `illegal option -${letter}` };
        options[name] = arg.startsWith('-');
      }
      continue;
    }
    // The first operand starts the new positional parameters.
    state.positional = args.slice(i);
    return { status: 0 };
  }
  return { status: 0 };
}
