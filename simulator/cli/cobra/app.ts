// spf13/cobra's Command.ExecuteC as a runner over CommandSpec data: find the command a line
// names (Find, or Traverse for apps with TraverseChildren), parse its flags with pflag's rules,
// answer --help, --version and the help command, check the argument count, run the action.
// What the tool's main prints for an error is passed in as `onError`, as with urfave.

import { type FlagFrame, makeActionContext } from '../action-context';
import { findCommand } from '../command-tree';
import { canonical, flagIndex } from '../flags';
import { goQuote } from '../../go/quote';
import { isInterrupted } from '../interrupted';
import type { ActionContext, CommandIO, CommandSpec } from '../spec';
import { type CommandView, allFlags, commandView } from './command-view';
import { completionCommandSpec, helpCommandSpec } from './default-commands';
import { type Descend, find, stripFlags, traverse } from './find';
import { HelpRequested, PflagError, type PflagResult, parsePflags } from './pflag';
import type { CobraStyle } from './style';
import { didYouMean, suggestionsFor } from './suggestions';

export interface RunCobraOptions {
  style: CobraStyle;
  /** The tool's main(): prints an error and gives the exit code. */
  onError: (err: unknown, io: CommandIO) => number;
  /** The root's Version; `--version` prints it through the style when the root has the flag. */
  version?: string;
  /** docker's HandleGlobalFlags: the root's flags are parsed up to the first word, first of all. */
  rootFlagsFirst?: boolean;
  /** nerdctl's TraverseChildren: each level parses the flags written before its subcommand. */
  traverseChildren?: boolean;
  /** Add cobra ≥1.2's `completion` command (docker 20.10 as Debian builds it). */
  completionCommand?: boolean;
  /** Summary of the help command (cobra: "Help about any command"). */
  helpCommandShort?: string;
  /**
   * The root's PersistentPreRunE: runs after the argument check and before the required-flag
   * check and the action (cobra 1.5 command.go execute()). nerdctl checks --address and --cgroup-manager and sets the log level here.
   */
  persistentPreRun?: (c: ActionContext<unknown>) => void | Promise<void>;
}

/** cobra sorts a command's children by name (EnableCommandSorting). */
const byName = <E>(a: CommandSpec<E>, b: CommandSpec<E>): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

class Execution<E> {
  /** The levels parsed so far, innermost last, with the command each belongs to. */
  readonly frames: (FlagFrame & { spec: CommandSpec<E> })[] = [];
  readonly helpCommand: CommandSpec<E>;
  private readonly columns: number;

  constructor(
    private readonly app: CommandSpec<E>,
    private readonly io: CommandIO,
    private readonly env: E,
    private readonly options: RunCobraOptions,
  ) {
    this.columns = io.columns ?? 80;
    this.helpCommand = helpCommandSpec<E>(options.helpCommandShort);
  }

  view(spec: CommandSpec<E>, parent: CommandView<E> | undefined, extra: CommandSpec<E>[] = []): CommandView<E> {
    const view = commandView({ spec, parent, extraCommands: extra, columns: this.columns, isTTY: this.io.isTTY, environ: this.io.environ });
    const sorted = { ...view, subcommands: [...view.subcommands].sort(byName) };
    const { version } = this.options;
    if (parent || version === undefined || allFlags(view).some((f) => f.names[0] === 'version')) return sorted;
    // cobra's InitDefaultVersionFlag: `-v, --version` unless -v is taken.
    const short = allFlags(view).some((f) => f.names.includes('v')) ? [] : ['v'];
    return { ...sorted, localFlags: [...view.localFlags, { names: ['version', ...short], kind: 'bool', usage: `version for ${spec.name}` }] };
  }

  readonly descend: Descend<E> = (parent, name) => {
    const spec = findCommand(parent.subcommands, name);
    return spec ? this.view(spec, parent) : undefined;
  };

  /** Parses `args` for `view`; a bad flag becomes the style's flag error. */
  parse(view: CommandView<E>, args: readonly string[], interspersed: boolean, noticeTo: 'stdout' | 'stderr'): PflagResult {
    try {
      const parsed = parsePflags(allFlags(view), args, { interspersed });
      for (const n of parsed.notices) this.io[noticeTo](n);
      const index = flagIndex(allFlags(view));
      // A flag is one variable in cobra: a value given at an outer level (Traverse, docker's
      // early root parse) still holds below where the flag is inherited (or the same command's),
      // while a local flag of the same name (each command's own --help) is another variable.
      const shared = new Set(view.inheritedFlags.map(canonical));
      for (const frame of this.frames) {
        for (const key of frame.set) {
          if (parsed.set.has(key) || !(frame.spec === view.spec ? index.has(key) : shared.has(key))) continue;
          parsed.values.set(key, frame.values.get(key) ?? false);
          parsed.set.add(key);
        }
      }
      this.frames.push({ index, values: parsed.values, set: parsed.set, spec: view.spec });
      return parsed;
    } catch (err) {
      if (err instanceof PflagError) throw this.options.style.flagError(view, err);
      throw err;
    }
  }

