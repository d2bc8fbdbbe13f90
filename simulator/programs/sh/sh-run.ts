// The inner shell's interpreter: runs a parsed list over the container's files and programs.
// Time is not spent here: every external program reports how long it ran and the totals are
// added up, so `sh -c "sleep 2; echo hi"` finishes two simulated seconds after it started.
// Each chunk of output is stamped with the moment it was written (ms after the shell started),
// so whoever reads the process's output (an attached ctr) sees `hi` two seconds in.

import type { OutputChunk, ProcessEntry, ProgramContext, ProgramRun, RepeatingOutput, SentSignal } from '../program';
import { addJob, forkPid, inFork, reapEnded, takeForkedPid, type ShJob } from './sh-jobs';
import { selectCaseItem } from './sh-case';
import { globPaths } from './sh-glob';
import { applyRedirects, redirectedInput, withWritten } from './sh-redirect';
import { throughExecFds, type ShFds } from './sh-exec-fds';
import { ShExpansionError } from './sh-expansion-error';
import { expandWord } from './sh-expand';
import { runSimple } from './sh-simple';
import { assignChecked, popLocals } from './sh-vars';
import { shellMessage } from './sh-message';
import { parseScript, ShSyntaxError, type Command, type List, type Pipeline, type Redirect, type SimpleCommand } from './sh-parse';
import { shellDialect } from './sh-dialect';

/** A loop that never ends on its own stops being simulated after this many rounds. */
const MAX_LOOP_ROUNDS = 1000;

/**
 * Memory the inner shell may hold in variables, files it wrote and output it produced, in
 * characters. A real node without a memory limit would let `x="$x$x"` grow until the machine
 * swaps and the kernel's OOM killer picks a victim; a browser tab cannot do that (JavaScript
 * strings end near 512 MiB with a RangeError). So the shell behaves as if its container had a
 * cgroup memory limit of this size: past it, the process is killed with SIGKILL (exit 137),
 * which is what the cgroup OOM killer does to a container's process.
 */
const SHELL_MEMORY_BUDGET = 64 * 1024 * 1024;

const SIGKILL = 9;

/** A stdin being read: what arrived, how far the shell's readers got, and whether EOF follows. */
export interface ShStdin {
  text: string;
  pos: number;
  eof: boolean;
}


