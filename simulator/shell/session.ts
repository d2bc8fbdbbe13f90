// The node's login shell: just-bash behind our ShellSession interface. just-bash forgets cwd
// and variables between exec() calls, so each line is wrapped: a prefix restores the shell
// variables (exported or not) and `$?`, and a suffix command captures them again, keeping the
// line's own exit code. Files live in NodeState through NodeFileSystem.
//
// That costs about a millisecond a line. The commonest line, one of our programs with literal
// words (`ctr i ls`), takes a fast path instead: the program runs directly with the IO, TTY
// rules, history, `$?` and variable bookkeeping the shell path would give it. The variables
// the shell would capture afterwards are derived, not captured: our programs cannot change
// the shell's variables or cwd, so they are the line's starting ones, seen through just-bash's
// initial environment (see shell-variables.ts). tests/property/fast-path.test.ts proves both
// paths alike on the transcripts' and oracle scripts' lines.

import { Bash, type ResolvedCommandContext, decodeBytesToUtf8, defineCommand, latin1FromBytes } from 'just-bash';
import type { ChildResult, CommandIO, InteractiveProgram } from '../cli/spec';
import { InterruptedError, SIGINT_EXIT_CODE } from '../cli/interrupted';
import { HOME } from '../host/node-files';
import { settle, workInFlight } from '../host/scheduler';
import { catchUp, letTimePass, type TimeMode } from '../host/time-driver';
import '../node-daemons';
import { installNodePlugins, loadNodeDaemons, nodeDaemonsLoaded } from '../node-plugins';
import { binaryToText, textToBinary } from '../host/vfs';
import { keepLast } from '../host/keep-last';
import { redirectionError } from './node-file-system';
import { initialNodeState } from '../initial-state';
import { type Node, makeNode, notifyListeners } from '../node';
import type { Deadline, DirectRun, InvocationIO, ShellCommandFactory, ShellCommandHost } from './commands/command-host';
import { asChildProcess, sharedStateOf } from './commands/child-shell';
import { complete } from './complete';
import { streamingLine } from './loop-stream';
import { NodeFileSystem } from './node-file-system';
import { NODE_UTILITIES } from './node-commands';
import { BUILTIN_VIEW_NAMES, builtinViewCommands, rerouteBuiltins } from './commands/builtin-views';
import { TOOL_EXEC, firstOnPath, routeToolCommands, toolExecCommands } from './commands/tool-exec';
import { markHeadWriters, takeReaderMarker, withSigpipe } from './commands/pipe-writer';
import { keepStderrInOrder, takeStderrInStdout } from './merged-stderr';
import { STAND_IN_EXEC } from '../host/releases/index';
import { EXECUTION_LIMITS, LineLimits, STOPPED_EXIT } from './limits';
import { SHELL_PROGRAMS, toolPrograms } from './programs';
import { NODE_TOOLS } from '../tools/registry';
import { runsFromFile, type ToolEntry } from '../tools/tool';
import { loneCommandName, needsMoreInput, syntaxErrorMessage } from './line-analysis';
import { HISTSIZE, LINE_TOO_LONG_EXIT, type RestoredSession, lineTooLongMessage, makeSaved, restoreSaved } from './saved-session';
import type { LineResult, RunOptions, SavedSession, SessionActivity, ShellSession, Stream } from './session-types';
import {
  BASELINE_ENV,
  type Capture,
  INITIALLY_EXPORTED,
  derivable,
  derivedCapture,
  directProgram,
  emptyRecord,
  isCarriedVariableName,
  keptVariables,
  shellQuote,
  statusCommand,
} from './shell-variables';

export interface ShellSessionOptions {
  seed?: number;
  now?: () => number;
  /** A previous session's save(); ignored (fresh node) when unreadable, unless rejectDamagedSave. */
  saved?: unknown;
  /**
   * Throw DamagedSaveError instead of silently starting fresh when `saved` is given but cannot
   * be restored, so a UI can tell the user their node was dropped.
   */
  rejectDamagedSave?: boolean;
  /** Programs added to (or replacing) the node's own, by name: tests. */
  programs?: Readonly<Record<string, ShellCommandFactory>>;
  /** Tools added to the node's registry (tools/registry.ts): on PATH and completed like ctr. */
  tools?: readonly ToolEntry[];
  /** Run plain lines of our programs without the shell interpreter (default true). */
  fastPath?: boolean;
  /**
   * Log in to this existing node instead of building one (`saved` and `seed` are then
   * ignored): a second terminal on node1, with its own cwd, variables and history.
   */
  node?: Node;
  /**
   * Read the wall clock once, at start: from then on the node's time moves only as the node
   * lets it pass (a `sleep` jumps it), so a transcript gives the same answers however slow the
   * machine running it is. The REPL's transcript mode and tests use it.
   */
  frozenClock?: boolean;
}

