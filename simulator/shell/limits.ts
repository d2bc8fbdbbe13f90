// The shell's limits, and how each one speaks when a line meets it. A real shell has none of
// them: it runs a loop until Ctrl-C. The node's shell runs inside the page, so a runaway line is
// stopped, and says so plainly, in words of ours, instead of the library's (which name its own
// settings) or nothing at all (its silent caps).
//
// - Commands: a line stops after COMMAND_CAP commands, as if Ctrl-C'd (exit 130). Measured
//   through the session on a shared 2-core machine (load 4): `while true; do echo x; done` meets
//   the cap in 1.7 s, `for i in $(seq 1 99999); do echo $i; done | wc -l` in 3.7 s, a loop of
//   `ctr version` in 2.6 s; a loop of `touch` (our slowest common command) in 6.5 s, which the
//   page's watchdog may end first. A count, not a clock, so a transcript stops at the same
//   place on any machine.
// - Loop iterations (also seq's count), awk and sed loops: 1,000,000, each said as a stop in
//   our words; the command cap stops a shell loop long before its iteration cap.
// - Strings and a line's output: 16 MiB and 64 MiB, said as caps.
// - Brace ranges: the library stops `{1..N}` at 10,000 words without a word; a line with a
//   larger range runs as the library does and a note says so.
// - /dev/zero: a read gives a bounded run of NUL bytes (node-file-system.ts), with a note;
//   `head -c N /dev/zero` is answered in full (commands/gnu-messages.ts).
// - Time: none (maxExecutionTimeMs is infinite): `sleep 7200` on a watched terminal really
//   waits two hours, as there, and Ctrl-C ends it.
//
// When the cap stops the first stage of a pipeline whose other stages are plain commands
// (`for …; done | wc -l`, `while …; done | tail -2`), those stages run again on what the first
// one wrote before it was stopped, so the reader still gets it, rather than the raw output.

import type { BashExecResult, BashOptions, TransformPlugin } from 'just-bash';
import { type AstNode, isNode, literalName } from './ast-words';
import { closesEarly } from './early-reader';

type ExecutionLimits = NonNullable<BashOptions['executionLimits']>;

/** Commands one line may run (see the header for the measurements). */
export const COMMAND_CAP = 20_000;
/**
 * Iterations of one shell loop, and the numbers `seq` prints (the library ties seq to this
 * limit). Every loop runs a command an iteration, so COMMAND_CAP stops a loop long before;
 * `seq 1 1000000 | wc -l` takes about 1.5 s.
 */
const LOOP_CAP = 1_000_000;
/** awk's loop iterations (about 3 µs each, so ~3 s) and sed's branch iterations (~2.5 s). */
const AWK_LOOP_CAP = 1_000_000;
const SED_LOOP_CAP = 1_000_000;
/**
 * The longest string one value may hold, and the most output one line may make. Building a
 * string costs about 0.2 s a megabyte through the library (`printf '%*s' 8000000 x | wc -c`
 * takes 1.6 s, 60 MB took 11 s), and no file on the node may pass 8 MiB (host/vfs.ts).
 */
export const STRING_CAP = 16 * 1024 * 1024;
const OUTPUT_CAP = 64 * 1024 * 1024;
/** What the library's brace ranges stop at (its own constant, not a setting). */
export const BRACE_RANGE_CAP = 10_000;

export const STOPPED_EXIT = 130;

export const EXECUTION_LIMITS: ExecutionLimits = {
  maxCommandCount: COMMAND_CAP,
  maxLoopIterations: LOOP_CAP,
  maxAwkIterations: AWK_LOOP_CAP,
  maxSedIterations: SED_LOOP_CAP,
  maxStringLength: STRING_CAP,
  maxOutputSize: OUTPUT_CAP,
  // Time is the node's (time-driver.ts): a long sleep is a learner's to end with Ctrl-C.
  maxExecutionTimeMs: Number.POSITIVE_INFINITY,
};

const KEEP_GOING = 'a real shell would keep going; on a real node press Ctrl-C to stop it';

export function stoppedMessage(count: number, what: string): string {
  return `bash: stopped after ${count} ${what} — ${KEEP_GOING}\n`;
}

/** A message of the library's, in our words; `stopped` when it ended the line as Ctrl-C would. */
interface Rewrite {
  pattern: RegExp;
  replace: (...groups: string[]) => string;
  stopped?: boolean;
}