export interface ShState {
  ctx: ProgramContext;
  /** Signals it or its children sent other processes of the container (ProgramRun.signals). */
  sentSignals?: SentSignal[];
  /** The shell's own stdin (undefined: open and silent, a read waits for ever). */
  stdin: ShStdin | undefined;
  /** $0, and ash's arg0 that starts its messages: argv[0], or the NAME of `-c STRING NAME` or a script's path. */
  arg0: string;
  /** ash's commandname outside builtins: a script's path or -c's NAME; messages add `NAME: line N:`. */
  commandName?: string;
  vars: Record<string, string>;
  /** Names exported to children, in the order they entered the environment. */
  exported: string[];
  cwd: string;
  status: number;
  positional: string[];
  /** Simulated time spent so far. */
  elapsedMs: number;
  /** A foreground program never returned (sleep infinity, cat on an open stdin, nginx). */
  blocked: boolean;
  /** `exit` ran. */
  exited: boolean;
  /** Files written by redirections during this shell's life (path → content). */
  written: Record<string, string>;
  /**
   * The last simple command of a `sh -c` string: ash runs it in place of itself instead of
   * forking (unless a trap is set), so it keeps the shell's PID.
   */
  tailCommand?: SimpleCommand;
  /** The signal that killed this shell (it sent one to itself). */
  killedBy?: number;
  /** `trap` actions by signal name without SIG (HUP, TERM, EXIT). */
  traps?: Record<string, string>;
  /** The program `exec` replaced the shell with: the process is that program from then on. */
  replacedBy?: ProgramRun;
  /** Ms after the shell's start when the OOM killer took a child (or the program it exec'd). */
  oomKilledAtMs?: number;
  /** Functions defined so far, by name. */
  functions?: Record<string, Command>;
  /** How many function calls are running (`return` outside one ends the script, like exit). */
  functionDepth?: number;
  /** `return` ran: the rest of the function body is skipped. */
  returning?: boolean;
  /** The array the shell's own stdout and stderr go to (a loop writing there may repeat for ever). */
  topOut?: OutputChunk[];
  /** An endless loop found writing the same round after round to topOut. */
  repeat?: RepeatingOutput;
  /** `set -e`, `set -x`, `set -o pipefail`…, by long name. */
  options?: Record<string, boolean>;
  /** How many conditions (if/while tests, left of && and ||) are running: -e ignores failures there. */
  conditionDepth?: number;
  /**
   * Where the command running now sits in the script (sh-wait.ts), when the shell could stop
   * there and go on later; undefined inside what cannot be resumed (a pipe, a function, $(…)).
   */
  path?: ShPath;
  /** Times the shell or its children looked at the world: files, the network, processes. */
  worldReads?: number;
  /** A loop stopped to wait for the world to change (the shell is blocked until its wake). */
  wait?: ShWait;
  /** The steady round of the loop being resumed: its first round is compared with it. */
  resumeRound?: LoopRound;
  /** Times the shell or its children changed files (a redirection, touch). */
  worldWrites?: number;
  /** Ms after its start until which nothing else changes the world (resume's untilMs). */
  quietUntilMs?: number;
  /** The script line of the command running now (sh-parse.ts counts from 0), for builtins' errors. */
  line?: number;
  /** The shell runs a script file (`sh FILE`): its messages say `FILE: line N:` (sh-message.ts). */
  scriptFile?: boolean;
  /** The file `.` is running now, as named (ash's commandname): messages say `sh: FILE: line N:`. */
  sourceFile?: string;
  /** The status of the last command substitution expanded: an assignment alone ends with it (`x=$(false)`). */
  substStatus?: number;
  /** How the shell got its commands: `sh -c` (c) or stdin (s); shown in `$-`. */
  invokedWith?: 'c' | 's';
  /** Reads commands from a terminal: a syntax error does not end it. */
  interactive?: boolean;
  /** Names made read-only, in the order `readonly` listed them. */
  readonly?: string[];
  /** One frame per running function: the caller's value of each name it made `local` (sh-vars.ts). */
  localFrames?: Array<Map<string, { value: string | undefined; exported: boolean }>>;
  /** Where getopts stopped inside a cluster such as -ab (sh-positional.ts). */
  getopts?: { optind: number; rest: string };
  /** How many loops are running around the command running now (break and continue aim at them). */
  loopDepth?: number;
  /** A `break N` / `continue N` on its way out through N loops. */
  loopJump?: { kind: 'break' | 'continue'; count: number };
  /** The file mode creation mask (`umask`, sh-umask.ts); children inherit it. */
  umask?: number;
  /** Redirections `exec` made for the rest of the shell (sh-exec-fds.ts). */
  fds?: ShFds;
  /** `alias` definitions by name, with the script line that made each (sh-lookup.ts). */
  aliases?: Record<string, { value: string; line: number }>;
  /** Background jobs started so far (sh-jobs.ts); a forked shell starts with none. */
  jobs?: ShJob[];
  /** $!: the PID of the last background job (kept across forks, as ash's backgndpid). */
  lastJobPid?: number;
  /** A PID forked for the simple command about to run: its program is exec'd with it (sh-jobs.ts). */
  forkedPid?: number;
  /** What a job's shell exec'd under the PIDs forked for it, for ps. */
  jobEntries?: ProcessEntry[];
  /** The PID of the last member of the last pipeline forked (a piped job's $!). */
  lastPipePid?: number;
}

/** A position in the parsed script: list item indexes, `g` into a group, `bN`/`e` into if bodies, `w` into a loop body. */
export type ShPath = Array<number | string>;

/** One round of a loop, as compared between rounds: its time, variables and output. */
export interface LoopRound {
  ms: number;
  vars: string;
  chunks: OutputChunk[];
}

/** A loop whose rounds look at the world and repeat unchanged: re-tested every `everyMs`. */
interface ShWait {
  path: ShPath;
  everyMs: number;
  round: LoopRound;
}

