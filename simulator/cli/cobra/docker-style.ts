// The docker CLI 20.10's face on cobra (cli/cobra.go, cli/required.go, cmd/docker/docker.go):
// its usage template with "Management Commands:" for commands that have subcommands, flag help
// wrapped to the terminal width minus one, flag errors as StatusError 125 with a
// `See 'docker ps --help'.` line, argument-count errors with the usage line and summary, and
// the root's own answer to a word that is no command.

import { isLanguageError, reportInternalFault } from '../internal-fault';
import { isNotSimulated, printNotSimulated } from '../not-simulated';
import type { ArgsRule, CommandIO } from '../spec';
import { type CommandView, allFlags, isAvailable, namePadding, useLine } from './command-view';
import { flagUsages } from './flag-usages';
import type { PflagError } from './pflag';
import { CliError } from '../cli-error';
import type { CobraStyle } from './style';

export interface DockerStyleOptions {
  /** The root's "additionalHelp" annotation, printed last in its usage (bold on a terminal). */
  additionalHelp?: string;
}

const rpad = (text: string, width: number): string => text.padEnd(width);
const plural = (n: number): string => (n === 1 ? 'argument' : 'arguments');

function hasAvailableFlags<E>(view: CommandView<E>): boolean {
  return allFlags(view).some((f) => !f.hidden);
}

function aliasesBlock<E>(view: CommandView<E>): string {
  const aliases = view.spec.aliases ?? [];
  return aliases.length > 0 ? `\n\nAliases:\n  ${[view.spec.name, ...aliases].join(', ')}` : '';
}

function commandLists<E>(view: CommandView<E>): string {
  const pad = namePadding(view.subcommands);
  const available = view.subcommands.filter(isAvailable);
  const management = available.filter((c) => (c.subcommands ?? []).length > 0);
  const operations = available.filter((c) => (c.subcommands ?? []).length === 0);
  let s = '';
  if (management.length > 0) s += `\n\nManagement Commands:${management.map((c) => `\n  ${rpad(`${c.name} `, pad + 1)}${c.usage}`).join('')}`;
  if (operations.length > 0) s += `\n\nCommands:${operations.map((c) => `\n  ${rpad(c.name, pad)} ${c.usage}`).join('')}`;
  return s;
}

export function dockerStyle(options: DockerStyleOptions = {}): CobraStyle {
  const usage = <E>(view: CommandView<E>): string => {
    const hasSubs = view.subcommands.length > 0;
    let s = 'Usage:';
    s += hasSubs ? `  ${view.path}${hasAvailableFlags(view) ? ' [OPTIONS]' : ''} COMMAND` : `  ${useLine(view, false)}`;
    s += `\n\n${(view.spec.description || view.spec.usage).trim()}`;
    s += aliasesBlock(view);
    if (view.spec.example) s += `\n\nExamples:\n${view.spec.example}`;
    if (hasAvailableFlags(view)) s += `\n\nOptions:\n${flagUsages(allFlags(view), view.columns - 1).trimEnd()}`;
    s += commandLists(view);
    if (hasSubs) s += `\n\nRun '${view.path} COMMAND --help' for more information on a command.`;
    if (!view.parent && options.additionalHelp) {
      s += `\n\n${view.isTTY ? `\x1b[1m${options.additionalHelp}\x1b[0m` : options.additionalHelp}`;
    }
    return `${s}\n`;
  };

  /** cli/required.go's wording: `"docker rm" requires at least 1 argument.` and the usage. */
  const countError = <E>(view: CommandView<E>, what: string): Error =>
    new Error(`"${view.path}" ${what}.\nSee '${view.path} --help'.\n\nUsage:  ${useLine(view, false)}\n\n${view.spec.usage}`);

  return {
    usage,
    help: (view) => (view.spec.action || view.subcommands.length > 0 ? `\n${usage(view)}` : '\n'),
    flagError: <E>(view: CommandView<E>, err: PflagError) =>
      new CliError(`${err.message}\nSee '${view.path} --help'.${view.subcommands.length > 0 ? `\n\n${usage(view)}` : ''}`, 125),
    argsError: <E>(view: CommandView<E>, rule: ArgsRule, args: readonly string[]) => {
      const { min, max } = rule;
      if (max === 0) {
        // The root's own noArgs (cmd/docker/docker.go), then cli.NoArgs for groups and leaves.
        if (!view.parent) return new Error(`docker: '${args[0] ?? ''}' is not a docker command.\nSee 'docker --help'`);
        if (view.subcommands.length > 0) return new Error(`\n${usage(view).replace(/\n+$/, '')}`);
        return countError(view, 'accepts no arguments');
      }
      if (min !== undefined && max !== undefined && min === max) return countError(view, `requires exactly ${min} ${plural(min)}`);
      if (min !== undefined && max !== undefined) return countError(view, `requires at least ${min} and at most ${max} ${plural(max)}`);
      if (min !== undefined) return countError(view, `requires at least ${min} ${plural(min)}`);
      return countError(view, `requires at most ${max ?? 0} ${plural(max ?? 0)}`);
    },
    unknownHelpTopic: (_root, _found, topic: readonly string[], _io: CommandIO) => {
      throw new Error(`unknown help topic: ${topic.join(' ')}`);
    },
    version: (_root, version) => `Docker version ${version}\n`,
  };
}

/**
 * docker's main(): a StatusError's text and code, any other error's text and exit 1; a
 * simulator bug as one internal-fault line, a feature not simulated in docker's voice.
 */
export function printDockerError(err: unknown, io: CommandIO): number {
  if (isLanguageError(err)) return reportInternalFault('docker', err, io);
  if (isNotSimulated(err)) return printNotSimulated(err, { kind: 'prefix', prefix: 'docker: ' }, io);
  if (err instanceof CliError) {
    if (err.message !== '') io.stderr(`${err.message}\n`);
    return err.exitCode === 0 ? 1 : err.exitCode;
  }
  io.stderr(`${err instanceof Error ? err.message : String(err)}\n`);
  return 1;
}
