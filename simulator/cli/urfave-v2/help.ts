// urfave/cli v2.23.7's three help templates (template.go: AppHelpTemplate, CommandHelpTemplate,
// SubcommandHelpTemplate), rendered through the same tabwriter as v1 (help.go's printHelpCustom:
// minwidth 1, tabwidth 8, padding 2, spaces). Unlike v1: command lists are padded with spaces,
// not tabs (visibleCommandTemplate), multi-line texts are indented by help.go's wrap, the flag
// lists end without v1's "   " line, and USAGE of a group reads "command [command options]".

import { tabwrite } from '../tabwriter';
import type { CommandSpec, FlagSpec } from '../spec';
import { flagHelpLineV2 } from './flag-text';

/** help.go's wrap at its 10000-column limit: only continuation lines move, by `offset`. */
function wrapV2(input: string, offset: number): string {
  const pad = ' '.repeat(offset);
  return input
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : pad + line))
    .join('\n');
}

function render(text: string): string {
  return tabwrite(text, { minwidth: 1, tabwidth: 8, padding: 2, padchar: ' ' });
}

const visible = <T extends { hidden?: boolean }>(items: readonly T[]): T[] => items.filter((i) => !i.hidden);

/** helpNameTemplate: `crictl ps - List containers`. */
function nameLine(helpName: string, usage: string): string {
  return `${wrapV2(helpName, 3)}${usage ? ` - ${wrapV2(usage, helpName.length + 6)}` : ''}`;
}

/** visibleCommandTemplate: names padded to the longest plus two, usage after. */
function commandRows<E>(commands: readonly CommandSpec<E>[]): string {
  const names = commands.map((c) => [c.name, ...(c.aliases ?? [])].join(', '));
  const column = Math.max(0, ...names.map((n) => n.length)) + 5;
  return commands.map((c, i) => `\n   ${(names[i] ?? '').padEnd(column - 3)}${wrapV2(c.usage, column)}`).join('');
}

/** visibleCommandCategoryTemplate: uncategorised commands first, then one block per category. */
function commandSections<E>(commands: readonly CommandSpec<E>[]): string {
  const shown = visible(commands);
  const categories = [...new Set(shown.map((c) => c.category ?? ''))].sort();
  return categories
    .map((cat) => {
      const members = shown.filter((c) => (c.category ?? '') === cat);
      if (cat === '') return commandRows(members);
      return `\n   ${cat}:${members.map((c) => `\n     ${[c.name, ...(c.aliases ?? [])].join(', ')}\t${c.usage}`).join('')}`;
    })
    .join('');
}

function flagRows(flags: readonly FlagSpec[], applied: boolean): string {
  return visible(flags)
    .map((f) => `\n   ${wrapV2(flagHelpLineV2(f, applied), 6)}`)
    .join('');
}

const argsUsage = (spec: { argsUsage?: string }): string => spec.argsUsage || '[arguments...]';

export interface AppHelpV2<E> {
  app: CommandSpec<E>;
  version?: string;
  /** Flags after setup: the app's own, then help and version. */
  flags: readonly FlagSpec[];
  /** Commands after setup: the app's own, then help. */
  commands: readonly CommandSpec<E>[];
}

/** AppHelpTemplate (`crictl`, `crictl --help`, `crictl help`). */
export function appHelpV2<E>({ app, version, flags, commands }: AppHelpV2<E>): string {
  const flagsShown = visible(flags).length > 0;
  let s = `NAME:\n   ${nameLine(app.name, app.usage)}\n\n`;
  s += `USAGE:\n   ${app.name} ${flagsShown ? '[global options]' : ''}${commands.length ? ' command [command options]' : ''} ${argsUsage(app)}`;
  if (version) s += `\n\nVERSION:\n   ${version}`;
  if (app.description) s += `\n\nDESCRIPTION:\n   ${wrapV2(app.description, 3)}`;
  if (visible(commands).length) s += `\n\nCOMMANDS:${commandSections(commands)}`;
  if (flagsShown) s += `\n\nGLOBAL OPTIONS:${flagRows(flags, true)}`;
  return render(`${s}\n`);
}

/** CommandHelpTemplate (`crictl ps --help`, `crictl help ps`). */
export function commandHelpV2<E>(helpName: string, command: CommandSpec<E>, flags: readonly FlagSpec[], applied: boolean): string {
  const flagsShown = visible(flags).length > 0;
  let s = `NAME:\n   ${nameLine(helpName, command.usage)}\n\n`;
  s += `USAGE:\n   ${helpName}${flagsShown ? ' [command options]' : ''} ${argsUsage(command)}`;
  if (command.category) s += `\n\nCATEGORY:\n   ${command.category}`;
  if (command.description) s += `\n\nDESCRIPTION:\n   ${wrapV2(command.description, 3)}`;
  if (flagsShown) s += `\n\nOPTIONS:${flagRows(flags, applied)}`;
  return render(`${s}\n`);
}

/** SubcommandHelpTemplate (a group's help, and what crictl's actions print on missing args). */
export function subcommandHelpV2<E>(helpName: string, command: CommandSpec<E>, flags: readonly FlagSpec[], commands: readonly CommandSpec<E>[]): string {
  const flagsShown = visible(flags).length > 0;
  let s = `NAME:\n   ${nameLine(helpName, command.usage)}\n\n`;
  s += `USAGE:\n   ${helpName} ${flagsShown ? 'command [command options]' : ''} ${argsUsage(command)}`;
  if (command.description) s += `\n\nDESCRIPTION:\n   ${wrapV2(command.description, 3)}`;
  if (visible(commands).length) s += `\n\nCOMMANDS:${commandRows(visible(commands))}`;
  if (flagsShown) s += `\n\nOPTIONS:${flagRows(flags, true)}`;
  return render(`${s}\n`);
}