export function newShState(ctx: ProgramContext, positional: string[], arg0 = ctx.argv[0] ?? 'sh'): ShState {
  const vars: Record<string, string> = {};
  const exported: string[] = [];
  for (const entry of ctx.env) {
    const eq = entry.indexOf('=');
    if (eq <= 0) continue;
    const name = entry.slice(0, eq);
    if (!(name in vars)) exported.push(name);
    vars[name] = entry.slice(eq + 1);
  }
  // ash counts shell levels and exports PWD, keeping an inherited PWD only if it names the cwd.
  setVar(vars, exported, 'SHLVL', String((Number.parseInt(vars.SHLVL ?? '0', 10) || 0) + 1));
  if (vars.PWD !== ctx.cwd) {
    delete vars.PWD;
    setVar(vars, exported, 'PWD', ctx.cwd);
  }
  // Without PATH in its environment (`env -i sh`), busybox ash starts from its built-in one
  // (ash.c varinit: bb_PATH_root_path), not exported.
  if (!('PATH' in vars) && shellDialect(ctx, arg0) === 'ash') vars.PATH = '/sbin:/usr/sbin:/bin:/usr/bin';
  // ash fills HOSTNAME from uname (not exported) when the environment has none.
  if (!('HOSTNAME' in vars)) vars.HOSTNAME = ctx.hostname;
  // ash sets PPID (not exported) from getppid(): 0 when the parent lies outside the PID namespace.
  vars.PPID = String(ctx.ppid ?? 0);
  const stdin = ctx.stdin === undefined ? undefined : { text: ctx.stdin, pos: 0, eof: ctx.stdinOpen !== true };
  return { ctx, stdin, arg0, vars, exported, cwd: ctx.cwd, status: 0, positional, elapsedMs: 0, blocked: false, exited: false, written: {}, umask: ctx.umask };
}

function setVar(vars: Record<string, string>, exported: string[], name: string, value: string): void {
  vars[name] = value;
  if (!exported.includes(name)) exported.push(name);
}

/**
 * Runs `script` with `run`: the commands before a syntax error first (ash parses and runs one
 * line at a time), then the error, printed as ash prints it with the line it is on; it ends
 * a shell that is not interactive, with status 2.
 */
function runParsed(state: ShState, script: string, out: OutputChunk[], run: (list: List, complete: boolean) => void): void {
  const { list, error } = parseScript(script);
  if (list.length > 0) {
    try {
      run(list, error === undefined);
    } catch (err) {
      endOnError(state, err, out);
    }
  }
  if (!error || stopped(state)) return;
  state.line = error.line;
  out.push({ stream: 'stderr', text: shellMessage(state, error.error.message) });
  state.status = 2;
  if (!state.interactive) state.exited = true;
}

/** The cgroup OOM killer's SIGKILL: the shell ends at once with 128+9. */
function oomKill(state: ShState): void {
  state.killedBy = SIGKILL;
  state.status = 128 + SIGKILL;
  state.exited = true;
}

function sizeOf(texts: Iterable<string>): number {
  let n = 0;
  for (const t of texts) n += t.length;
  return n;
}

/** Kills the shell when what it holds exceeds SHELL_MEMORY_BUDGET. */
function checkMemory(state: ShState, out: readonly OutputChunk[]): void {
  if (state.killedBy !== undefined) return;
  const held = sizeOf(Object.values(state.vars)) + sizeOf(Object.values(state.written)) + sizeOf(out.map((c) => c.text));
  if (held > SHELL_MEMORY_BUDGET) oomKill(state);
}

/**
 * What ends a running shell from inside an expansion: a string too long for JavaScript counts
 * as running out of memory; an expansion error ($((1/0)), ${v?}) prints as ash's and exits with 2.
 */
function endOnError(state: ShState, err: unknown, out: OutputChunk[]): void {
  if (err instanceof ShExpansionError) {
    out.push({ stream: 'stderr', text: shellMessage(state, err.message) });
    state.status = 2;
    state.exited = true;
    return;
  }
  if (!(err instanceof RangeError)) throw err;
  oomKill(state);
}

/** Runs `script`, appending output to `out`. Syntax errors print like ash's (runParsed). */
export function runScript(state: ShState, script: string, out: OutputChunk[]): void {
  runParsed(state, script, out, (list) => runList(state, list, out));
}

/** Runs a `sh -c` string: like runScript, with ash's exec of the last command. */
export function runCommandString(state: ShState, script: string, out: OutputChunk[]): void {
  // ash execs the last command only when the parser met the end after it (evalstring's EV_EXIT).
  runParsed(state, script, out, (list, complete) => {
    if (complete) markTailCommand(state, list);
    runList(state, list, out);
  });
}

/** ash execs the last simple command of a `sh -c` string in its own place (unless a trap is set). */
function markTailCommand(state: ShState, list: List): void {
  const last = list[list.length - 1];
  const pipeline = last && !last.background ? (last.rest[last.rest.length - 1]?.pipeline ?? last.first) : undefined;
  const only = pipeline && !pipeline.negate && pipeline.commands.length === 1 ? pipeline.commands[0] : undefined;
  if (only?.kind === 'simple') state.tailCommand = only;
}

/**
 * Goes on with `script` (a `sh -c` string when `command`) from where a wait stopped it:
 * `resume` is sh-wait.ts's resumeList over the parsed script.
 */