/** What just-bash prints when its run is aborted; Ctrl-C in bash prints nothing of the kind. */
const ABORTED_BY_LIBRARY = 'bash: execution aborted\n';
const CAPTURE = '__ctrlab_capture';
/** A variable longer than this reaches the next line through its environment, not its script. */
const PREFIX_VALUE_LIMIT = 64 * 1024;
/** How long a printing line may keep the thread before it lets the event loop run once. */
const BREATHE_EVERY_MS = 25;
const SET_STATUS = '__ctrlab_status';
/** Output of one line: streamed chunks in order, and what stays captured for the result. */
interface LineOutput {
  options: RunOptions;
  /** The line is one command of ours writing straight to the terminal. */
  direct: boolean;
  chunks: Array<{ chunk: string; stream: Stream }>;
}

/** The line in the foreground: Ctrl-C aborts it, unless a program took SIGINT for itself. */
interface Foreground {
  abort: AbortController;
  /** The running program's signal handler (onSignal), if it took signals. */
  handler?: (signal: string) => void;
  /** Wall-clock start of the line, and the end of the real-time wait in progress. */
  sinceMs: number;
  untilMs?: number;
}

/** A `timeout` running now: its moment, its signal, and what ends the command under it. */
interface DeadlineEntry extends Deadline {
  fired: boolean;
}

/**
 * A line that may mark a variable readonly: `readonly`, `declare -r`/`typeset -r`, or code the
 * line does not show (`eval`, a sourced file).
 */
