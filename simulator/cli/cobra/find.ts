// How cobra v1.5 picks the command a line names before parsing any flag. Find (docker):
// words that are not flags (nor a flag's value) are matched against subcommands level by level,
// and every other word stays for the command found. Traverse (nerdctl's TraverseChildren):
// each level parses the flags written before its subcommand's name with its own flag set.

import { findCommand } from '../command-tree';
import type { FlagSpec } from '../spec';
import type { CommandView } from './command-view';
import { allFlags } from './command-view';
import { longName, shorthand } from './pflag';

const takesNoValue = (flags: readonly FlagSpec[], match: (f: FlagSpec) => boolean): boolean =>
  flags.some((f) => match(f) && f.kind === 'bool');

/** cobra's stripFlags: the words of `args` that may name commands. */
export function stripFlags(args: readonly string[], flags: readonly FlagSpec[]): string[] {
  const commands: string[] = [];
  let rest = [...args];
  while (rest.length > 0) {
    const s = rest[0] ?? '';
    rest = rest.slice(1);
    if (s === '--') break;
    const longWithValue = s.startsWith('--') && !s.includes('=') && !takesNoValue(flags, (f) => longName(f) === s.slice(2));
    const shortWithValue =
      !s.startsWith('--') && s.startsWith('-') && !s.includes('=') && s.length === 2 && !takesNoValue(flags, (f) => shorthand(f) === s[1]);
    if (longWithValue || shortWithValue) {
      // '--flag arg': the next word is the flag's value, unless it is the last word.
      if (rest.length <= 1) break;
      rest = rest.slice(1);
    } else if (s !== '' && !s.startsWith('-')) {
      commands.push(s);
    }
  }
  return commands;
}

/** cobra's argsMinusFirstX: `args` without the first occurrence of `x`. */
function argsMinusFirst(args: readonly string[], x: string): string[] {
  const i = args.indexOf(x);
  return i < 0 ? [...args] : [...args.slice(0, i), ...args.slice(i + 1)];
}

export type Descend<E> = (parent: CommandView<E>, name: string) => CommandView<E> | undefined;

/** cobra's Find: the command `args` name and the arguments left for it. */
export function find<E>(root: CommandView<E>, args: readonly string[], descend: Descend<E>): { view: CommandView<E>; args: string[] } {
  let view = root;
  let rest = [...args];
  for (;;) {
    const words = stripFlags(rest, allFlags(view));
    const next = words[0] !== undefined && findCommand(view.subcommands, words[0]) ? descend(view, words[0]) : undefined;
    if (!next || words[0] === undefined) return { view, args: rest };
    rest = argsMinusFirst(rest, words[0]);
    view = next;
  }
}

/** One level of Traverse: the flags written before the subcommand's name, for its parent to parse. */
export interface TraverseStep<E> {
  view: CommandView<E>;
  flags: string[];
}

/** cobra's Traverse: the levels passed (with their flags) and the command reached. */
export function traverse<E>(
  root: CommandView<E>,
  args: readonly string[],
  descend: Descend<E>,
): { steps: TraverseStep<E>[]; view: CommandView<E>; args: string[] } {
  const steps: TraverseStep<E>[] = [];
  let view = root;
  let rest = [...args];
  scan: for (;;) {
    const flags: string[] = [];
    let inFlag = false;
    const own = allFlags(view);
    for (let i = 0; i < rest.length; i++) {
      const arg = rest[i] ?? '';
      if (arg.startsWith('--') && !arg.includes('=')) {
        inFlag = !takesNoValue(own, (f) => longName(f) === arg.slice(2));
        flags.push(arg);
      } else if (arg.startsWith('-') && !arg.includes('=') && arg.length === 2 && !takesNoValue(own, (f) => shorthand(f) === arg[1])) {
        inFlag = true;
        flags.push(arg);
      } else if (inFlag) {
        inFlag = false;
        flags.push(arg);
      } else if (arg.startsWith('-') && arg.length > 1) {
        flags.push(arg);
      } else {
        const next = findCommand(view.subcommands, arg) ? descend(view, arg) : undefined;
        if (!next) break scan;
        steps.push({ view, flags });
        view = next;
        rest = rest.slice(i + 1);
        continue scan;
      }
    }
    break;
  }
  return { steps, view, args: rest };
}
