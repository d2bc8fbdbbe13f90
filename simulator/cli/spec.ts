// Command specs as data, one format for the three CLI dialects (urfave/cli v1 for ctr, v2 for
// crictl, cobra/pflag for nerdctl and docker). Help, flag parsing, completion and the notes'
// command table are all derived from these values; nothing about a command's interface is
// typed out twice. Fields marked with a dialect are read only by that dialect.

import type { TimeMode } from '../host/time-driver';

/**
 * Value types. urfave v1/v2 use the first eight; pflag adds stringArray (every occurrence kept
 * whole, where stringSlice splits on commas) and the sized integers docker declares.
 */
export type FlagKind =
  | 'bool'
  | 'string'
  | 'stringSlice'
  | 'int'
  | 'int64'
  | 'uint64'
  | 'float64'
  | 'duration'
  | 'stringArray'
  | 'int32'
  | 'uint'
  | 'uint16';

export interface FlagSpec {
  /** Canonical name first, then aliases, as urfave v1 writes them ("namespace, n"). Fixed. */
  names: readonly string[];
  kind: FlagKind;
  /** The help line after the names. */
  usage: string;
  /** Default value as urfave prints it in help and returns when unset (string "0s" for durations). */
  value?: string | number | boolean | readonly string[];
  /** Environment variable read when the flag is not given (shown as [$NAME] in help). */
  envVar?: string;
  /** Parsed but not listed in help. */
  hidden?: boolean;
  /**
   * cobra: listed in help only where this says no for the line's environment (docker's
   * hideUnsupportedFeatures: BuildKit-only flags without DOCKER_BUILDKIT, classic ones with it).
   * The flag parses either way.
   */
  hiddenIn?: (environ: Readonly<Record<string, string>>) => boolean;
  /**
   * Missing → urfave: help on stdout, then `<tool>: Required flag "<name>" not set`, exit 1;
   * cobra: the error `required flag(s) "<name>" not set`.
   */
  required?: boolean;
  /**
   * cobra: the type word pflag prints after the names in help when it is not the kind's own
   * (docker's `list`, `bytes`, `decimal`, `filter`…). The value still parses as `kind`.
   */
  typeName?: string;
  /** cobra: also offered to every subcommand (a persistent flag, "Global Flags" in help). */
  persistent?: boolean;
  /** cobra: the default as help prints it when it is not `value` (`[]`, `map[]`, a path). */
  defaultText?: string;
  /**
   * cobra: the shorthand still works but prints `Flag shorthand -h has been deprecated, <this>`,
   * and help shows the long name only (docker's `-h` for `--help`).
   */
  shorthandDeprecated?: string;
  /**
   * cobra: a separate flag that sets another flag's value, named by its first name (nerdctl's
   * `-n`/`--n` for --namespace and `--host` for --address share one variable in the real tool).
   */
  aliasOf?: string;
  /**
   * cobra: the value's own Set, for a docker opts type that checks what it is given (`--dns`'s
   * ValidateIPAddress, `--mount`'s MountOpt): the reason it refuses `raw`, or undefined. pflag
   * words the refusal `invalid argument "<raw>" for "--<name>" flag: <reason>`.
   */
  check?: (raw: string) => string | undefined;
}

/**
 * cobra: how many positional arguments a command takes. The dialect's style words the error
 * (docker: `"docker rm" requires at least 1 argument.`, cobra: `accepts 1 arg(s), received 0`).
 */
export interface ArgsRule {
  min?: number;
  max?: number;
}

/** What an action sees: urfave's *cli.Context, plus the simulated node and the IO of the line. */
export interface ActionContext<Env = unknown> {
  /** Positional arguments after flag parsing (urfave stops parsing flags at the first non-flag). */
  readonly args: readonly string[];
  /** Value of a flag of this command or of any parent command (urfave's GlobalXxx folded in). */
  bool(name: string): boolean;
  string(name: string): string;
  stringSlice(name: string): string[];
  /** int, int64 and uint64 flags; exact up to 2^53, the nearest double beyond. */
  int(name: string): number;
  /** float64 flags (Go's ParseFloat: may be ±Infinity or NaN, as Go accepts "inf" and "nan"). */
  float(name: string): number;
  duration(name: string): number; // milliseconds
  isSet(name: string): boolean;
  /** The full command path, e.g. ["ctr", "images", "pull"]. */
  readonly path: readonly string[];
  /** Help text of this command, for actions that print it themselves (e.g. on missing args). */
  helpText(): string;
  readonly io: CommandIO;
  readonly env: Env;
}

