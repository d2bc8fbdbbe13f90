// What differs between two cobra apps built on the same library: the usage and help templates
// (docker and nerdctl both replace cobra's), how a flag error or a wrong argument count is worded
// and with which exit code, and what the help command says about an unknown topic.

import type { ArgsRule, CommandIO } from '../spec';
import type { CommandView } from './command-view';
import type { PflagError } from './pflag';

export interface CobraStyle {
  /** cobra's HelpFunc output: what `--help` prints on stdout. */
  help<E>(view: CommandView<E>): string;
  /** cobra's UsageString: the usage template alone (errors quote it). */
  usage<E>(view: CommandView<E>): string;
  /** cobra's FlagErrorFunc: the error returned for a flag the command cannot parse. */
  flagError<E>(view: CommandView<E>, err: PflagError): Error;
  /** The error for a wrong number of positional arguments. */
  argsError<E>(view: CommandView<E>, rule: ArgsRule, args: readonly string[]): Error;
  /**
   * The help command was given words left over after finding `found` (`docker help foo`):
   * throw the error, or print and return the exit code.
   */
  unknownHelpTopic<E>(root: CommandView<E>, found: CommandView<E>, topic: readonly string[], io: CommandIO): number;
  /** The line `--version` prints (cobra's version template). */
  version<E>(root: CommandView<E>, version: string): string;
}