export function resumeScript(state: ShState, script: string, command: boolean, out: OutputChunk[], resume: (list: List) => void): void {
  runParsed(state, script, out, (list, complete) => {
    if (command && complete) markTailCommand(state, list);
    resume(list);
  });
}

function stopped(state: ShState): boolean {
  return state.exited || state.blocked || state.returning === true || state.loopJump !== undefined;
}

/** What a loop does after its body ran: `break`/`continue` aimed at it, or at a loop further out. */
type LoopJump = 'break' | 'continue' | 'outer' | undefined;

/** Takes a pending break/continue (sh-loop-control.ts) for the innermost loop, or passes it outwards. */
function takeJump(state: ShState): LoopJump {
  const jump = state.loopJump;
  if (!jump) return undefined;
  if (jump.count > 1) {
    jump.count -= 1;
    return 'outer';
  }
  state.loopJump = undefined;
  return jump.kind;
}

/** Calls function `body` with `args` as $1…; `return N` ends it with status N. */
export function callFunction(state: ShState, body: Command, args: string[], out: OutputChunk[], stdin: ShStdin | undefined): void {
  const saved = state.positional;
  state.positional = args;
  state.functionDepth = (state.functionDepth ?? 0) + 1;
  (state.localFrames ??= []).push(new Map());
  const path = state.path;
  state.path = undefined;
  try {
    runCommand(state, body, out, stdin);
  } finally {
    state.path = path;
    state.positional = saved;
    state.functionDepth -= 1;
    state.returning = false;
    // ash's poplocalvars: what the function made local gets the caller's values back.
    popLocals(state);
  }
}

export function runList(state: ShState, list: List, out: OutputChunk[], from = 0): void {
  const prefix = state.path;
  for (let index = from; index < list.length; index++) {
    const item = list[index] as List[number];
    if (stopped(state)) return;
    // Only a loop that is its item's whole first pipeline can stop and be resumed (sh-wait.ts).
    const single = !item.background && !item.first.negate && item.first.commands.length === 1;
    state.path = prefix && single ? [...prefix, index] : undefined;
    throughExecFds(state, out, (to) => runItem(state, item, to, () => runPipeline(state, item.first, to, undefined)));
    state.path = prefix;
  }
}

/** One and-or item of a list; `first` runs (or resumes) its first pipeline. */
export function runItem(state: ShState, item: List[number], out: OutputChunk[], first: () => void): void {
  if (item.background) {
    runBackground(state, item, out);
    return;
  }
  // Every pipeline but the last of an && / || chain is a condition for errexit.
  const pipelines = [item.first, ...item.rest.map((r) => r.pipeline)];
  let ran = item.first;
  inCondition(state, item.rest.length > 0, first);
  state.path = undefined;
  item.rest.forEach((next, i) => {
    if (stopped(state)) return;
    if ((next.op === '&&') !== (state.status === 0)) return;
    ran = next.pipeline;
    inCondition(state, i < item.rest.length - 1, () => runPipeline(state, next.pipeline, out, undefined));
  });
  // set -e: a failing command that is not a condition ends the shell (ash's evaltree EV_EXIT).
  const lastRan = ran === pipelines[pipelines.length - 1];
  if (state.options?.errexit && state.status !== 0 && !stopped(state) && (state.conditionDepth ?? 0) === 0 && lastRan && !ran.negate) {
    state.exited = true;
  }
}

/**
 * `item &`: ash forks it (a pipeline forks each member instead) and goes on at once. It runs
 * here in a forked copy of the shell reading /dev/null: its output keeps its moments, its end
 * and status are the job's (sh-jobs.ts); the shell's own time, state and status move on without it.
 */
function runBackground(state: ShState, item: List[number], out: OutputChunk[]): void {
  const sub = forkedState(state);
  sub.stdin = { text: '', pos: 0, eof: true };
  const piped = item.rest.length === 0 && item.first.commands.length > 1;
  const pid = piped ? undefined : forkPid(state);
  const chunks: OutputChunk[] = [];
  const run = () => runItem(sub, { ...item, background: false }, chunks, () => runPipeline(sub, item.first, chunks, sub.stdin));
  try {
    if (pid === undefined) run();
    else if (item.rest.length === 0 && forksInPlace(item.first.commands[0])) inFork(sub, pid, run);
    else run();
    runExitTrap(sub, chunks);
  } catch (err) {
    endOnError(sub, err, chunks);
  }
  for (const c of chunks) out.push(c);
  state.worldReads = sub.worldReads;
  state.worldWrites = sub.worldWrites;
  // A pipeline's $! is its last member's PID.
  addJob(state, sub, pid ?? sub.lastPipePid ?? forkPid(state), out, chunks, holdsOutput(item));
  state.status = 0;
}

