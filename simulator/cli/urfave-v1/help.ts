// urfave/cli v1's three help templates (app, subcommand group, command), rendered through
// its tabwriter (minwidth 1, tabwidth 8, padding 2, spaces). Layout details such as the
// "   " line that closes an OPTIONS list are the templates' own and are kept on purpose.

import { flagHelpLine } from './flag-text';
import type { CommandSpec, FlagSpec } from '../spec';
import { tabwrite } from '../tabwriter';

/** The flag urfave adds to apps and commands ("--help, -h"). */
export const HELP_FLAG: FlagSpec = { names: ['help', 'h'], kind: 'bool', usage: 'show help' };
/** The flag urfave adds to the root app when it has a version. */
export const VERSION_FLAG: FlagSpec = { names: ['version', 'v'], kind: 'bool', usage: 'print the version' };

/** The `help, h` command urfave appends to the root app's commands. */
const HELP_COMMAND_USAGE = 'Shows a list of commands or help for one command';

export function helpCommandSpec<E>(): CommandSpec<E> {
  return { name: 'help', aliases: ['h'], usage: HELP_COMMAND_USAGE, argsUsage: '[command]' };
}

function render(text: string): string {
  return tabwrite(text, { minwidth: 1, tabwidth: 8, padding: 2, padchar: ' ' });
}

function visibleFlags(flags: readonly FlagSpec[] | undefined): FlagSpec[] {
  return (flags ?? []).filter((f) => !f.hidden);
}

function commandList<E>(commands: readonly CommandSpec<E>[]): string {
  return commands
    .filter((c) => !c.hidden)
    .map((c) => `\n   ${[c.name, ...(c.aliases ?? [])].join(', ')}\t${c.usage}`)
    .join('');
}

function argsUsage(spec: { argsUsage?: string }): string {
  return spec.argsUsage ? spec.argsUsage : '[arguments...]';
}

export interface AppHelpInput<E> {
  app: CommandSpec<E>;
  version?: string;
  /** Flags as the app holds them after setup (its own plus help and version). */
  flags: readonly FlagSpec[];
  /** Commands as the app holds them after setup (its own plus help). */
  commands: readonly CommandSpec<E>[];
}

/** urfave's AppHelpTemplate (`ctr --help`, `ctr`, `ctr help`). */
export function appHelp<E>({ app, version, flags, commands }: AppHelpInput<E>): string {
  const vis = visibleFlags(flags);
  let s = `NAME:\n   ${app.name}${app.usage ? ` - ${app.usage}` : ''}\n\n`;
  s += `USAGE:\n   ${app.name} ${vis.length ? '[global options]' : ''}`;
  s += `${commands.length ? ' command [command options]' : ''} ${argsUsage(app)}`;
  if (version) s += `\n\nVERSION:\n   ${version}`;
  if (app.description) s += `\n\nDESCRIPTION:\n   ${app.description}`;
  if (commands.some((c) => !c.hidden)) s += `\n\nCOMMANDS:${commandList(commands)}`;
  if (vis.length) s += `\n\nGLOBAL OPTIONS:\n   ${vis.map(flagHelpLine).join('\n   ')}`;
  return render(`${s}\n`);
}

/** urfave's SubcommandHelpTemplate (`ctr images --help`, `ctr images`). */
export function subcommandHelp<E>(helpName: string, group: CommandSpec<E>, flags: readonly FlagSpec[]): string {
  const vis = visibleFlags(flags);
  let s = `NAME:\n   ${helpName} - ${group.description ? group.description : group.usage}\n\n`;
  s += `USAGE:\n   ${helpName} command${vis.length ? ' [command options]' : ''} ${argsUsage(group)}\n\n`;
  s += `COMMANDS:${commandList(group.subcommands ?? [])}`;
  if (vis.length) s += `\n\nOPTIONS:\n   ${vis.map((f) => `${flagHelpLine(f)}\n   `).join('')}`;
  return render(`${s}\n`);
}

/** urfave's CommandHelpTemplate (`ctr images pull --help`, `ctr help images`). */
export function commandHelp<E>(helpName: string, command: CommandSpec<E>): string {
  const vis = visibleFlags(command.flags);
  let s = `NAME:\n   ${helpName} - ${command.usage}\n\n`;
  s += `USAGE:\n   ${helpName}${vis.length ? ' [command options]' : ''} ${argsUsage(command)}`;
  if (command.description) s += `\n\nDESCRIPTION:\n   ${command.description}`;
  if (vis.length) s += `\n\nOPTIONS:\n   ${vis.map((f) => `${flagHelpLine(f)}\n   `).join('')}`;
  return render(`${s}\n`);
}
