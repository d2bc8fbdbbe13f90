// Walking a tree of CommandSpecs, the same in every dialect: finding a command by name or
// alias, and the data Tab completion offers at a point of the line (command names with their
// aliases, and flags), derived from the specs so that a new command completes without more code.

import type { CommandSpec, FlagSpec } from './spec';

export function findCommand<E>(commands: readonly CommandSpec<E>[], name: string): CommandSpec<E> | undefined {
  return commands.find((c) => c.name === name || (c.aliases ?? []).includes(name));
}

/** One flag as completion offers it: every spelling, with one dash for one letter. */
interface CompletionFlag {
  spellings: string[];
  takesValue: boolean;
}

export interface CompletionData {
  /** Names and aliases of the visible subcommands at this point. */
  commands: string[];
  /** Flags usable at this point: the command's own and those inherited from its parents. */
  flags: CompletionFlag[];
}

function completionFlag(flag: FlagSpec): CompletionFlag {
  return {
    spellings: flag.names.map((n) => (n.length === 1 ? `-${n}` : `--${n}`)),
    takesValue: flag.kind !== 'bool',
  };
}

/**
 * What can follow `words` (the words typed after the tool's name) in `app`: the command they
 * reach and its completions. Flags among `words` are skipped; a word that names no command
 * ends the walk. `inherit(depth, flag)` says whether a parent's flag is usable below it
 * (urfave: global flags only before the command; cobra: persistent flags everywhere).
 */
export function completionData<E>(
  app: CommandSpec<E>,
  words: readonly string[],
  inherit: (flag: FlagSpec) => boolean = () => false,
): CompletionData {
  let spec = app;
  const inherited: FlagSpec[] = [];
  let valueNext = false;
  for (const word of words) {
    if (valueNext) {
      valueNext = false;
      continue;
    }
    if (word.startsWith('-')) {
      // `-n k8s.io`: the word after a flag that takes a value is that value, not a command.
      const name = word.replace(/^--?/, '');
      const flag = [...(spec.flags ?? []), ...inherited].find((f) => f.names.includes(name));
      valueNext = !word.includes('=') && flag !== undefined && flag.kind !== 'bool';
      continue;
    }
    const next = findCommand(spec.subcommands ?? [], word);
    if (!next) break;
    inherited.push(...(spec.flags ?? []).filter(inherit));
    spec = next;
  }
  const flags = [...(spec.flags ?? []), ...inherited].filter((f) => !f.hidden);
  return {
    commands: (spec.subcommands ?? []).filter((c) => !c.hidden).flatMap((c) => [c.name, ...(c.aliases ?? [])]),
    flags: flags.map(completionFlag),
  };
}
