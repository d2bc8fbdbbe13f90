// Output that streams while a loop runs. The shell library hands back a line's output only
// when the line ends, so `for i in 1 2 3; do date; sleep 1; done` would print nothing for three
// seconds and then everything at once, and a `while true` loop ended by Ctrl-C would print
// nothing at all — where bash on a terminal prints each round as it happens.
//
// On a terminal, a line that has a loop at its top level is rewritten before it runs: each
// statement of the loop's body, and each other top-level statement, becomes a
// `{ …; } >/dev/tty 2>&1` group. A group runs in the current shell (cd, variables, break and
// continue behave as before) and its redirection is written when the group ends, so the
// terminal device (node-file-system.ts) receives each statement's output as soon as it is
// done, stdout and stderr in the order they came.
// Lines without a top-level loop, pipelines, redirected or backgrounded loops are left as they
// are: their output has somewhere else to go, as in bash.

import { Bash, type CommandNode, type ScriptNode, type StatementNode } from 'just-bash';

/** The terminal device a streamed group writes to. */
export const TERMINAL_DEVICE = '/dev/tty';

const LOOPS = new Set(['While', 'Until', 'For', 'CStyleFor']);

type LoopNode = Extract<CommandNode, { type: 'While' | 'Until' | 'For' | 'CStyleFor' }>;

function word(text: string) {
  return { type: 'Word' as const, parts: [{ type: 'Literal' as const, value: text }] };
}

/** `{ statement; } >/dev/tty 2>&1`: the statement's output goes to the terminal when it ends. */
function streamed(statement: StatementNode): StatementNode {
  const group = {
    type: 'Group' as const,
    body: [statement],
    redirections: [
      { type: 'Redirection' as const, fd: null, operator: '>' as const, target: word(TERMINAL_DEVICE) },
      { type: 'Redirection' as const, fd: 2, operator: '>&' as const, target: word('1') },
    ],
  };
  return { type: 'Statement', pipelines: [{ type: 'Pipeline', commands: [group], negated: false }], operators: [], background: false };
}

/** The loop that is the whole of `statement` (no pipe, list, redirection or `&`), if any. */
function loneLoop(statement: StatementNode): LoopNode | undefined {
  if (statement.background || statement.pipelines.length !== 1) return undefined;
  const pipeline = statement.pipelines[0];
  if (!pipeline || pipeline.negated || pipeline.commands.length !== 1) return undefined;
  const command = pipeline.commands[0];
  if (!command || !LOOPS.has(command.type)) return undefined;
  const loop = command as LoopNode;
  return loop.redirections.length === 0 ? loop : undefined;
}

/**
 * The script with its top-level loops streaming, or undefined when nothing is to stream (no
 * loop at the top level, or something the rewrite must not touch: a background job).
 */
function streamLoops(ast: ScriptNode): ScriptNode | undefined {
  const statements = ast.statements;
  if (statements.some((s) => s.background || s.deferredError)) return undefined;
  if (!statements.some((s) => loneLoop(s))) return undefined;
  return {
    ...ast,
    statements: statements.flatMap((statement) => {
      const loop = loneLoop(statement);
      if (!loop) return [streamed(statement)];
      return [{ ...statement, pipelines: [{ ...statement.pipelines[0]!, commands: [{ ...loop, body: loop.body.map(streamed) }] }] }];
    }),
  };
}

/** A shell used only to parse and print lines back (its plugin does the rewrite). */
let rewriter: { bash: Bash; changed: boolean } | undefined;

function lineRewriter(): { bash: Bash; changed: boolean } {
  if (rewriter) return rewriter;
  const made = { bash: new Bash({ commands: [] }), changed: false };
  made.bash.registerTransformPlugin({
    name: 'ctrlab-stream-loops',
    transform: ({ ast }) => {
      const streamedAst = streamLoops(ast);
      made.changed = streamedAst !== undefined;
      return { ast: streamedAst ?? ast };
    },
  });
  rewriter = made;
  return made;
}

/**
 * `line` rewritten so its top-level loops stream to the terminal, or undefined when it has
 * none or cannot be rewritten safely (it then runs as typed). Only lines whose parse cannot
 * hang reach here (the session checks for an open `$((` first).
 */
export function streamingLine(line: string): string | undefined {
  // A cheap look first: most lines have no loop keyword at all.
  if (!/\b(for|while|until)\b/.test(line)) return undefined;
  try {
    const r = lineRewriter();
    r.changed = false;
    const { script } = r.bash.transform(line);
    return r.changed ? script : undefined;
  } catch {
    return undefined;
  }
}
