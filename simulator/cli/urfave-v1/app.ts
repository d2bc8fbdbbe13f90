// urfave/cli v1 (v1.22, as vendored by ctr 1.6) as a runner over CommandSpec data: the root
// app (App.Run), command groups (Command.startApp → App.RunAsSubcommand) and leaf commands
// (Command.Run), with their help, usage errors and exit codes. The tool's own main() — what
// it prints for an error — is passed in as `onError`, as ctr's main.go wraps app.Run.

import { findCommand } from '../command-tree';
import { makeActionContext } from '../action-context';
import { FlagError, type FlagValue, canonical, flagIndex, parseFlags, reorderArgs } from '../flags';
import { HELP_FLAG, VERSION_FLAG, appHelp, commandHelp, helpCommandSpec, subcommandHelp } from './help';
import { type ErrWriter, ExitCodeError, UsageError, endUrfaveRun } from '../urfave-exit';
import type { ActionContext, CommandIO, CommandSpec, FlagSpec } from '../spec';

export interface RunAppOptions<E = unknown> {
  /** Shown under VERSION: in the app help; enables --version/-v. */
  version?: string;
  /** What --version prints (urfave's VersionPrinter). */
  printVersion?: (io: CommandIO) => void;
  /** The tool's main(): prints an error the app returned and gives the exit code. */
  onError: (err: unknown, io: CommandIO) => number;
  /** cli.ErrWriter when the tool sets its own (runc): where an ExitCoder's text goes. */
  errWriter?: ErrWriter;
  /**
   * App.Before (runc's configLogrus): runs once the root's flags are parsed and help, version
   * and required flags are checked, before any command or the help command; what it throws
   * ends the run as the command's errors do.
   */
  before?: (c: ActionContext<E>) => void;
}

/** One parsed level of the command line: the app, a group, or the leaf command. */
interface Frame<E> {
  spec: CommandSpec<E>;
  /** "ctr images pull" */
  helpName: string;
  flags: readonly FlagSpec[];
  /** Every name and alias of `flags` → its flag, built once per frame for flag reads. */
  index: Map<string, FlagSpec>;
  values: Map<string, FlagValue>;
  set: Set<string>;
}

function makeContext<E>(frames: readonly Frame<E>[], args: readonly string[], io: CommandIO, env: E, helpText: () => string) {
  return makeActionContext({ frames, args, io, env, helpText, path: frames.map((f) => f.spec.name) });
}

function missingRequired(flags: readonly FlagSpec[], set: Set<string>): string | undefined {
  const missing = flags.filter((f) => f.required && !set.has(canonical(f))).map(canonical);
  if (missing.length === 0) return undefined;
  return missing.length === 1
    ? `Required flag "${missing[0]}" not set`
    : `Required flags "${missing.join(', ')}" not set`;
}

/** urfave's normalizeFlags (context.go:257): each name is its own Go flag, and two of one flag's names on a line are refused. */
class TwoFormsError extends FlagError {}

function twoFormsError(flags: readonly FlagSpec[], named: ReadonlySet<string>): string | undefined {
  for (const f of flags) {
    let first: string | undefined;
    for (const name of f.names) {
      if (!named.has(name)) continue;
      if (first !== undefined) return `Cannot use two forms of the same flag: ${name} ${first}`;
      first = name;
    }
  }
  return undefined;
}

function parseFrame<E>(
  spec: CommandSpec<E>,
  helpName: string,
  flags: readonly FlagSpec[],
  args: readonly string[],
  io: CommandIO,
  reorder: boolean,
): { frame: Frame<E>; positional: string[] } {
  const input = spec.skipFlagParsing ? ['--', ...args] : reorder ? reorderArgs(flags, args) : [...args];
  const parsed = parseFlags(flags, input, io.environ);
  const twoForms = twoFormsError(flags, parsed.named);
  if (twoForms) throw new TwoFormsError(twoForms);
  return {
    frame: { spec, helpName, flags, index: flagIndex(flags), values: parsed.values, set: parsed.set },
    positional: parsed.positional,
  };
}

/** Runs one leaf command: urfave's Command.Run. */
async function runLeaf<E>(
  parents: readonly Frame<E>[],
  command: CommandSpec<E>,
  args: readonly string[],
  io: CommandIO,
  env: E,
): Promise<number> {
  const parent = parents[parents.length - 1];
  const helpName = `${parent?.helpName ?? ''} ${command.name}`;
  const help = () => commandHelp(helpName, command);
  let parsed;
  try {
    parsed = parseFrame(command, helpName, [...(command.flags ?? []), HELP_FLAG], args, io, !command.skipArgReorder);
  } catch (err) {
    if (!(err instanceof FlagError)) throw err;
    io.stdout(`Incorrect Usage: ${err.message}\n\n${help()}`);
    throw new UsageError(err.message);
  }
  const { frame, positional } = parsed;
  if (frame.values.get('help') === true) {
    io.stdout(help());
    return 0;
  }
  const missing = missingRequired(command.flags ?? [], frame.set);
  if (missing) {
    io.stdout(help());
    throw new UsageError(missing);
  }
  const frames = [...parents, frame];
  if (!command.action) {
    // urfave's helpSubcommand action stands in for a command without one.
    if (positional.length > 0 && parent) return showCommandHelpByName(parent, positional[0] ?? '', io);
    io.stdout(help());
    return 0;
  }
  const code = await command.action(makeContext(frames, positional, io, env, help));
  return typeof code === 'number' ? code : 0;
}