const MAY_SET_READONLY = /\b(?:readonly|declare|typeset|eval|source)\b|(?:^|[\s;&|({])\.\s/;

/** The user's readonly variables in `readonly -p` output (not those the shell marks itself). */
function readonlyNamesIn(listing: string): Set<string> {
  const names = new Set<string>();
  for (const m of listing.matchAll(/^declare -[A-Za-z]*r[A-Za-z]* ([A-Za-z_][A-Za-z0-9_]*)/gm)) {
    if (m[1] && isCarriedVariableName(m[1])) names.add(m[1]);
  }
  return names;
}

/** A clock that always reads what `now` read the first time. */
function frozen(now: () => number): () => number {
  const at = now();
  return () => at;
}

/** A saved session that is foreign, outdated or damaged (see saved-state-check.ts). */
class DamagedSaveError extends Error {
  constructor() {
    super('the saved session cannot be restored');
    this.name = 'DamagedSaveError';
  }
}

class Session implements ShellSession {
  private bash: Bash;
  private cwd: string;
  private vars: Record<string, string>;
  private exported: Set<string>;
  private lines: string[];
  private lastExit = 0;
  private attached: InteractiveProgram | undefined;
  /** Where a running child's full-screen program goes instead of the terminal (runChild). */
  private childAttach: ((program: InteractiveProgram) => void) | undefined;
  private current: LineOutput | undefined;
  private foreground: Foreground | undefined;
  /** Deadlines of the `timeout` commands running now, outermost first. */
  private deadlines: DeadlineEntry[] = [];
  private capture: Capture | undefined;
  /** Variables made readonly in this shell (`readonly x=1`), as the last capture listed them. */
  private readonlyNames = new Set<string>();
  /** The running line's limits: notes to print, a stopped pipeline's readers (limits.ts). */
  private readonly limits: LineLimits;
  /** Tools whose binary lives outside /bin and /usr/bin (commands/tool-exec.ts): nerdctl. */
  private readonly offBin: ReadonlySet<string>;
  /** The environment every exec starts from (just-bash's initial one). */
  private baseEnv: Record<string, string> = {};
  /**
   * The variables are the shell's own (fresh, or captured since), not a saved session's
   * unchecked ones, and every exported name has a value we know without the shell: only then
   * may a line take the fast path. Saved data goes through the shell once first.
   */
  private settled = false;
  /**
   * The names just-bash exports, in its order, as the last capture saw them. Unlike values,
   * just-bash keeps its export list from one exec to the next (`export -n`, `unset` and
   * `export` of a line stay in force), so this is what the next line starts with.
   */
  private exportedNames: string[] = [...INITIALLY_EXPORTED];
  /** The last derived report of a direct line (derivedBefore). */
  private derived: DerivedReport | undefined;
  readonly node: Node;
  private readonly programs: Readonly<Record<string, ShellCommandFactory>>;
  private readonly tools: readonly ToolEntry[];
  private readonly fastPath: boolean;

  constructor(options: ShellSessionOptions) {
    this.tools = [...NODE_TOOLS, ...(options.tools ?? [])];
    this.programs = { ...SHELL_PROGRAMS, ...toolPrograms(options.tools ?? []), ...options.programs };
    this.offBin = new Set(this.tools.filter(runsFromFile).map((t) => t.name));
    const routeTools = routeToolCommands(this.offBin, new Set(Object.keys(this.programs)));
    // Programs that open their IO through the session (openIO), which takes a marker out of
    // their environment: only they are marked (env or printenv would print it).
    const takers = new Set(Object.entries(this.programs).filter(([name, f]) => f.direct !== undefined || name === 'ls').map(([name]) => name));
    const markWriters = markHeadWriters(takers);
    const inOrder = keepStderrInOrder(takers);
    this.limits = new LineLimits({ capture: CAPTURE, status: ['true', 'false', SET_STATUS] }, (node) => {
      rerouteBuiltins(node);
      markWriters(node);
      inOrder(node);
      routeTools(node);
    });
    this.fastPath = options.fastPath ?? true;
    const now = options.frozenClock ? frozen(options.now ?? Date.now) : (options.now ?? Date.now);
    const restored = options.node ? undefined : restoreSaved(options.saved);
    if (!options.node && options.rejectDamagedSave && options.saved !== undefined && restored === undefined) throw new DamagedSaveError();
    this.node = installNodePlugins(options.node ?? makeNode(restored?.node ?? initialNodeState(options.seed ?? now() >>> 0, now()), now));
    this.cwd = restored?.cwd ?? HOME;
    this.vars = restored?.env ?? emptyRecord();
    this.exported = new Set(restored?.exported ?? Object.keys(this.vars));
    this.lines = restored?.history ?? [];
    // A fresh session's empty variables are what the shell itself would start from.
    this.settled = restored === undefined;
    this.bash = this.makeBash();
  }

  private makeBash(): Bash {
    const host: ShellCommandHost = {
      node: this.node,
      openIO: (ctx) => this.openIO(ctx),
      underDeadline: (deadline, run) => this.underDeadline(deadline, run),
      directRun: (name) => (Object.hasOwn(this.programs, name) ? this.programs[name]?.direct : undefined),
      childProcess: (exported, run) => asChildProcess(sharedStateOf(this.bash), exported, run),
    };
    // A tool run from its file (off /usr/bin, or file-backed) is not registered: it runs only
    // through its file (commands/tool-exec.ts), as the same command.
    const built = new Map(Object.entries(this.programs).map(([name, make]) => [name, make(host)]));
    const programs = [...built].filter(([name]) => !this.offBin.has(name)).map(([, command]) => command);
    const onBin = new Set(this.programNames());
    const internals = [
      defineCommand(CAPTURE, async (args, ctx) => {
        const env = emptyRecord();
        // forEach, not for…of: just-bash hands a command its context wrapped, and iterating the
        // wrapped Map copies every entry and iterator result (a tenth of a millisecond a line);
        // forEach is one wrapped call whose callback sees the plain strings.
        ctx.env.forEach((v, k) => {
          env[k] = v;
        });
        this.capture = {
          cwd: ctx.cwd,
          env,
          exported: Object.keys(ctx.exportedEnv ?? {}),
          exitCode: Number(args[0] ?? 0) || 0,
        };
        // bash never drops a readonly flag, so a listing that misses one (a line whose `exec`
        // moved the shell's output) does not clear it either.
        for (const name of readonlyNamesIn(args[1] ?? '')) this.readonlyNames.add(name);
        return { stdout: '', stderr: '', exitCode: this.capture.exitCode };
      }),
      ...toolExecCommands(host, onBin, (name) => built.get(name)),
      defineCommand(SET_STATUS, async (args) => ({ stdout: '', stderr: '', exitCode: Number(args[0] ?? 0) || 0 })),
      defineCommand('history', async () => ({
        stdout: this.lines.map((l, i) => `${String(i + 1).padStart(5)}  ${l}\n`).join(''),
        stderr: '',
        exitCode: 0,
      })),
    ];
    const bash = new Bash({
      fs: new NodeFileSystem(this.node, new Set([...NODE_UTILITIES, ...this.programNames(), 'history', CAPTURE, SET_STATUS, TOOL_EXEC, STAND_IN_EXEC, ...BUILTIN_VIEW_NAMES]), (note) =>
        this.limits.note(note),
      (binary) => this.toTerminal(binary),
      ),
      // Only the utilities a bookworm node has (node-commands.ts).
      commands: [...NODE_UTILITIES],
      executionLimits: EXECUTION_LIMITS,
      cwd: this.cwd,
      // OLDPWD exported but empty until the first cd, as bash has it.
      env: { ...BASELINE_ENV, HOSTNAME: this.node.state.host.hostname, OLDPWD: '' },
      customCommands: [...programs, ...internals, ...builtinViewCommands()],
      // An interrupted sleep just returns: the aborted signal then stops the rest of the line.
      sleep: (ms) => this.pace(ms).catch(() => undefined),
      processInfo: { pid: 4242, ppid: 4241, uid: 0, gid: 0 },
      // The defense-in-depth box blocks host globals such as setTimeout while a script runs:
      // that would break real-time pacing and any UI timer firing during a command. No guest
      // code runs here (no js-exec or python), only our own trusted programs and builtins.
      defenseInDepth: false,
    });
    bash.registerTransformPlugin(this.limits.plugin());
    this.baseEnv = { ...bash.getEnv() };
    return bash;
  }

  /**
   * What a line writes to /dev/tty: on the terminal at once (a streamed loop's rounds), else
   * with the line's output. A busy line breathes here now and then, so the host's event loop
   * (a worker reading a Ctrl-C, a page painting) gets a turn while a loop prints.
   */
  private async toTerminal(binary: string): Promise<void> {
    const line = this.current;
    if (!line || binary === '') return;
    const text = binaryToText(binary);
    line.chunks.push({ chunk: text, stream: 'stdout' });
    if (line.options.tty) line.options.onOutput?.(text, 'stdout');
    await this.breathe();
  }

  private breathedAt = 0;

  /** A macrotask's pause when the line has kept the thread for a while (BREATHE_EVERY_MS). */
  private async breathe(): Promise<void> {
    const now = this.node.wallMs();
    if (now - this.breathedAt < BREATHE_EVERY_MS) return;
    this.breathedAt = now;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }

  /** The programs the shell library runs by name (every program but the off-bin tools). */
  private programNames(): string[] {
    return Object.keys(this.programs).filter((name) => !this.offBin.has(name));
  }

  /** How this line's time passes: really on a watched terminal, by jumps elsewhere. */
  private timeMode(): TimeMode & { realTime: boolean } {
    const realTime = this.current?.options.realTime === true;
    const line = this.foreground?.abort.signal;
    const live = this.deadlines.filter((d) => !d.fired);
    const nearest = live.reduce<DeadlineEntry | undefined>((a, d) => (a && a.atMs <= d.atMs ? a : d), undefined);
    // Each `timeout` ends its command when the line or an outer `timeout` ends (timeout.ts ties
    // its abort to its own context's), so the innermost one's signal covers them all.
    const signal = this.deadlines.at(-1)?.abort.signal ?? line;
    if (!nearest) return { realTime, signal };
    return { realTime, signal, deadline: { atMs: nearest.atMs, expire: () => this.expire(nearest) } };
  }

  /**
   * A `timeout` deadline has come: its signal goes to the running program if it catches
   * signals (true: the command goes on), else the command under the deadline is ended.
   */
  private expire(entry: DeadlineEntry): boolean {
    // timeout sends its signal once; a wait that meets the deadline again only learns the outcome.
    if (entry.fired) return !entry.abort.signal.aborted;
    entry.fired = true;
    const handler = this.foreground?.handler;
    if (handler && entry.signal !== 'SIGKILL') {
      handler(entry.signal);
      return true;
    }
    entry.abort.abort();
    return false;
  }

  /** Runs `run` under a deadline on the node's clock (`timeout`); says whether it came. */
  private async underDeadline<T>(deadline: Deadline, run: () => Promise<T>): Promise<{ result: T; fired: boolean }> {
    const entry: DeadlineEntry = { ...deadline, fired: false };
    this.deadlines.push(entry);
    try {
      const result = await run();
      return { result, fired: entry.fired };
    } finally {
      this.deadlines = this.deadlines.filter((d) => d !== entry);
    }
  }

  /** Lets `ms` of the node's time pass; throws InterruptedError when Ctrl-C ends the wait. */
  private async pace(ms: number): Promise<void> {
    const mode = this.timeMode();
    const line = this.foreground;
    if (line && mode.realTime) line.untilMs = this.node.wallMs() + ms;
    try {
      const finished = await letTimePass(this.node, ms, mode);
      if (!finished || mode.signal?.aborted) throw new InterruptedError();
    } finally {
      if (line) line.untilMs = undefined;
    }
  }

  activity(): SessionActivity | undefined {
    const line = this.foreground;
    return line ? { sinceMs: line.sinceMs, untilMs: line.untilMs } : undefined;
  }

  /** Gives the signals sent to the foreground line to `handler` until the returned function is called. */
  private takeSignals(handler: (signal: string) => void): () => void {
    const line = this.foreground;
    if (!line) return () => undefined;
    line.handler = handler;
    return () => {
      if (line.handler === handler) line.handler = undefined;
    };
  }

  private openIO(ctx: ResolvedCommandContext): InvocationIO {
    const environ = { ...(ctx.exportedEnv ?? {}) };
    // A writer into `| head`: SIGPIPE once head has all it takes (commands/pipe-writer.ts).
    const takes = takeReaderMarker(environ);
    const merged = takeStderrInStdout(environ);
    const made = this.makeIO(decodeBytesToUtf8(ctx.stdin), environ, ctx.cwd, merged);
    const inv = takes ? withSigpipe(made, takes) : made;
    return { ...inv, stdinBytes: latin1FromBytes(ctx.stdin) };
  }

  /**
   * One invocation's IO: streamed to the terminal for a lone command, captured otherwise.
   * `merged`: its stderr goes where its stdout goes (2>&1), so it is written there in turn.
   */
  private makeIO(stdin: string, environ: Record<string, string>, cwd: string, merged = false): Omit<InvocationIO, 'stdinBytes'> {
    const line = this.current;
    const direct = line?.direct === true;
    let stdout = '';
    let stderr = '';
    // `bytes` says which channel the program wrote to: stdoutBytes() holds a binary string,
    // stdout() and stderr() hold text.
    const emit = (chunk: string, written: Stream, bytes: boolean) => {
      if (chunk === '') return;
      const stream: Stream = merged ? 'stdout' : written;
      if (direct && line) {
        const text = bytes ? binaryToText(chunk) : chunk;
        line.chunks.push({ chunk: text, stream });
        if (line.options.tty) line.options.onOutput?.(text, stream);
      } else if (stream === 'stdout') stdout += bytes ? chunk : textToBinary(chunk);
      else stderr += chunk;
    };
    const tty = direct && line?.options.tty === true;
    const io: CommandIO = {
      stdout: (c) => emit(c, 'stdout', false),
      stdoutBytes: (b) => emit(b, 'stdout', true),
      stderr: (c) => emit(c, 'stderr', false),
      stdin,
      isTTY: tty,
      environ,
      cwd,
      pace: (ms) => this.pace(ms),
      time: this.timeMode(),
      onSignal: (handler) => this.takeSignals(handler),
      interactive: line?.options.tty === true,
      // A child's full-screen program goes to the parent that started it (runChild).
      terminal: tty ? { attach: (program) => (this.childAttach ? this.childAttach(program) : (this.attached = program)) } : undefined,
      runChild: (command, attach) => this.runChild(command, cwd, environ, attach),
    };
    // A pipe carries bytes: what stays captured goes on as bytes, so `ctr content get | sha256sum`
    // hashes the blob itself while text still arrives as UTF-8.
    // (just-bash's bytesOutput() marks output this way; its browser entry does not export it.)
    return { io, result: (exitCode) => ({ stdout, stdoutKind: 'bytes', stdoutEncoding: 'binary', stderr, exitCode }) };
  }

  /**
   * A program's child `sh -c COMMAND` (ctr content edit's editor): the node's shell runs it in
   * the program's directory and environment, inside the program's own line (its output streams
   * where the program's does, or comes back captured). A full-screen program it attaches goes
   * to `attach` rather than to the terminal.
   */
  private async runChild(command: string, cwd: string, environ: Record<string, string>, attach?: (program: InteractiveProgram) => void): Promise<ChildResult> {
    const outer = this.childAttach;
    this.childAttach = attach;
    try {
      const r = await this.bash.exec(`sh -c ${shellQuote(command)}`, { cwd, env: environ, signal: this.foreground?.abort.signal });
      return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
    } finally {
      this.childAttach = outer;
    }
  }

  detachKeys(): string | undefined {
    return this.attached?.detachKeys;
  }

  prompt(): string {
    if (this.attached) return this.attached.prompt();
    const cwd = this.cwd === HOME ? '~' : this.cwd.startsWith(`${HOME}/`) ? `~${this.cwd.slice(HOME.length)}` : this.cwd;
    return `root@${this.node.state.host.hostname}:${cwd}# `;
  }

  needsMoreInput(line: string): boolean {
    if (this.attached) return false;
    return needsMoreInput(line);
  }

  history(): readonly string[] {
    return this.lines;
  }

  async complete(lineBeforeCursor: string): Promise<string[]> {
    if (this.attached) return [];
    // A tool run from its file is offered only while that file is on the PATH, as bash's
    // completion offers what the PATH directories hold.
    const path = this.vars.PATH ?? BASELINE_ENV.PATH ?? '';
    const onPath = (name: string) => !this.offBin.has(name) || firstOnPath(this.node.state.host.files, name, path, this.cwd) !== undefined;
    const commandNames = [
      ...NODE_UTILITIES,
      ...Object.keys(this.programs).filter(onPath),
      'cd', 'export', 'unset', 'exit', 'history', 'source', 'type', 'alias',
    ];
    return complete({ node: this.node, cwd: this.cwd, commandNames, tools: this.tools }, lineBeforeCursor);
  }

  save(): SavedSession {
    return makeSaved(this.snapshot());
  }

  saveForStorage(): SavedSession {
    return makeSaved(this.snapshot(), { nodeAsText: true });
  }

  /** The session as it stands (the live node, not a copy): what a save is made of. */
  snapshot(): RestoredSession {
    return { node: this.node.state, cwd: this.cwd, env: this.vars, exported: [...this.exported], history: this.lines };
  }

  async interrupt(kind: 'SIGINT' | 'EOF'): Promise<LineResult> {
    const program = this.attached;
    const line = this.foreground;
    // A line running in the foreground, in the login shell or in an attached program's.
    if (line && kind === 'SIGINT' && (!program || this.current)) {
      // A program that catches SIGINT handles it; otherwise the whole line ends, as bash
      // abandons a list whose foreground job was killed by SIGINT.
      if (line.handler) line.handler('SIGINT');
      else line.abort.abort();
      return { stdout: '', stderr: '', exitCode: SIGINT_EXIT_CODE };
    }
    if (!program) return { stdout: '', stderr: '', exitCode: kind === 'SIGINT' ? SIGINT_EXIT_CODE : 0 };
    try {
      const r = await program.interrupt(kind);
      return this.afterProgram(r, {});
    } catch (err) {
      this.attached = undefined;
      return { stdout: '', stderr: `internal simulator error: ${String(err)}\n`, exitCode: 1 };
    }
  }

  private afterProgram(r: { stdout: string; stderr: string; exitCode?: number }, options: RunOptions): LineResult {
    if (r.stdout) options.onOutput?.(r.stdout, 'stdout');
    if (r.stderr) options.onOutput?.(r.stderr, 'stderr');
    if (r.exitCode !== undefined) {
      this.attached = undefined;
      this.lastExit = r.exitCode;
    }
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode ?? 0 };
  }

  async run(line: string, options: RunOptions = {}): Promise<LineResult> {
    this.foreground = { abort: new AbortController(), sinceMs: this.node.wallMs() };
    try {
      // The daemons' code (node-plugins.ts) is on the node before anything happens on it.
      if (!nodeDaemonsLoaded()) await loadNodeDaemons();
      // Whatever came due while the prompt waited (the wall clock moved) happens first,
      // the async work of those timers (the kubelet's sync) included.
      catchUp(this.node);
      if (workInFlight(this.node)) await settle(this.node);
      if (this.attached) return await this.runAttached(this.attached, line, options);
      return await this.runShellLine(line, options);
    } catch (err) {
      // Nothing may escape to the terminal: report and keep the session alive. just-bash lets
      // a redirection it cannot open (`> nodir/x`) escape as the file system's error; bash
      // reports it as `bash: nodir/x: No such file or directory`.
      const detail = err instanceof Error ? err.message : String(err);
      const stderr = redirectionError(err, this.cwd) ?? `bash: internal simulator error: ${detail.split('\n')[0] ?? ''}\n`;
      options.onOutput?.(stderr, 'stderr');
      this.current = undefined;
      this.lastExit = 1;
      return { stdout: '', stderr, exitCode: 1 };
    } finally {
      this.foreground = undefined;
      // What the line made due at its last moment (a process that exited at once) happens now,
      // and whoever waits on this node (another terminal's attached ctr) looks again.
      catchUp(this.node);
      notifyListeners(this.node);
    }
  }

  /** A line typed to an attached program (`ctr run -t … sh`): its waits are this line's. */
  private async runAttached(program: InteractiveProgram, line: string, options: RunOptions): Promise<LineResult> {
    this.current = { options, direct: true, chunks: [] };
    try {
      const live = {
        write: (text: string) => {
          if (text !== '') options.onOutput?.(text, 'stdout');
        },
        pace: (ms: number) => this.pace(ms),
        time: this.timeMode(),
      };
      return this.afterProgram(await program.input(line, live), options);
    } finally {
      this.current = undefined;
    }
  }

  private async runShellLine(line: string, options: RunOptions): Promise<LineResult> {
    // Refused before history: a line kept there would be in every later save.
    const tooLong = lineTooLongMessage(line);
    if (tooLong !== undefined) {
      options.onOutput?.(tooLong, 'stderr');
      this.lastExit = LINE_TOO_LONG_EXIT;
      return { stdout: '', stderr: tooLong, exitCode: LINE_TOO_LONG_EXIT };
    }
    if (line.trim() !== '' && !line.startsWith(' ')) {
      this.lines.push(line);
      // bash keeps HISTSIZE lines in memory and writes no more than that to its history file.
      keepLast(this.lines, HISTSIZE);
    }
    if (line.trim() === '') return { stdout: '', stderr: '', exitCode: this.lastExit };
    const fast = this.directCall(line);
    if (fast) return this.runDirect(fast.run, fast.args, options, fast.stdin);

    // A line that does not parse never reaches the shell: bash reports it and sets `$?` to 2.
    const syntax = syntaxErrorMessage(line);
    if (syntax !== undefined) {
      options.onOutput?.(syntax, 'stderr');
      this.lastExit = 2;
      return { stdout: '', stderr: syntax, exitCode: 2 };
    }
    const name = loneCommandName(line);
    const direct = name !== undefined && Object.hasOwn(this.programs, name);
    const output: LineOutput = { options, direct, chunks: [] };
    this.current = output;
    this.capture = undefined;

    // Only names by bash's rule reach the script: a name is written unquoted.
    this.forgetReadonlyFlags();
    const { prefix, envValues } = this.variablePrefix();
    // On a terminal, each round of a top-level loop reaches the screen when it ends (loop-stream.ts).
    const text = options.tty && !direct ? (streamingLine(line) ?? line) : line;
    // Listing the readonly variables costs a substitution (about a fifth of a plain line), so it
    // is asked only of a line that can make one; the session keeps the names it already knows.
    const readonly = MAY_SET_READONLY.test(line) ? ' "$(readonly -p)"' : '';
    const script = `${prefix}${statusCommand(this.lastExit, SET_STATUS)}; ${text}\n${CAPTURE} $?${readonly}\n`;
    const signal = this.foreground?.abort.signal;
    this.limits.begin();
    const exec = (stdin?: string) => this.bash.exec(script, { cwd: this.cwd, rawScript: true, signal, stdin, env: envValues });
    // A limit that stopped the line speaks in our words; a stopped pipeline's readers get its output.
    const result = await this.limits.settle(await exec(), exec, () => signal?.aborted === true);
    this.current = undefined;
    // Ctrl-C ended the line: bash prints nothing more (the terminal showed ^C) and `$?` is 130.
    // The capture never ran, so the shell keeps the variables and cwd it had before the line.
    const interrupted = signal?.aborted === true;
    if (interrupted && result.stderr.endsWith(ABORTED_BY_LIBRARY)) result.stderr = result.stderr.slice(0, -ABORTED_BY_LIBRARY.length);

    const cap = interrupted ? undefined : (this.capture as Capture | undefined);
    if (cap) this.remember(cap);
    const exitCode = interrupted ? SIGINT_EXIT_CODE : result.stopped ? STOPPED_EXIT : cap ? cap.exitCode : result.exitCode;
    this.lastExit = exitCode;

    // Streamed chunks went out as produced on a TTY; otherwise all output leaves now, in order.
    if (!options.tty) for (const c of output.chunks) options.onOutput?.(c.chunk, c.stream);
    if (result.stdout) options.onOutput?.(result.stdout, 'stdout');
    if (result.stderr) options.onOutput?.(result.stderr, 'stderr');
    const streamed = (s: Stream) => output.chunks.filter((c) => c.stream === s).map((c) => c.chunk).join('');
    return { stdout: streamed('stdout') + result.stdout, stderr: streamed('stderr') + result.stderr, exitCode };
  }

  /**
   * How the line gets the session's variables back: assignments in a prefix, except for a value
   * too big for the library's parser (about 1 MB of script), which would make every later line
   * fail to parse. Those come through the run's environment instead, which exports them, so the
   * ones that were not exported are un-exported again. Only names by bash's rule are written
   * into the script.
   */
  private variablePrefix(): { prefix: string; envValues: Record<string, string> } {
    const envValues = emptyRecord();
    const unexport: string[] = [];
    let prefix = '';
    for (const [k, v] of Object.entries(this.vars)) {
      if (!isCarriedVariableName(k)) continue;
      if (v.length > PREFIX_VALUE_LIMIT) {
        envValues[k] = v;
        if (!this.exported.has(k)) unexport.push(k);
      } else {
        prefix += `${this.exported.has(k) ? 'export ' : ''}${k}=${shellQuote(v)}; `;
      }
    }
    if (unexport.length > 0) prefix += `export -n ${unexport.join(' ')}; `;
    // Readonly last, once the values are in (see forgetReadonlyFlags).
    if (this.readonlyNames.size > 0) prefix += `readonly ${[...this.readonlyNames].join(' ')}; `;
    return { prefix, envValues };
  }

  /**
   * The library keeps a variable's readonly flag from one run to the next but not its value,
   * and refuses to put the value back (even HOME, which it resets itself). So the session keeps
   * the flags: after a line that left readonly variables the shell starts afresh, and the next
   * line's prefix marks them again once their values are in (variablePrefix).
   */
  private forgetReadonlyFlags(): void {
    if (this.readonlyNames.size > 0) this.bash = this.makeBash();
  }

  /** The program and arguments when `line` may skip the shell (see the header comment). */
  private directCall(line: string): { run: DirectRun; args: string[]; stdin?: string } | undefined {
    if (!this.fastPath || !this.settled) return undefined;
    return directProgram(line, this.programs, this.vars, this.node.state.host.files, this.offBin);
  }

  /**
   * Runs a program of ours as the shell would for a lone literal command line, or at the end of
   * `echo … | program …` when `stdin` is what echo wrote: then the output is captured, not
   * streamed (the shell hands it over when the pipeline ends: all of stdout, then all of stderr).
   */
  private async runDirect(run: DirectRun, args: string[], options: RunOptions, stdin?: string): Promise<LineResult> {
    const piped = stdin !== undefined;
    const output: LineOutput = { options, direct: !piped, chunks: [] };
    this.current = output;
    this.capture = undefined;
    const derived = this.derivedBefore();
    const inv = this.makeIO(stdin ?? '', { ...derived.environ }, this.cwd);
    const code = await run(args, inv.io, this.node, piped ? textToBinary(stdin) : '');
    this.current = undefined;
    // `$?` as the shell's capture reads it back.
    const exitCode = Number(code) || 0;
    this.rememberDerived(derived, exitCode);
    this.lastExit = exitCode;

    if (piped) {
      const captured = inv.result(exitCode);
      output.chunks.push({ chunk: binaryToText(captured.stdout), stream: 'stdout' }, { chunk: captured.stderr, stream: 'stderr' });
      output.chunks = output.chunks.filter((c) => c.chunk !== '');
    }
    if (!options.tty || piped) for (const c of output.chunks) options.onOutput?.(c.chunk, c.stream);
    const streamed = (s: Stream) => output.chunks.filter((c) => c.stream === s).map((c) => c.chunk).join('');
    return { stdout: streamed('stdout'), stderr: streamed('stderr'), exitCode };
  }

  /**
   * The report the shell would give before a direct line, and the environment the program gets.
   * Both follow from the carried variables, the cwd and the exported names alone, so they are
   * kept while those stay the same objects: lone commands in a row (the common case) then pay
   * neither the copy of the library's environment nor the re-derivation of the variables.
   */
  private derivedBefore(): DerivedReport {
    const known = this.derived;
    if (known && known.vars === this.vars && known.cwd === this.cwd && known.exportedNames === this.exportedNames) return known;
    const before = derivedCapture(this.baseEnv, this.cwd, this.vars, this.exportedNames, 0);
    const environ: Record<string, string> = {};
    for (const k of before.exported) environ[k] = before.env[k] ?? '';
    this.derived = { vars: this.vars, cwd: this.cwd, exportedNames: this.exportedNames, before, environ, fixed: false };
    return this.derived;
  }

  /**
   * remember() for a direct line. A program of ours changes no variable, so once remembering the
   * derived report gave back what it was derived from (a fixed point), later direct lines keep
   * the session's state as it is.
   */
  private rememberDerived(derived: DerivedReport, exitCode: number): void {
    if (derived.fixed && this.derived === derived) return;
    this.remember({ ...derived.before, exitCode });
    if (this.settled && this.cwd === derived.cwd && sameStrings(this.exportedNames, derived.exportedNames) && sameRecord(this.vars, derived.vars)) {
      this.vars = derived.vars;
      this.exportedNames = derived.exportedNames;
      derived.fixed = true;
      this.derived = derived;
    }
  }

  private remember(cap: Capture): void {
    this.exportedNames = cap.exported;
    this.settled = derivable(cap, this.baseEnv);
    this.cwd = cap.cwd;
    const kept = keptVariables(cap);
    this.vars = kept.vars;
    this.exported = kept.exported;
  }
}

/** What derivedBefore keeps: its inputs (compared by identity), the report and the environment. */
interface DerivedReport {
  readonly vars: Record<string, string>;
  readonly cwd: string;
  readonly exportedNames: string[];
  readonly before: Capture;
  readonly environ: Readonly<Record<string, string>>;
  /** Remembering `before` gives back these very inputs. */
  fixed: boolean;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameRecord(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}

/** A login shell on a new node (or on the node inside `saved`). */
export function createSession(options: ShellSessionOptions = {}): ShellSession & { readonly node: Node } {
  return new Session(options);
}
