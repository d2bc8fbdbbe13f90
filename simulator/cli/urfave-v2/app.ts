// urfave/cli v2.23.7 (crictl 1.26.0 vendors it) as a runner over CommandSpec data. The root is
// a command like any other (command.go's Command.Run with isRoot): usage errors read
// `Incorrect Usage: …` everywhere, every command gets a `help` subcommand and `--help`, a
// command's usage error shows the SubcommandHelpTemplate (its help subcommand makes it a
// "group"), and `help <cmd>` shows a command whose flags were never applied, so string and
// number defaults print as zero values (help.go's ShowCommandHelp, flag_*.go's defaultValue).

import { type FlagFrame, makeActionContext } from '../action-context';
import { findCommand } from '../command-tree';
import { FlagError, canonical, flagIndex, type ParsedFlags } from '../flags';
import { ExitCodeError, UsageError, endUrfaveRun } from '../urfave-exit';
import type { ActionContext, CommandIO, CommandSpec, FlagSpec } from '../spec';
import { appHelpV2, commandHelpV2, subcommandHelpV2 } from './help';
import { parseFlagsV2 } from './parse';

/** flag.go's HelpFlag and VersionFlag. */
export const HELP_FLAG: FlagSpec = { names: ['help', 'h'], kind: 'bool', usage: 'show help' };
export const VERSION_FLAG: FlagSpec = { names: ['version', 'v'], kind: 'bool', usage: 'print the version' };

/** help.go's helpCommand. */
export function helpCommand<E>(): CommandSpec<E> {
  return { name: 'help', aliases: ['h'], usage: 'Shows a list of commands or help for one command', argsUsage: '[command]' };
}

export interface RunAppV2Options<E = unknown> {
  /** App.Version: shown under VERSION:, enables --version/-v. */
  version?: string;
  /** App.UseShortOptionHandling: `-aq` for every command. */
  shortOptionHandling?: boolean;
  /** The tool's main(): prints an error the app returned and gives the exit code. */
  onError: (err: unknown, io: CommandIO) => number;
  /**
   * App.Before: runs on the root after --help, --version and the required flags were checked
   * and before any subcommand, `help` included (command.go's Run); a throw ends the run.
   */
  before?: (c: ActionContext<E>) => void | Promise<void>;
}

/** A command after setup (command.go's setup, app.go's Setup for the root). */
interface Level<E> extends FlagFrame {
  spec: CommandSpec<E>;
  helpName: string;
  parent?: Level<E>;
  flags: FlagSpec[];
  commands: CommandSpec<E>[];
  help: CommandSpec<E>;
}

class RunV2<E> {
  constructor(
    private readonly io: CommandIO,
    private readonly env: E,
    private readonly options: RunAppV2Options<E>,
  ) {}

  /** The help a command's `--help`, `help` subcommand or default action prints (help.go's helpCommand.Action). */
  helpOf(level: Level<E>): string {
    if (!level.parent) {
      return appHelpV2({ app: level.spec, version: this.options.version, flags: level.flags, commands: level.commands });
    }
    if ((level.spec.subcommands ?? []).length === 0) return commandHelpV2(level.helpName, level.spec, level.flags, true);
    return this.subcommandHelp(level);
  }

  subcommandHelp(level: Level<E>): string {
    return subcommandHelpV2(level.helpName, level.spec, level.flags, level.commands);
  }

  /** help.go's ShowCommandHelp(ctx, name): a command of `level` by name, or exit 3. */
  showCommandHelp(level: Level<E>, name: string, applied: boolean): string {
    const command = findCommand(level.commands, name);
    if (!command) throw new ExitCodeError(`No help topic for '${name}'`, 3);
    // The help command's HelpName is never set (it is appended after names are given).
    const helpName = command === level.help ? '' : `${level.helpName} ${command.name}`;
    const flags = withFlag(command.flags ?? [], HELP_FLAG);
    if ((command.subcommands ?? []).length > 0) {
      const commands = findCommand(command.subcommands ?? [], 'help') ? [...(command.subcommands ?? [])] : [...(command.subcommands ?? []), level.help];
      return subcommandHelpV2(helpName, command, flags, commands);
    }
    return commandHelpV2(helpName, command, flags, applied);
  }