/**
 * Whether a background item keeps the shell's stdout or stderr open: its processes inherit
 * them unless its own redirections point every descriptor that had them elsewhere (`cmd
 * >/dev/null 2>&1 &`, `cmd >log 2>&1 &`). A pipeline's members all have stderr and the last
 * one stdout. An and-or list runs in a forked shell that execs its last command in place, so
 * that command decides (the shell holds both while the earlier ones run, a moment taken as none).
 */
function holdsOutput(item: List[number]): boolean {
  const members = (item.rest.at(-1)?.pipeline ?? item.first).commands;
  return members.some((command, i) => keepsShellFds(('redirects' in command ? command.redirects : undefined) ?? [], i === members.length - 1));
}

/** Follows a command's redirections in order: does any descriptor still refer to the shell's stdout or stderr? */
function keepsShellFds(redirects: readonly Redirect[], hasStdout: boolean): boolean {
  const shellFd = new Map<number, boolean>([[1, hasStdout], [2, true]]);
  for (const r of redirects) {
    if (r.op === '>' || r.op === '>>' || r.op === '<' || r.op === '<<') shellFd.set(r.fd, false);
    else if (r.target === '-') shellFd.set(r.fd, false);
    else shellFd.set(r.fd, /^[0-9]+$/.test(r.target) ? (shellFd.get(Number(r.target)) ?? false) : true);
  }
  return [...shellFd.values()].some(Boolean);
}

/** A command that runs in the very child forked for it: a program it execs, or a ( … ) subshell. */
/** Runs `fn` on `state` and then puts back the shell's own variables, directory, functions and options. */
function asForkedChild(state: ShState, fn: () => void): void {
  const { vars, exported, cwd, positional, functions, options, exited } = state;
  const saved = { vars: { ...vars }, exported: [...exported], cwd, positional: [...positional], functions, options: options && { ...options }, exited };
  try {
    fn();
  } finally {
    Object.assign(state, saved);
  }
}

function forksInPlace(command: Command | undefined): boolean {
  return command?.kind === 'simple' || command?.kind === 'subshell';
}

/** Runs `fn` as a condition when `yes` (its failure does not trigger set -e). */
function inCondition(state: ShState, yes: boolean, fn: () => void): void {
  if (!yes) return fn();
  state.conditionDepth = (state.conditionDepth ?? 0) + 1;
  try {
    fn();
  } finally {
    state.conditionDepth -= 1;
  }
}

function runPipeline(state: ShState, pipeline: Pipeline, out: OutputChunk[], stdin: ShStdin | undefined): void {
  let input = stdin ?? state.stdin;
  const last = pipeline.commands.length - 1;
  let failed = 0;
  // ash forks every member of a pipeline (evalpipe), builtins too, before it waits for them.
  const pids = last > 0 ? pipeline.commands.map(() => forkPid(state)) : [];
  if (last > 0) state.lastPipePid = pids[last];
  const member = (idx: number, fn: () => void): void => {
    const pid = pids[idx];
    if (pid === undefined) return fn();
    // Each member is a forked child: what it sets (`echo x | read v`, `| cd /`) is lost with it.
    asForkedChild(state, () => (forksInPlace(pipeline.commands[idx]) ? inFork(state, pid, fn) : fn()));
  };
  pipeline.commands.forEach((command, idx) => {
    if (stopped(state)) return;
    if (idx < last) {
      const captured: OutputChunk[] = [];
      member(idx, () => runCommand(state, command, captured, input));
      if (state.status !== 0) failed = state.status;
      input = { text: captured.filter((c) => c.stream === 'stdout').map((c) => c.text).join(''), pos: 0, eof: true };
      for (const c of captured) if (c.stream === 'stderr') out.push(c);
      // A reader at the end of a pipe sees EOF: a blocked writer does not block the pipe here.
      state.blocked = false;
    } else member(idx, () => runCommand(state, command, out, input));
  });
  if (last > 0) reapEnded(state);
  // set -o pipefail: the pipeline fails with the last command that failed.
  if (state.options?.pipefail && state.status === 0 && failed !== 0) state.status = failed;
  if (pipeline.negate) state.status = state.status === 0 ? 1 : 0;
}

/** Stamps chunks from `from` on that have no time yet with `atMs` (what a builtin wrote). */
function stampFrom(out: OutputChunk[], from: number, atMs: number): void {
  for (let i = from; i < out.length; i++) {
    const chunk = out[i] as OutputChunk;
    if (chunk.atMs === undefined) out[i] = { ...chunk, atMs };
  }
}

