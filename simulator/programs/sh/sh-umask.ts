// ash's `umask [-S] [MODE]` (busybox shell/ash.c umaskcmd): prints the mask as %04o, or with -S
// the bits it lets through as u=…,g=…,o=…; an octal MODE is taken as is, a symbolic one says
// what to let through (`umask u=rwx,g=rx,o=` is 027), parsed as chmod parses a mode
// (bb_parse_mode). Programs the shell starts inherit it, and the files they and the shell's
// redirections create get 0666 (directories 0777) without its bits.

import { applyMode } from '../chmod-ln';
import type { ShState } from './sh-run';
import { ShBuiltinError } from './sh-vars';

/** A process's umask when nothing set one: runc leaves the kernel's 022 (spec process.user.umask unset). */
export const DEFAULT_UMASK = 0o022;

export function umaskBuiltin(state: ShState, args: string[], print: (text: string) => void): number {
  let symbolic = false;
  let i = 0;
  for (; i < args.length && args[i] === '-S'; i++) symbolic = true;
  const mask = state.umask ?? DEFAULT_UMASK;
  const spec = args[i];
  if (spec === undefined) {
    if (!symbolic) print(`${mask.toString(8).padStart(4, '0')}\n`);
    else {
      const allowed = (shift: number): string =>
        ['r', 'w', 'x'].filter((_, bit) => (mask & ((0o4 >> bit) << shift)) === 0).join('');
      print(`u=${allowed(6)},g=${allowed(3)},o=${allowed(0)}\n`);
    }
    return 0;
  }
  const digits = /^[0-9]/.test(spec);
  const parsed = digits ? (/^[0-7]+$/.test(spec) ? Number.parseInt(spec, 8) : undefined) : applyMode(mask ^ 0o777, spec, false);
  if (parsed === undefined || parsed > 0o777) throw new ShBuiltinError('umask', `illegal mode: ${spec}`, false);
  state.umask = digits ? parsed : parsed ^ 0o777;
  return 0;
}

/**
 * ash's `times`: the shell's user and system CPU time, then its children's (%um%u.%03us). The
 * node does not account CPU time to processes, so all four are 0m0.000s.
 */
export function timesBuiltin(print: (text: string) => void): number {
  print('0m0.000s 0m0.000s\n0m0.000s 0m0.000s\n');
  return 0;
}
