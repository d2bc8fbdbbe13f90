// ash's `trap ACTION SIGNAL...`: the shell remembers an action per signal. A shell that ends
// up waiting for ever (a `while true` loop, a long sleep) reacts to a trapped signal by running
// the action; here the action is run once, ahead, on a copy of the shell, and what it prints
// and whether it exits becomes the process's reaction to that signal.

import type { OutputChunk, SignalReaction } from '../program';
import type { ShState } from './sh-run';
import { builtinMessage } from './sh-message';
import { ShBuiltinError } from './sh-vars';
import { busyboxSigname, busyboxSignum } from '../busybox-kill';
import { signalName } from '../../host/signals';

/** The number of a signal given as `HUP`, `SIGHUP`, `1` or `EXIT` (0); undefined when unknown. */
export function signalNumber(raw: string): number | undefined {
  return busyboxSignum(raw);
}

/** get_signum, then get_signame: `SIGHUP`, `1` → `HUP`; `io` → `POLL`; `40` → `40`; `0` → `EXIT`. */
function trapName(raw: string): string | undefined {
  const n = busyboxSignum(raw);
  return n === undefined ? undefined : busyboxSigname(n);
}

/** The trap builtin; returns its exit status. */
export function trapBuiltin(state: ShState, args: string[], out: OutputChunk[]): number {
  const traps = (state.traps ??= {});
  // nextopt(nullstr): trap takes no option; `--` ends them, a lone `-` is the reset action.
  const first = args[0] ?? '';
  if (first === '--') args = args.slice(1);
  else if (first.startsWith('-') && first.length > 1) throw new ShBuiltinError('trap', `illegal option ${first.slice(0, 2)}`, true);
  if (args.length === 0) {
    const byNumber = Object.entries(traps).sort(([a], [b]) => (signalNumber(a) ?? 0) - (signalNumber(b) ?? 0));
    for (const [name, action] of byNumber) {
      out.push({ stream: 'stdout', text: `trap -- '${action.replaceAll("'", "'\\''")}' ${name}\n` });
    }
    return 0;
  }
  const [action = '', ...signals] = args;
  // `trap SIG` alone (a lone number or name) resets it, as `trap - SIG` does.
  const reset = action === '-' || (signals.length === 0 && trapName(action) !== undefined);
  const targets = signals.length === 0 ? [action] : signals;
  let status = 0;
  for (const raw of targets) {
    const name = trapName(raw);
    if (!name) {
      out.push({ stream: 'stderr', text: builtinMessage(state, 'trap', `${raw}: invalid signal specification`) });
      status = 1;
      continue;
    }
    if (reset) delete traps[name];
    else traps[name] = action;
  }
  return status;
}

/** How a shell that waits for ever reacts to each trapped signal, keyed as the tasks service names signals (`SIGHUP`, `SIGIO`, `SIG40`). */
export function trapReactions(state: ShState, run: (copy: ShState, script: string, out: OutputChunk[]) => void): Record<string, SignalReaction> {
  const reactions: Record<string, SignalReaction> = {};
  for (const [name, action] of Object.entries(state.traps ?? {})) {
    if (name === 'EXIT') continue;
    // A handler's script is not the one a wait could resume (sh-wait.ts): it runs to its end.
    const copy: ShState = { ...state, vars: { ...state.vars }, exported: [...state.exported], written: { ...state.written }, blocked: false, exited: false, path: undefined };
    const out: OutputChunk[] = [];
    if (action !== '') run(copy, action, out);
    reactions[signalName(busyboxSignum(name) ?? 0)] = copy.exited ? { exitCode: copy.status, out } : { out };
  }
  return reactions;
}