export function runCommand(state: ShState, command: Command, out: OutputChunk[], stdin: ShStdin | undefined): void {
  if (command.kind === 'simple') {
    const mark = out.length;
    const startMs = state.elapsedMs;
    runSimple(state, command, out, stdin);
    stampFrom(out, mark, startMs);
    checkMemory(state, out);
    return;
  }
  // A compound command's parts read the compound's stdin (a pipe into `while read` or `{ …; }`),
  // or what its own redirections give it; its output goes through them too.
  const redirects = command.kind === 'function' ? undefined : command.redirects;
  const redirected = redirects ? redirectedInput(state, redirects, stdin, out) : { input: stdin };
  if (!redirected) return;
  const saved = state.stdin;
  state.stdin = redirected.input;
  const produced: OutputChunk[] = redirects ? [] : out;
  try {
    runCompound(state, command, produced);
  } finally {
    state.stdin = saved;
    if (redirects) applyRedirects(state, { redirects }, produced, out);
  }
}

function runCompound(state: ShState, command: Exclude<Command, SimpleCommand>, out: OutputChunk[]): void {
  switch (command.kind) {
    case 'function':
      state.functions = { ...state.functions, [command.name]: command.body };
      state.status = 0;
      return;
    case 'group':
      within(state, 'g', () => runList(state, command.body, out));
      return;
    case 'subshell':
      runSubshell(state, command.body, out);
      return;
    case 'if': {
      for (const [k, branch] of command.branches.entries()) {
        within(state, undefined, () => inCondition(state, true, () => runList(state, branch.cond, out)));
        if (stopped(state)) return;
        if (state.status === 0) {
          within(state, `b${k}`, () => runList(state, branch.body, out));
          return;
        }
      }
      state.status = 0;
      const elseBody = command.elseBody;
      if (elseBody) within(state, 'e', () => runList(state, elseBody, out));
      return;
    }
    case 'while':
    case 'until': {
      const here = state.path;
      const expected = state.resumeRound;
      state.resumeRound = undefined;
      let rounds = 0;
      let status = 0;
      let previous: Round | undefined;
      for (;;) {
        // The first rounds of a loop that could wait are compared (does it wait on the world?),
        // and the last two before the cap (does it repeat for ever?): only they are recorded.
        const watch = here !== undefined && rounds < 2;
        const round = watch || rounds >= MAX_LOOP_ROUNDS - 2 ? beginRound(state, out) : undefined;
        state.loopDepth = (state.loopDepth ?? 0) + 1;
        let jump: LoopJump;
        try {
          within(state, undefined, () => inCondition(state, true, () => runList(state, command.cond, out)));
          jump = takeJump(state);
          if (jump === undefined) {
            if (stopped(state)) return;
            if ((state.status === 0) !== (command.kind === 'while')) break;
            within(state, 'w', () => runList(state, command.body, out));
            status = state.status;
            jump = takeJump(state);
          }
        } finally {
          state.loopDepth -= 1;
        }
        if (jump === 'outer') return;
        if (jump === 'break') {
          status = 0;
          break;
        }
        if (stopped(state)) return;
        const finished = round && endRound(state, out, round);
        // A round that looked at the world, took time and came out as the one before: nothing
        // changes until the world does. The shell stops here and looks again a round later
        // (sh-wait.ts), instead of planning a thousand rounds against a world frozen at its start.
        const steady = rounds === 0 ? expected : previous;
        if (watch && here && finished && finished.world && finished.ms > 0 && steady && sameRound(steady, finished)) {
          skipQuietRounds(state, out, finished);
          state.wait = { path: here, everyMs: finished.ms, round: { ms: finished.ms, vars: finished.vars, chunks: finished.chunks } };
          state.blocked = true;
          return;
        }
        if (++rounds >= MAX_LOOP_ROUNDS) {
          // An endless loop: it keeps the process alive, as on a real node. When its last two
          // rounds wrote the same and left the same variables, it goes on writing that.
          state.blocked = true;
          if (out === state.topOut && previous && finished && sameRound(previous, finished)) {
            state.repeat = { fromMs: state.elapsedMs, everyMs: finished.ms, round: finished.chunks };
          }
          return;
        }
        previous = finished;
      }
      state.status = status;
      return;
    }
    case 'case': {
      const item = selectCaseItem(command, scopeOf(state));
      state.status = 0;
      if (item) within(state, undefined, () => runList(state, item.body, out));
      return;
    }
    case 'for': {
      const values = command.words.flatMap((w) => expandWord(w, scopeOf(state)));
      for (const value of command.words.length > 0 ? values : state.positional) {
        state.vars[command.name] = value;
        state.loopDepth = (state.loopDepth ?? 0) + 1;
        try {
          within(state, undefined, () => runList(state, command.body, out));
        } finally {
          state.loopDepth -= 1;
        }
        const jump = takeJump(state);
        if (jump === 'outer') return;
        if (jump === 'break') {
          state.status = 0;
          return;
        }
        if (stopped(state)) return;
      }
      return;
    }
  }
}

