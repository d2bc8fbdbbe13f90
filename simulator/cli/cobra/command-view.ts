// One command of a cobra app as cobra sees it once the tree is set up: its path, the flags it
// owns and those it inherits (persistent flags of its parents), the help flag cobra adds, and
// its parent. Help templates and error texts read these views, never the raw specs.

import type { CommandSpec, FlagSpec } from '../spec';
import { longName } from './pflag';

export interface CommandView<E = unknown> {
  readonly spec: CommandSpec<E>;
  readonly parent?: CommandView<E>;
  /** "docker image ls" (cobra's CommandPath). */
  readonly path: string;
  /** The command's own flags, its persistent ones included, and cobra's help flag if it adds one. */
  readonly localFlags: readonly FlagSpec[];
  /** Persistent flags of its parents (cobra's InheritedFlags). */
  readonly inheritedFlags: readonly FlagSpec[];
  /** Subcommands as cobra holds them, with the help and completion commands it adds. */
  readonly subcommands: readonly CommandSpec<E>[];
  /** The width help wraps flag usages to (docker: terminal width − 1; 0: no wrapping). */
  readonly columns: number;
  /** Output goes to a terminal (docker's additional help is bold there). */
  readonly isTTY: boolean;
}

/** Every flag a command parses: its own and the inherited ones (cobra's Flags()). */
export function allFlags<E>(view: CommandView<E>): FlagSpec[] {
  return [...view.localFlags, ...view.inheritedFlags];
}

/** cobra's InitDefaultHelpFlag: `-h, --help  help for <name>` unless a help flag is in reach. */
function withHelpFlag<E>(spec: CommandSpec<E>, own: readonly FlagSpec[], inherited: readonly FlagSpec[]): FlagSpec[] {
  if ([...own, ...inherited].some((f) => longName(f) === 'help')) return [...own];
  const short = [...own, ...inherited].some((f) => f.names.includes('h')) ? [] : ['h'];
  return [...own, { names: ['help', ...short], kind: 'bool', usage: `help for ${spec.name || 'this command'}` }];
}

/**
 * nerdctl reads CONTAINERD_NAMESPACE and the like when it declares its flags: the environment
 * becomes the default, shown in help, and the flag still counts as not given.
 */
function withEnvDefault(given: FlagSpec, environ: Readonly<Record<string, string>>): FlagSpec {
  const flag = given.hiddenIn?.(environ) ? { ...given, hidden: true } : given;
  const name = flag.envVar;
  if (!name || !Object.prototype.hasOwnProperty.call(environ, name)) return flag;
  const text = environ[name] ?? '';
  if (flag.kind === 'string') return { ...flag, value: text };
  if (flag.kind === 'stringArray' || flag.kind === 'stringSlice') return { ...flag, value: [text] };
  return flag;
}

export interface ViewInput<E> {
  spec: CommandSpec<E>;
  /** The shell's environment, for flags whose default comes from a variable. */
  environ: Readonly<Record<string, string>>;
  parent?: CommandView<E>;
  /** Commands cobra adds to this one (help, completion). */
  extraCommands?: readonly CommandSpec<E>[];
  columns: number;
  isTTY: boolean;
}

export function commandView<E>({ spec, parent, extraCommands = [], columns, isTTY, environ }: ViewInput<E>): CommandView<E> {
  const inheritedFlags = parent
    ? [...parent.inheritedFlags, ...parent.localFlags.filter((f) => f.persistent)].filter(
        (f, i, all) => all.findIndex((g) => longName(g) === longName(f)) === i,
      )
    : [];
  const own = (spec.flags ?? []).map((f) => withEnvDefault(f, environ));
  // A flag of the command's own shadows an inherited one of the same name (docker run's --help).
  const inherited = inheritedFlags.filter((f) => !own.some((g) => longName(g) === longName(f)));
  return {
    spec,
    parent,
    path: parent ? `${parent.path} ${spec.name}` : spec.name,
    localFlags: withHelpFlag(spec, own, inherited),
    inheritedFlags: inherited,
    subcommands: [...(spec.subcommands ?? []), ...extraCommands],
    columns,
    isTTY,
  };
}

/** cobra's IsAvailableCommand: listed in help (not hidden, runnable or with listed children). */
export function isAvailable<E>(spec: CommandSpec<E>): boolean {
  if (spec.hidden) return false;
  return spec.action !== undefined || (spec.subcommands ?? []).some(isAvailable);
}

/** cobra's NamePadding: the longest sibling name (hidden ones too), at least 11. */
export function namePadding<E>(siblings: readonly CommandSpec<E>[]): number {
  return Math.max(11, ...siblings.map((c) => c.name.length));
}

/** cobra's UseLine: the parent's path, the command's use, and `[flags]` unless disabled. */
export function useLine<E>(view: CommandView<E>, flagsInUseLine: boolean): string {
  const use = [view.spec.name, view.spec.argsUsage].filter(Boolean).join(' ');
  const line = view.parent ? `${view.parent.path} ${use}` : use;
  const hasFlags = allFlags(view).some((f) => !f.hidden);
  return flagsInUseLine && hasFlags && !line.includes('[flags]') ? `${line} [flags]` : line;
}
