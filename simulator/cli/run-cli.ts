// The one entry a tool calls: its root CommandSpec, the words after its name, and the dialect
// of the real tool's CLI library with that dialect's options. ctr speaks urfave/cli v1, crictl
// 1.26 urfave/cli v2, nerdctl and docker cobra/pflag (each with its own CobraStyle).
//
// A tool declares its commands once, as data (spec.ts): a tree of CommandSpecs whose `usage` is
// the one-line summary (cobra's Short), `description` the long text, `argsUsage` the words after
// the name (cobra's Use minus the name), `flags` FlagSpecs with the names the real tool has
// (long name first, one-letter shorthand among the others), and an `action(c)` reading
// `c.args`, `c.string('namespace')`, `c.bool('all')`, writing to `c.io`, throwing its errors.
// Dialect-only fields say so in spec.ts (cobra: `args` counts, `persistent`, `typeName`,
// `aliasOf`, `skipArgReorder` for SetInterspersed(false); urfave v2: `shortOptionHandling`).
// The tool's main is `onError`: it prints what the dialect and the actions raised, in the
// tool's voice (error-voice.ts), NotSimulatedError and internal faults included.

import { type RunAppOptions, runApp } from './urfave-v1/app';
import { runCobra, type RunCobraOptions } from './cobra/app';
import { type CompletionData, completionData } from './command-tree';
import type { CommandIO, CommandSpec } from './spec';
import { runAppV2, type RunAppV2Options } from './urfave-v2/app';

export type Dialect = 'urfave-v1' | 'urfave-v2' | 'cobra';

export type DialectOptions<E = unknown> =
  | ({ dialect: 'urfave-v1' } & RunAppOptions<E>)
  | ({ dialect: 'urfave-v2' } & RunAppV2Options<E>)
  | ({ dialect: 'cobra' } & RunCobraOptions);

/**
 * Runs one command line of a tool. Resolves to the exit code; rejects only with Ctrl-C's
 * InterruptedError. Usage errors, the tool's errors and internal faults reach `onError`.
 */
export function runCli<E>(app: CommandSpec<E>, argv: readonly string[], io: CommandIO, env: E, options: DialectOptions<E>): Promise<number> {
  switch (options.dialect) {
    case 'urfave-v1':
      return runApp(app, argv, io, env, options);
    case 'urfave-v2':
      return runAppV2(app, argv, io, env, options);
    case 'cobra':
      return runCobra(app, argv, io, env, options);
  }
}

/**
 * What Tab can offer after `words` (the words typed after the tool's name). urfave apps take
 * a parent's flags only before the subcommand; cobra offers persistent flags everywhere below.
 */
export function completionsFor<E>(app: CommandSpec<E>, words: readonly string[], dialect: Dialect): CompletionData {
  return completionData(app, words, (flag) => dialect === 'cobra' && flag.persistent === true);
}