/** Runs the EXIT trap of a shell that ends (not one that waits for ever). */
export function runExitTrap(state: ShState, out: OutputChunk[]): void {
  const action = state.traps?.EXIT;
  if (action === undefined || state.blocked || state.killedBy !== undefined) return;
  delete state.traps?.EXIT;
  const status = state.status;
  state.exited = false;
  // The trap's script is not the one a wait could resume (sh-wait.ts).
  state.path = undefined;
  runScript(state, action, out);
  if (!state.exited) state.status = status;
}

/**
 * `( list )`: ash forks, so the list runs on a copy of the shell — its variables, functions,
 * options, cwd, traps and `exit` stay inside (an EXIT trap set there runs when it ends); what it did to the world (files, time, output)
 * and its status come out. `$$` stays the parent's, so a signal sent to it ends the parent.
 */
/** A forked copy of the shell: its variables, options and descriptors its own, no traps, no jobs. */
function forkedState(state: ShState): ShState {
  return {
    ...state,
    vars: { ...state.vars },
    exported: [...state.exported],
    options: state.options && { ...state.options },
    traps: undefined,
    localFrames: state.localFrames?.map((frame) => new Map(frame)),
    fds: state.fds && { out: [...state.fds.out], in: { ...state.fds.in } },
    exited: false,
    blocked: false,
    returning: false,
    loopDepth: 0,
    functionDepth: 0,
    path: undefined,
    tailCommand: undefined,
    jobs: undefined,
    forkedPid: undefined,
    jobEntries: undefined,
  };
}

function runSubshell(state: ShState, body: List, out: OutputChunk[]): void {
  // ash forks for ( … ) (evalsubshell): the child takes a PID, its own children the next ones.
  // As a job or a pipe's member it is that fork already.
  if (takeForkedPid(state) === undefined) forkPid(state);
  const sub = forkedState(state);
  try {
    runList(sub, body, out);
    // The forked shell runs the EXIT trap set inside it when it ends (the parent's is not inherited).
    runExitTrap(sub, out);
  } catch (err) {
    endOnError(sub, err, out);
  }
  state.status = sub.status;
  state.elapsedMs = sub.elapsedMs;
  reapEnded(state);
  state.blocked = sub.blocked;
  state.worldReads = sub.worldReads;
  state.worldWrites = sub.worldWrites;
  if (sub.oomKilledAtMs !== undefined) state.oomKilledAtMs ??= sub.oomKilledAtMs;
  if (sub.killedBy !== undefined) {
    state.killedBy = sub.killedBy;
    state.status = sub.status;
    state.exited = true;
  }
}

/**
 * Runs `fn` one step deeper in the script (`step`), or where no resume is possible (undefined):
 * the position a loop inside would stop at (state.path).
 */
function within(state: ShState, step: string | undefined, fn: () => void): void {
  const here = state.path;
  state.path = here && step !== undefined ? [...here, step] : undefined;
  try {
    fn();
  } finally {
    state.path = here;
  }
}

/** One round of a loop: where its output starts, when it started, the variables before it. */
interface Round extends LoopRound {
  mark: number;
  startMs: number;
  /** Looks at the world the round made (worldReads when it began, then whether it changed). */
  reads: number;
  world: boolean;
  /** The same for its changes to files (worldWrites). */
  writes: number;
  wrote: boolean;
}

function beginRound(state: ShState, out: OutputChunk[]): Round {
  const [reads, writes] = [state.worldReads ?? 0, state.worldWrites ?? 0];
  return { mark: out.length, startMs: state.elapsedMs, vars: JSON.stringify(state.vars), ms: 0, chunks: [], reads, world: false, writes, wrote: false };
}

function endRound(state: ShState, out: OutputChunk[], round: Round): Round {
  const chunks = out.slice(round.mark).map((c) => ({ ...c, atMs: (c.atMs ?? round.startMs) - round.startMs }));
  const world = (state.worldReads ?? 0) !== round.reads;
  const wrote = (state.worldWrites ?? 0) !== round.writes;
  return { ...round, ms: state.elapsedMs - round.startMs, chunks, vars: `${round.vars}\n${JSON.stringify(state.vars)}`, world, wrote };
}