/** The commands an app or group holds after urfave's setup (root gets `help, h`). */
function commandsOf<E>(frame: Frame<E>, isRoot: boolean): CommandSpec<E>[] {
  const own = [...(frame.spec.subcommands ?? [])];
  const hasHelp = findCommand(own, 'help') !== undefined;
  if (hasHelp) return own;
  return isRoot ? [...own, helpCommandSpec<E>()] : [...own, { ...helpCommandSpec<E>(), hidden: true }];
}

/** urfave's ShowCommandHelp(ctx, name): the CommandHelpTemplate of one command of `app`. */
function showCommandHelpByName<E>(app: Frame<E>, name: string, io: CommandIO): number {
  const command = findCommand(commandsOf(app, false), name);
  if (!command) throw new ExitCodeError(`No help topic for '${name}'`, 3);
  // The root app appends its help command after naming its commands, so that one has an
  // empty HelpName: `ctr help help` prints "NAME:\n    - Shows a list…" on the real ctr.
  const isRootHelp = command.name === 'help' && !app.helpName.includes(' ') && !(app.spec.subcommands ?? []).includes(command);
  io.stdout(commandHelp(isRootHelp ? '' : `${app.helpName} ${command.name}`, command));
  return 0;
}

/** Runs an app (root) or a command group: urfave's App.Run / App.RunAsSubcommand. */
async function runGroup<E>(
  parents: readonly Frame<E>[],
  spec: CommandSpec<E>,
  args: readonly string[],
  io: CommandIO,
  env: E,
  options: RunAppOptions<E>,
): Promise<number> {
  const isRoot = parents.length === 0;
  const helpName = isRoot ? spec.name : `${parents[parents.length - 1]?.helpName ?? ''} ${spec.name}`;
  const flags = [...(spec.flags ?? []), HELP_FLAG, ...(isRoot && options.version ? [VERSION_FLAG] : [])];
  const provisional: Frame<E> = { spec, helpName, flags, index: flagIndex(flags), values: new Map(), set: new Set() };
  const commands = commandsOf(provisional, isRoot);
  const help = () =>
    isRoot
      ? appHelp({ app: spec, version: options.version, flags, commands })
      : subcommandHelp(helpName, spec, flags);

  let parsed;
  try {
    parsed = parseFrame(spec, helpName, flags, args, io, false);
  } catch (err) {
    if (!(err instanceof FlagError)) throw err;
    // App.Run prints normalizeFlags' error and the app help; RunAsSubcommand adds a blank line (app.go:211, 335).
    if (err instanceof TwoFormsError) io.stdout(`${err.message}\n${isRoot ? '' : '\n'}${help()}`);
    else io.stdout(`Incorrect Usage. ${err.message}\n\n${help()}`);
    throw new UsageError(err.message);
  }
  const { frame, positional } = parsed;
  if (frame.values.get('help') === true) {
    io.stdout(help());
    return 0;
  }
  if (isRoot && options.version && frame.values.get('version') === true) {
    if (options.printVersion) options.printVersion(io);
    else io.stdout(`${spec.name} version ${options.version}\n`);
    return 0;
  }
  const missing = missingRequired(spec.flags ?? [], frame.set);
  if (missing) {
    io.stdout(help());
    throw new UsageError(missing);
  }
  const frames = [...parents, frame];
  if (isRoot && options.before) options.before(makeContext(frames, positional, io, env, help));
  const first = positional[0];
  if (first !== undefined) {
    const command = findCommand(commands, first);
    if (command && command.name === 'help' && !(spec.subcommands ?? []).includes(command)) {
      // The built-in help command: `ctr help`, `ctr help images`. Inside a group urfave runs
      // it with the group's own App, so `ctr images help` prints the *app* template for
      // "ctr images" (with [global options] and VERSION), as the real ctr does.
      const topic = positional[1];
      if (topic === undefined) {
        io.stdout(
          isRoot
            ? help()
            : appHelp({ app: { ...spec, name: helpName }, version: options.version, flags, commands }),
        );
        return 0;
      }
      return showCommandHelpByName(frame, topic, io);
    }
    if (command) {
      const rest = positional.slice(1);
      return command.subcommands && command.subcommands.length > 0
        ? runGroup(frames, command, rest, io, env, options)
        : runLeaf(frames, command, rest, io, env);
    }
  }
  if (spec.action) {
    const code = await spec.action(makeContext(frames, positional, io, env, help));
    return typeof code === 'number' ? code : 0;
  }
  // The default action (urfave's help command): a topic that is no command exits 3.
  if (first !== undefined) return showCommandHelpByName(frame, first, io);
  io.stdout(help());
  return 0;
}

/**
 * Runs `argv` (the arguments after the program name) against the app `app`, like
 * `app.Run(os.Args)` inside the tool's main(). Never rejects: errors reach `options.onError`.
 */
export async function runApp<E>(
  app: CommandSpec<E>,
  argv: readonly string[],
  io: CommandIO,
  env: E,
  options: RunAppOptions<E>,
): Promise<number> {
  try {
    return await runGroup([], app, argv, io, env, options);
  } catch (err) {
    return endUrfaveRun(err, io, options.onError, options.errWriter);
  }
}