/** One command line's streams and surroundings. Plain callbacks: the simulator owns no terminal. */
export interface CommandIO {
  /** Writes text (a JS string of Unicode); a pipe or a file receives it encoded as UTF-8. */
  stdout(chunk: string): void;
  /**
   * Writes raw bytes to stdout: a binary string, one char per byte, the VFS's encoding (a layer
   * blob, a tar stream, a file's bytes). A pipe or a file receives them unchanged; the terminal
   * shows them decoded as UTF-8.
   */
  stdoutBytes(bytes: string): void;
  stderr(chunk: string): void;
  /** Everything piped into the command (empty on a terminal). */
  readonly stdin: string;
  /** True when stdout is a terminal: progress redraws, -t works, logrus uses its TTY form. */
  readonly isTTY: boolean;
  /**
   * True when stderr is a terminal, where it differs from stdout: a program whose stdout another
   * reads (buildctl under `nerdctl build`) still draws its progress on the terminal. Absent: as isTTY.
   */
  readonly stderrIsTTY?: boolean;
  /** Terminal width in columns; docker wraps flag help to it. Absent: 80, docker's fallback. */
  readonly columns?: number;
  /** Exported environment of the shell at this line (CONTAINERD_NAMESPACE, …). */
  readonly environ: Readonly<Record<string, string>>;
  /** The shell's working directory, for relative paths. */
  readonly cwd: string;
  /**
   * Let `ms` of the node's time pass (host/time-driver.ts): on a watched terminal it is real
   * waiting, in transcripts and tests the clock jumps at once. Timers due on the way run at
   * their moments. Throws InterruptedError (cli/interrupted.ts) when Ctrl-C ends the wait.
   */
  pace(ms: number): Promise<void>;
  /**
   * How this line's waits pass (real time or jumps), the Ctrl-C that aborts them, and the
   * deadline of an enclosing `timeout` (host/time-driver.ts's TimeMode).
   */
  readonly time: TimeMode & { readonly realTime: boolean };
  /**
   * Catches the signals sent to the running command, as a program with signal handlers does
   * (ctr forwards them to the task it is attached to): while set, Ctrl-C (`SIGINT`) and the
   * signal of an enclosing `timeout` call `handler` instead of ending the command. Returns the
   * function that gives them back.
   */
  onSignal?(handler: (signal: string) => void): () => void;
  /** True when Ctrl-C can reach this command (it runs on a terminal someone types at). */
  readonly interactive?: boolean;
  /**
   * Present only when the command runs alone on a terminal: lets `ctr run -t … sh` keep the
   * terminal for an inner program after its action returns. Absent in pipes and transcripts.
   */
  readonly terminal?: TerminalAttach;
  /**
   * Runs `command` as a child `sh -c` of this program on the node (ctr content edit's editor),
   * with this line's environment and directory; what it wrote comes back. A full-screen program
   * the child starts on the terminal is handed to `attach` instead, for the parent to pass the
   * terminal on and learn when it exits. Absent where no node shell runs the line.
   */
  readonly runChild?: (command: string, attach?: (program: InteractiveProgram) => void) => Promise<ChildResult>;
}

/** What a child command (CommandIO.runChild) wrote, and its exit status. */
export interface ChildResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface CommandSpec<Env = unknown> {
  name: string;
  aliases?: readonly string[];
  /** One-line summary shown in the parent's COMMANDS list and after "NAME:". */
  usage: string;
  /** Text after "[command options]" in USAGE. */
  argsUsage?: string;
  /** Shown under DESCRIPTION: verbatim. */
  description?: string;
  flags?: readonly FlagSpec[];
  subcommands?: readonly CommandSpec<Env>[];
  /** Runs the command. Return an exit code (default 0). Throw errdefs errors for failures. */
  action?: (c: ActionContext<Env>) => Promise<number | void> | number | void;
  hidden?: boolean;
  /** urfave's SkipFlagParsing: every argument is positional. */
  skipFlagParsing?: boolean;
  /**
   * Groups commands in help: urfave v2's Category, nerdctl's "management" annotation. Docker
   * derives its Management Commands from having subcommands and ignores this.
   */
  category?: string;
  /** cobra: positional argument count, checked before the action runs. */
  args?: ArgsRule;
  /** cobra: shown under "Examples:" in help, verbatim. */
  example?: string;
  /**
   * Flags end at the first positional argument. urfave v1's SkipArgReorder: by default a leaf
   * command's known flags are moved in front of its positionals before parsing (so
   * `ctr c create img id sh -c x` parses `-c`); `ctr run` and `ctr t exec` set this so
   * everything after the first positional reaches the process. cobra: SetInterspersed(false),
   * as `docker run` and `docker exec` do. urfave v2 always stops at the first positional.
   */
  skipArgReorder?: boolean;
  /** urfave v2's UseShortOptionHandling: `-aq` is `-a -q` when both are bool flags. */
  shortOptionHandling?: boolean;
}

/**
 * A program that keeps the terminal after its command line returns (`ctr run -t … sh`,
 * `ctr t exec -t … sh`): the session hands it every following line until it exits, and only
 * then reports the command's exit code. Only offered when the session is a terminal.
 */
export interface InteractiveProgram {
  /** Prompt printed before each line (`/ # ` for busybox sh). */
  prompt(): string;
  /**
   * Feeds one line; output goes through the chunks returned, or through `live.write` as it is
   * produced (real time on a terminal). `exitCode` set ⇒ it has exited. The line's waits use
   * the IO the session gives it now (`live.io`): Ctrl-C during the line ends them.
   */
  input(line: string, live?: LiveLine): Promise<{ stdout: string; stderr: string; exitCode?: number }>;
  /** Ctrl-C / Ctrl-D from the terminal. */
  interrupt(kind: 'SIGINT' | 'EOF'): Promise<{ stdout: string; stderr: string; exitCode?: number }>;
  /**
   * The key sequence this attach watches to detach (docker's escape proxy, Ctrl-P Ctrl-Q by
   * default): a terminal sends these keys to the program as typed instead of editing its line.
   */
  readonly detachKeys?: string;
}

/** What an attached program gets for one line: where output goes now, and how time passes. */
export interface LiveLine {
  write(text: string): void;
  pace(ms: number): Promise<void>;
  readonly time: CommandIO['time'];
}

/** Offered by the session to actions on a terminal; absent in pipes and transcripts. */
interface TerminalAttach {
  attach(program: InteractiveProgram): void;
}