/** Copies of a steady round's output written at once when the world stays quiet a long time. */
const MAX_QUIET_ROUNDS_WITH_OUTPUT = 1000;

/**
 * A steady round repeated while nothing else can change the world (quietUntilMs) comes out the
 * same every time: those rounds are added up instead of run — their time, and their output
 * (a bounded number of copies) — so the next look is the first round that starts after it.
 * A round that changes files is run each time (an append grows).
 */
function skipQuietRounds(state: ShState, out: OutputChunk[], round: Round): void {
  const until = state.quietUntilMs;
  if (until === undefined || round.wrote || until <= state.elapsedMs) return;
  let rounds = Math.ceil((until - state.elapsedMs) / round.ms);
  if (round.chunks.length > 0) rounds = Math.min(rounds, MAX_QUIET_ROUNDS_WITH_OUTPUT);
  for (let i = 0; i < rounds && round.chunks.length > 0; i++) {
    const startMs = state.elapsedMs + i * round.ms;
    for (const c of round.chunks) out.push({ ...c, atMs: startMs + (c.atMs ?? 0) });
  }
  state.elapsedMs += rounds * round.ms;
}

function sameRound(a: LoopRound, b: LoopRound): boolean {
  return a.ms === b.ms && a.vars === b.vars && JSON.stringify(a.chunks) === JSON.stringify(b.chunks);
}

/** ash's optletters, last first as expandvar walks them (`set -ux` in `sh -c` gives `uxc`). */
const OPTION_LETTERS: ReadonlyArray<[string, (s: ShState) => boolean]> = [
  ['u', (s) => s.options?.nounset === true],
  ['a', (s) => s.options?.allexport === true],
  ['v', (s) => s.options?.verbose === true],
  ['x', (s) => s.options?.xtrace === true],
  ['c', (s) => s.invokedWith === 'c'],
  ['s', (s) => s.invokedWith === 's'],
  ['f', (s) => s.options?.noglob === true],
  ['e', (s) => s.options?.errexit === true],
];

function optionLetters(state: ShState): string {
  return OPTION_LETTERS.filter(([, on]) => on(state)).map(([letter]) => letter).join('');
}

export function scopeOf(state: ShState) {
  return {
    get: (name: string): string | undefined => {
      if (name === '?') return String(state.status);
      if (name === '$') return String(state.ctx.pid);
      if (name === '#') return String(state.positional.length);
      if (name === '-') return optionLetters(state);
      // "$*" joins with IFS's first character (none when IFS is empty, a space when unset).
      if (name === '@' || name === '*') return state.positional.join(state.vars.IFS === undefined ? ' ' : state.vars.IFS.slice(0, 1));
      if (name === '!') return state.lastJobPid === undefined ? '' : String(state.lastJobPid);
      // ash's LINENO: the running command's line (from 0 in `sh -c`, from 1 in a file).
      if (name === 'LINENO' && !('LINENO' in state.vars)) return String((state.line ?? 0) + (state.scriptFile || state.sourceFile !== undefined ? 1 : 0));
      if (/^[0-9]$/.test(name)) return name === '0' ? state.arg0 : state.positional[Number(name) - 1];
      return state.vars[name];
    },
    positional: (): string[] => state.positional,
    nounset: (): boolean => state.options?.nounset === true,
    assign: (name: string, value: string): void => assignChecked(state, name, value),
    glob: (pattern: string): string[] => (state.options?.noglob ? [] : globPaths(withWritten(state), state.cwd, pattern)),
    substitute: (script: string): string => {
      const captured: OutputChunk[] = [];
      // ash forks the substitution's shell (evalbackcmd): it takes a PID, and its children their own.
      forkPid(state);
      const sub: ShState = { ...state, vars: { ...state.vars }, exported: [...state.exported], exited: false, blocked: false, path: undefined, jobs: undefined, forkedPid: undefined, jobEntries: undefined };
      runScript(sub, script, captured);
      state.substStatus = sub.status;
      state.elapsedMs = sub.elapsedMs;
      reapEnded(state);
      state.worldReads = sub.worldReads;
      // The substitution's output lands in this shell's memory: it is this shell that gets killed.
      if (sub.killedBy !== undefined) {
        oomKill(state);
        return '';
      }
      return captured.filter((c) => c.stream === 'stdout').map((c) => c.text).join('');
    },
  };
}