  /** The root as cobra holds it once ExecuteC has added its help and completion commands. */
  setUpRoot(): CommandView<E> {
    const own = this.app.subcommands ?? [];
    if (own.length === 0) return this.view(this.app, undefined);
    const extra: CommandSpec<E>[] = [];
    if (!findCommand(own, 'help')) extra.push(this.helpCommand);
    if (this.options.completionCommand && !findCommand(own, 'completion')) extra.push(completionCommandSpec<E>(this.app.name));
    return this.view(this.app, undefined, extra);
  }

  async run(argv: readonly string[]): Promise<number> {
    let args = [...argv];
    if (this.options.rootFlagsFirst) {
      // Before cobra adds its commands: a root flag error shows the usage without `completion`.
      args = this.parse(this.view(this.app, undefined), args, false, 'stderr').positional;
    }
    const root = this.setUpRoot();
    let view: CommandView<E>;
    if (this.options.traverseChildren) {
      const t = traverse(root, args, this.descend);
      for (const step of t.steps) this.parse(step.view, step.flags, true, 'stdout');
      view = t.view;
      args = t.args;
    } else {
      ({ view, args } = find(root, args, this.descend));
      this.checkLegacyArgs(view, args);
    }
    return this.execute(root, view, args);
  }

  /** cobra's legacyArgs: a root with subcommands and no rule of its own takes no word. */
  private checkLegacyArgs(view: CommandView<E>, args: readonly string[]): void {
    if (view.parent || view.spec.args || view.subcommands.length === 0) return;
    const word = stripFlags(args, allFlags(view))[0];
    if (word === undefined) return;
    const hint = didYouMean(suggestionsFor(view.subcommands, word));
    throw new Error(`unknown command ${goQuote(word)} for ${goQuote(view.path)}${hint}`);
  }

  private async execute(root: CommandView<E>, view: CommandView<E>, args: readonly string[]): Promise<number> {
    const { style } = this.options;
    const help = () => style.help(view);
    let parsed: PflagResult;
    if (view.spec.skipFlagParsing) {
      parsed = this.parse(view, ['--', ...args], true, 'stdout');
    } else {
      try {
        parsed = this.parse(view, args, !view.spec.skipArgReorder, 'stdout');
      } catch (err) {
        if (!(err instanceof HelpRequested)) throw err;
        this.io.stdout(help());
        return 0;
      }
    }
    if (parsed.values.get('help') === true) {
      this.io.stdout(help());
      return 0;
    }
    if (!view.parent && this.options.version !== undefined && parsed.values.get('version') === true) {
      this.io.stdout(style.version(view, this.options.version));
      return 0;
    }
    if (view.spec === this.helpCommand) return this.runHelpCommand(root, parsed.positional);
    if (!view.spec.action) {
      this.io.stdout(help());
      return 0;
    }
    const rule = view.spec.args;
    const n = parsed.positional.length;
    if (rule && ((rule.min !== undefined && n < rule.min) || (rule.max !== undefined && n > rule.max))) {
      throw style.argsError(view, rule, parsed.positional);
    }
    const path: string[] = [];
    for (let v: CommandView<E> | undefined = view; v; v = v.parent) path.unshift(v.spec.name);
    const ctx = makeActionContext({ frames: this.frames, args: parsed.positional, path, io: this.io, env: this.env, helpText: help });
    if (this.options.persistentPreRun) await this.options.persistentPreRun(ctx);
    // cobra's validateRequiredFlags (MarkFlagRequired), after the argument check.
    const missing = allFlags(view).filter((f) => f.required && !parsed.set.has(canonical(f))).map(canonical);
    if (missing.length > 0) throw new Error(`required flag(s) "${missing.join('", "')}" not set`);
    const code = await view.spec.action(ctx);
    return typeof code === 'number' ? code : 0;
  }

  /** `tool help [command]`: the help of the command the words name. */
  private runHelpCommand(root: CommandView<E>, topic: readonly string[]): number {
    const found = find(root, topic, this.descend);
    if (found.args.length > 0) return this.options.style.unknownHelpTopic(root, found.view, found.args, this.io);
    this.io.stdout(this.options.style.help(found.view));
    return 0;
  }
}

/**
 * Runs `argv` (the arguments after the program name) against the cobra app `app`, like
 * `rootCmd.Execute()` inside the tool's main(). Never rejects except for Ctrl-C: errors reach
 * `options.onError`.
 */
export async function runCobra<E>(
  app: CommandSpec<E>,
  argv: readonly string[],
  io: CommandIO,
  env: E,
  options: RunCobraOptions,
): Promise<number> {
  try {
    return await new Execution(app, io, env, options).run(argv);
  } catch (err) {
    // Killed by Ctrl-C: nothing to print; the program's wrapper reports exit 130.
    if (isInterrupted(err)) throw err;
    return options.onError(err, io);
  }
}