const REWRITES: readonly Rewrite[] = [
  {
    pattern: /^bash: too many commands executed \(>(\d+)\), increase executionLimits\.maxCommandCount\n/gm,
    replace: (n) => stoppedMessage(Number(n), 'commands'),
    stopped: true,
  },
  {
    pattern: /^bash: (?:while|until|for) loop: too many iterations \((\d+)\), increase executionLimits\.maxLoopIterations\n/gm,
    replace: (n) => stoppedMessage(Number(n), 'loop iterations'),
    stopped: true,
  },
  {
    pattern: /^bash: (?:\S+: )?total output size exceeded \(>(\d+) bytes\), increase executionLimits\.maxOutputSize\n/gm,
    replace: (n) => stoppedMessage(Number(n), 'bytes of output'),
    stopped: true,
  },
  // bash's own words when FUNCNEST is set, which is what the library's depth limit amounts to.
  {
    pattern: /^(?:bash: )?(\S+): maximum recursion depth \((\d+)\) exceeded, increase executionLimits\.maxCallDepth\n/gm,
    replace: (name, n) => `bash: ${name}: maximum function nesting level exceeded (${n})\n`,
  },
  // A command the library leaves out of its browser build: bash does not know the name either.
  {
    pattern: /^bash: (\S+): command not available in browser environments\. Exclude '[^'\n]*' from your commands or use the Node\.js bundle\.\n/gm,
    replace: (name) => `bash: ${name}: command not found\n`,
  },
  {
    pattern: /^awk: (?:awk: )?(?:while|for|do-while) loop exceeded maximum iterations \((\d+)\)\n/gm,
    replace: (n) => `awk: stopped after ${n} loop iterations — a real awk would keep going; on a real node press Ctrl-C to stop it\n`,
  },
  {
    pattern: /^sed: (?:sed: )?command execution exceeded maximum iterations \((\d+)\)\n/gm,
    replace: (n) => `sed: stopped after ${n} branch iterations — a real sed would keep going; on a real node press Ctrl-C to stop it\n`,
  },
  {
    pattern: /^(?:bash: )?seq: iteration limit exceeded \((\d+)\)\n/gm,
    replace: (n) => `seq: more than ${n} numbers is not simulated here (a real seq prints them all)\n`,
  },
  // Any other limit of the library's: its words without the name of its setting, then a
  // `what limit exceeded (N)` said as the cap it is.
  { pattern: /, increase executionLimits\.\w+/g, replace: () => '' },
  {
    pattern: /^([^\n:]+): ([a-z][a-z ]*?) limit exceeded \((\d+)( bytes)?\)\n/gm,
    replace: (who, what, n, bytes) => `${who}: ${what} capped at ${n}${bytes} here (a real node has no such limit)\n`,
  },
];

/** `text` without the line saying a limit stopped the line. */
function withoutStopMessage(text: string): string {
  return text.replace(/^bash: stopped after \d+ [a-z ]+ — .*\n/gm, '');
}

/** Rewrites the library's words in `text`; says whether a limit stopped the line. */
export function plainWords(text: string): { text: string; stopped: boolean } {
  let stopped = false;
  let out = text;
  if (!/executionLimits|browser environments|exceeded/.test(out)) return { text: out, stopped };
  for (const r of REWRITES) {
    out = out.replace(r.pattern, (_m, ...rest: unknown[]) => {
      if (r.stopped) stopped = true;
      // The captured groups, then the match's offset and the whole text.
      return r.replace(...rest.slice(0, -2).map((g) => (typeof g === 'string' ? g : '')));
    });
  }
  return { text: out, stopped };
}

// --- The line's syntax tree, as the library hands it to a transform plugin ------------------


/** Every object in the tree, depth first. */
function forEachNode(root: unknown, visit: (node: AstNode) => void): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (isNode(v)) {
      visit(v);
      for (const child of Object.values(v)) if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
}


/**
 * A condition list that fails where `list` succeeds: its last pipeline negated (`!`), or, when
 * the last statement joins pipelines with && or ||, the whole of it as a `! { …; }` group.
 */
function negated(list: AstNode[]): AstNode[] {
  const last = list.at(-1);
  const pipelines = last?.pipelines as AstNode[] | undefined;
  if (last && pipelines?.length === 1) {
    const pipeline = pipelines[0] as AstNode;
    return [...list.slice(0, -1), { ...last, pipelines: [{ ...pipeline, negated: pipeline.negated !== true }] }];
  }
  const group: AstNode = { type: 'Group', body: list, redirections: [] };
  const pipeline: AstNode = { type: 'Pipeline', commands: [group], negated: true, timed: false, timePosix: false };
  return [{ type: 'Statement', pipelines: [pipeline], operators: [], background: false, sourceText: '' }];
}