  /** Command.Run for `spec` below `parent` (the root when there is none). */
  async run(spec: CommandSpec<E>, parent: Level<E> | undefined, args: readonly string[]): Promise<number> {
    const help = parent?.help ?? helpCommand<E>();
    const own = spec.subcommands ?? [];
    const flags = withFlag(spec.flags ?? [], HELP_FLAG);
    if (!parent && this.options.version) flags.push(VERSION_FLAG);
    const helpName = parent ? `${parent.helpName} ${spec.name}` : spec.name;
    const commands = findCommand(own, 'help') ? [...own] : [...own, help];
    let parsed: ParsedFlags;
    try {
      const shortOptions = spec.shortOptionHandling === true || this.options.shortOptionHandling === true;
      parsed = spec.skipFlagParsing
        ? parseFlagsV2(flags, ['--', ...args], this.io.environ, false)
        : parseFlagsV2(flags, args, this.io.environ, shortOptions);
    } catch (err) {
      if (!(err instanceof FlagError)) throw err;
      // ShowCommandHelp(parent, name) on a command already set up: its help subcommand makes
      // every command, a leaf too, print the SubcommandHelpTemplate.
      const shown = parent
        ? subcommandHelpV2(helpName, spec, flags, commands)
        : appHelpV2({ app: spec, version: this.options.version, flags, commands });
      this.io.stdout(`Incorrect Usage: ${err.message}\n\n${shown}`);
      throw new UsageError(err.message);
    }
    const level: Level<E> = { spec, helpName, parent, flags, commands, help, index: flagIndex(flags), values: parsed.values, set: parsed.set };
    if (parsed.values.get('help') === true) {
      this.io.stdout(this.helpOf(level));
      return 0;
    }
    if (!parent && this.options.version && parsed.values.get('version') === true) {
      this.io.stdout(`${spec.name} version ${this.options.version}\n`);
      return 0;
    }
    const missing = (spec.flags ?? []).filter((f) => f.required && !parsed.set.has(canonical(f))).map(canonical);
    if (missing.length > 0) {
      this.io.stdout(this.helpOf(level));
      throw new UsageError(`Required flag${missing.length > 1 ? 's' : ''} "${missing.join(', ')}" not set`);
    }
    if (!parent && this.options.before) await this.options.before(this.contextOf(level, parsed.positional));
    const [first, ...rest] = parsed.positional;
    const next = first === undefined ? undefined : findCommand(commands, first);
    if (next === help) return this.runHelp(level, rest);
    if (next) return this.run(next, level, rest);
    if (!spec.action) return this.defaultAction(level, parsed.positional);
    const code = await spec.action(this.contextOf(level, parsed.positional));
    return typeof code === 'number' ? code : 0;
  }

  private contextOf(level: Level<E>, args: readonly string[]): ActionContext<E> {
    const frames: Level<E>[] = [];
    for (let l: Level<E> | undefined = level; l; l = l.parent) frames.unshift(l);
    return makeActionContext({
      frames,
      args,
      path: frames.map((f) => f.spec.name),
      io: this.io,
      env: this.env,
      helpText: () => this.subcommandHelp(level),
    });
  }

  /** The help subcommand of `level`: its own flags parsed, then the action for its parent. */
  private runHelp(level: Level<E>, args: readonly string[]): number {
    let parsed: ParsedFlags;
    try {
      parsed = parseFlagsV2([HELP_FLAG], args, this.io.environ, false);
    } catch (err) {
      if (!(err instanceof FlagError)) throw err;
      this.io.stdout(`Incorrect Usage: ${err.message}\n\n${this.showCommandHelp(level, 'help', true)}`);
      throw new UsageError(err.message);
    }
    const topic = parsed.positional[0];
    this.io.stdout(topic === undefined ? this.helpOf(level) : this.showCommandHelp(level, topic, false));
    return 0;
  }

  /** A command without an action runs help.go's helpCommand.Action for itself. */
  private defaultAction(level: Level<E>, args: readonly string[]): number {
    const topic = args[0];
    this.io.stdout(topic === undefined ? this.helpOf(level) : this.showCommandHelp(level, topic, false));
    return 0;
  }
}

function withFlag(flags: readonly FlagSpec[], extra: FlagSpec): FlagSpec[] {
  return flags.some((f) => canonical(f) === canonical(extra)) ? [...flags] : [...flags, extra];
}

/**
 * Runs `argv` (the arguments after the program name) against the app, like `app.Run(os.Args)`
 * inside crictl's main(). Never rejects except for Ctrl-C: errors reach `options.onError`.
 */
export async function runAppV2<E>(app: CommandSpec<E>, argv: readonly string[], io: CommandIO, env: E, options: RunAppV2Options<E>): Promise<number> {
  try {
    return await new RunV2(io, env, options).run(app, undefined, argv);
  } catch (err) {
    return endUrfaveRun(err, io, options.onError);
  }
}
