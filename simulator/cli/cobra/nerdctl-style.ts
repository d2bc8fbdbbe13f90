// nerdctl 0.22.2's face on cobra 1.5: its own usage template (cmd/nerdctl/main.go's
// mainHelpTemplate, derived from cobra 1.2's: "Management commands:" for commands annotated
// category=management, "Commands:" for the rest, but only when the command has local flags,
// "Flags:" and "Global Flags:" unwrapped, no blank lines between sections), cobra's default help
// template (Long or Short first), cobra's own wording for argument counts, and errors returned
// as they are, since nerdctl's main prints them with logrus.Fatal.

import { goQuote } from '../../go/quote';
import type { ArgsRule, CommandIO, CommandSpec } from '../spec';
import { type CommandView, isAvailable, namePadding, useLine } from './command-view';
import { flagUsages } from './flag-usages';
import type { PflagError } from './pflag';
import type { CobraStyle } from './style';

/** The annotation value nerdctl gives its management commands (main.go's Category/Management). */
export const MANAGEMENT = 'management';

const visibleFlags = <E>(view: CommandView<E>, which: 'localFlags' | 'inheritedFlags') => view[which].filter((f) => !f.hidden);

/** Listed in a section: available, or the help command, hidden or not (`eq .Name "help"`). */
const listed = <E>(c: CommandSpec<E>): boolean => isAvailable(c) || c.name === 'help';

/** cobra's IsAdditionalHelpTopicCommand: no action, no listed children, not hidden, not help. */
const helpTopic = <E>(c: CommandSpec<E>): boolean => !c.action && !(c.subcommands ?? []).some(isAvailable) && !c.hidden && c.name !== 'help';

function usage<E>(view: CommandView<E>): string {
  const pad = namePadding(view.subcommands);
  const row = (c: CommandSpec<E>) => `\n  ${c.name.padEnd(pad)} ${c.usage}`;
  const hasSubs = view.subcommands.some(isAvailable);
  const local = visibleFlags(view, 'localFlags');
  const inherited = visibleFlags(view, 'inheritedFlags');
  let s = 'Usage:';
  if (view.spec.action) s += `\n  ${useLine(view, true)}`;
  if (hasSubs) s += `\n  ${view.path} [command]`;
  const aliases = view.spec.aliases ?? [];
  if (aliases.length > 0) s += `\nAliases:\n  ${[view.spec.name, ...aliases].join(', ')}`;
  if (view.spec.example) s += `\nExamples:\n${view.spec.example}`;
  if (hasSubs) s += `\nManagement commands:${view.subcommands.filter((c) => c.category === MANAGEMENT && listed(c)).map(row).join('')}`;
  if (local.length > 0) s += `\nCommands:${view.subcommands.filter((c) => !c.category && listed(c)).map(row).join('')}`;
  if (local.length > 0) s += `\nFlags:\n${flagUsages(local).trimEnd()}`;
  if (inherited.length > 0) s += `\nGlobal Flags:\n${flagUsages(inherited).trimEnd()}`;
  const topics = view.subcommands.filter(helpTopic);
  if (topics.length > 0) {
    const paths = topics.map((c) => `${view.path} ${c.name}`);
    const width = Math.max(11, ...paths.map((p) => p.length));
    s += `\nAdditional help topics:${topics.map((c, i) => `\n  ${(paths[i] ?? '').padEnd(width)} ${c.usage}`).join('')}`;
  }
  if (hasSubs) s += `\nUse "${view.path} [command] --help" for more information about a command.`;
  return `${s}\n`;
}

/** cobra's args.go wording. */
function argsMessage<E>(view: CommandView<E>, rule: ArgsRule, args: readonly string[]): string {
  const n = args.length;
  const { min, max } = rule;
  if (max === 0) return `unknown command ${goQuote(args[0] ?? '')} for ${goQuote(view.path)}`;
  if (min !== undefined && min === max) return `accepts ${min} arg(s), received ${n}`;
  if (min !== undefined && max !== undefined) return `accepts between ${min} and ${max} arg(s), received ${n}`;
  if (min !== undefined) return `requires at least ${min} arg(s), only received ${n}`;
  return `accepts at most ${max ?? 0} arg(s), received ${n}`;
}

export function nerdctlStyle(): CobraStyle {
  return {
    usage,
    help: (view) => {
      const text = (view.spec.description || view.spec.usage).trimEnd();
      const runnable = view.spec.action !== undefined || view.subcommands.length > 0;
      return `${text ? `${text}\n\n` : ''}${runnable ? usage(view) : ''}`;
    },
    flagError: <E>(_view: CommandView<E>, err: PflagError) => err,
    argsError: (view, rule, args) => new Error(argsMessage(view, rule, args)),
    unknownHelpTopic: <E>(root: CommandView<E>, found: CommandView<E>, topic: readonly string[], io: CommandIO) => {
      if (found !== root) {
        io.stdout(nerdctlStyle().help(found));
        return 0;
      }
      // cobra's default help command: `Unknown help topic %#q` and the root's usage, exit 0.
      io.stderr(`Unknown help topic [${topic.map((t) => `\`${t}\``).join(' ')}]\n${usage(root)}`);
      return 0;
    },
    version: (root, version) => `${root.spec.name} version ${version}\n`,
  };
}