/**
 * The library drops what a `while` or `until` loop has printed when a limit stops the line
 * during the loop's condition (its condition's error handler, unlike its body's, does not carry
 * the loop's output along), and the cap lands there as often as anywhere. So a loop that takes
 * no input of its own (no redirection, not a later stage of a pipeline, where the library hands
 * it stdin) is run as the equivalent `for ((;;)); do if ! COND; then break; fi; BODY; done`
 * (`if COND; then break; fi` for until): the same statuses (the last body command's, or 0), the
 * same `break`, `continue` and `set -e` behaviour (checked against bash 5.2 in limits.test.ts),
 * and the condition now runs where the loop's output is kept.
 */
function keepLoopOutput(): (node: AstNode) => void {
  const piped = new WeakSet<object>();
  return (node) => {
    if (node.type === 'Pipeline' && Array.isArray(node.commands)) {
      for (const stage of node.commands.slice(1)) if (isNode(stage)) piped.add(stage);
      return;
    }
    if (node.type !== 'While' && node.type !== 'Until') return;
    if (piped.has(node) || !Array.isArray(node.condition) || !Array.isArray(node.body)) return;
    if (!Array.isArray(node.redirections) || node.redirections.length > 0) return;
    const line = node.line;
    const statement = (command: AstNode): AstNode => ({
      type: 'Statement',
      pipelines: [{ type: 'Pipeline', commands: [command], negated: false, timed: false, timePosix: false }],
      operators: [],
      background: false,
      sourceText: '',
    });
    const word = (value: string): AstNode => ({ type: 'Word', parts: [{ type: 'Literal', value }] });
    const simple = (name: string) => statement({ type: 'SimpleCommand', name: word(name), args: [], assignments: [], redirections: [], line });
    // until: `if COND; then break; fi`; while: `if ! COND; then break; fi`.
    const condition = node.type === 'While' ? negated(node.condition as AstNode[]) : node.condition;
    const guard = statement({ type: 'If', clauses: [{ condition, body: [simple('break')] }], elseBody: null, redirections: [] });
    const loop: AstNode = { type: 'CStyleFor', init: null, condition: null, update: null, body: [guard, ...(node.body as unknown[])], redirections: [], line };
    for (const key of Object.keys(node)) delete node[key];
    Object.assign(node, loop);
  };
}

/** `{a..b..s}` ranges in the tree that the library stops short, as typed and with their size. */
function oversizedRanges(found: Array<{ text: string; size: number }>): (node: AstNode) => void {
  return (node) => {
    if (node.type !== 'BraceExpansion' || !Array.isArray(node.items)) return;
    for (const item of node.items as AstNode[]) {
      if (item.type !== 'Range' || typeof item.start !== 'number' || typeof item.end !== 'number') continue;
      const step = Math.abs(typeof item.step === 'number' && item.step !== 0 ? item.step : 1);
      const size = Math.floor(Math.abs(item.end - item.start) / step) + 1;
      if (size <= BRACE_RANGE_CAP) continue;
      const start = typeof item.startStr === 'string' ? item.startStr : String(item.start);
      const end = typeof item.endStr === 'string' ? item.endStr : String(item.end);
      found.push({ text: `{${start}..${end}${item.step !== undefined ? `..${item.step}` : ''}}`, size });
    }
  };
}

/**
 * The pipeline a line starts with, in the session's script (`prefix; status; LINE; capture`):
 * the first of the statements between the status command and the capture. Undefined unless
 * that statement is one pipeline whose stages after the first are simple commands. (When the
 * cap stops it, nothing after it has run, and all the line wrote is its writer's.)
 */
function linePipeline(statements: AstNode[] | undefined): AstNode | undefined {
  const line = statements?.[0];
  if (!line) return undefined;
  const pipelines = line.pipelines as AstNode[] | undefined;
  if (line.background === true || pipelines?.length !== 1) return undefined;
  const pipeline = pipelines[0] as AstNode;
  const commands = pipeline.commands as AstNode[];
  if (commands.length < 2 || pipeline.negated === true || pipeline.timed === true) return undefined;
  return commands.slice(1).every((c) => c.type === 'SimpleCommand') ? pipeline : undefined;
}

/**
 * The statements of the line itself in a session's script (`prefix; status; LINE; capture`),
 * or undefined for any other script (a nested `bash -c`, `timeout`'s command).
 */
function lineStatements(root: unknown, markers: LineMarkers): AstNode[] | undefined {
  if (!isNode(root) || !Array.isArray(root.statements)) return undefined;
  const statements = root.statements as AstNode[];
  const firstName = (s: AstNode) => {
    const pipelines = s.pipelines as AstNode[] | undefined;
    const commands = pipelines?.[0]?.commands as unknown[] | undefined;
    return literalName(commands?.[0]);
  };
  const capture = statements.length - 1;
  if (capture < 0 || firstName(statements[capture] as AstNode) !== markers.capture) return undefined;
  const status = statements.findIndex((s) => markers.status.includes(firstName(s) ?? ''));
  return status < 0 ? undefined : statements.slice(status + 1, capture);
}

/** Names of the session's own commands around the line, to find the line in the script. */
export interface LineMarkers {
  capture: string;
  status: readonly string[];
}

/** A rewrite of one node, run on every node of every script the shell executes (builtin-views.ts). */
export type NodeRewrite = (node: AstNode) => void;

/**
 * The limits of the line in progress: notes to print at its end, and the re-run of a
 * stopped pipeline's readers. One per session; `begin()` at the start of every line.
 */
export class LineLimits {
  private notes = new Set<string>();
  private pipeline: AstNode | undefined;
  private tailOnly = false;
  /** In the re-run: the statements after the stopped pipeline run too (its writer died of SIGPIPE). */
  private keepRest = false;

  constructor(
    private readonly markers: LineMarkers,
    private readonly rewrite?: NodeRewrite,
  ) {}

  begin(): void {
    this.notes.clear();
    this.pipeline = undefined;
    this.tailOnly = false;
  }

  /** A note for the end of this line's stderr (a capped read, a capped expansion). */
  note(text: string): void {
    this.notes.add(text);
  }

  /** The transform plugin the shell runs every script through. */
  plugin(): TransformPlugin {
    return {
      name: 'ctrlab-limits',
      transform: ({ ast }) => {
        // In a session's script only the line is walked: its prefix is plain assignments.
        const line = lineStatements(ast, this.markers);
        const ranges: Array<{ text: string; size: number }> = [];
        const visits = [...(this.rewrite ? [this.rewrite] : []), keepLoopOutput(), oversizedRanges(ranges)];
        forEachNode(line ?? ast, (node) => {
          for (const visit of visits) visit(node);
        });
        for (const r of ranges) {
          this.note(`ctrlab: brace expansion ${r.text} capped at ${BRACE_RANGE_CAP} words here (a real shell makes all ${r.size})\n`);
        }
        const pipeline = linePipeline(line);
        if (pipeline) {
          if (this.tailOnly) {
            // Statements after the pipeline never ran when the cap stopped it; after a SIGPIPE
            // they do, as in bash.
            if (!this.keepRest && line && line.length > 1) {
              const never = new Set(line.slice(1));
              ast.statements = ast.statements.filter((s) => !never.has(s as unknown as AstNode));
            }
            pipeline.commands = (pipeline.commands as unknown[]).slice(1);
            if (Array.isArray(pipeline.pipeStderr)) pipeline.pipeStderr = pipeline.pipeStderr.slice(1);
          } else if (this.pipeline === undefined) this.pipeline = pipeline;
        }
        return { ast };
      },
    };
  }

  /**
   * The line's result in our words, with its notes. When a limit stopped it, `stopped` is set
   * and, for a stopped pipeline, its readers have run on what the first stage wrote (`rerun`
   * runs the same script again with that as stdin, the plugin keeping only the readers).
   */
  async settle(
    result: BashExecResult,
    rerun: (stdin: string) => Promise<BashExecResult>,
    aborted: () => boolean,
  ): Promise<BashExecResult & { stopped: boolean }> {
    const err = plainWords(result.stderr);
    const out = plainWords(result.stdout);
    let stopped = err.stopped || out.stopped;
    let stdout = out.text;
    let stderr = err.text;
    if (stopped && this.pipeline && !aborted()) {
      // A reader that had closed the pipe long before (`| head -2`) means bash's writer died of
      // SIGPIPE: no cap was met, and the line ends with the reader's status (early-reader.ts).
      const sigpipe = closesEarly((this.pipeline.commands as unknown[])[1], stdout);
      this.tailOnly = true;
      this.keepRest = sigpipe;
      try {
        const tail = await rerun(stdout);
        const tailErr = plainWords(tail.stderr);
        stdout = plainWords(tail.stdout).text;
        // The stop message comes last, after whatever the readers said.
        stderr = tailErr.text + (sigpipe ? withoutStopMessage(stderr) : stderr);
        stopped = !sigpipe;
      } finally {
        this.tailOnly = false;
        this.keepRest = false;
      }
    }
    for (const note of this.notes) stderr += note;
    return { ...result, stdout, stderr, stopped };
  }
}
