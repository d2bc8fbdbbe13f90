// Output that streams while a loop runs. The shell library hands back a line's output only
// when the line ends, so `for i in 1 2 3; do date; sleep 1; done` would print nothing for three
// seconds and then everything at once, and a `while true` loop ended by Ctrl-C would print
// nothing at all — where bash on a terminal prints each round as it happens.
//
// On a terminal, a line that has a loop at its top level is rewritten before it runs: each
// round's body, and each other top-level statement, becomes a `{ …; } >/dev/tty 2>&1` group.
// A group runs in the current shell (cd, variables, break and continue behave as before) and
// its redirection is written when the group ends, so the terminal device (node-file-system.ts)
// receives every round as soon as it is done, stdout and stderr in the order they came.
// Lines without a top-level loop, pipelines, redirected or backgrounded loops are left as they
// are: their output has somewhere else to go, as in bash.

import type { CommandNode, ScriptNode, StatementNode } from 'just-bash';

/** The terminal device a streamed group writes to. */
export const TERMINAL_DEVICE = '/dev/tty';

const LOOPS = new Set(['While', 'Until', 'For', 'CStyleFor']);

type LoopNode = Extract<CommandNode, { type: 'While' | 'Until' | 'For' | 'CStyleFor' }>;

function word(text: string) {
  return { type: 'Word' as const, parts: [{ type: 'Literal' as const, value: text }] };
}

/** `{ body; } >/dev/tty 2>&1` as a one-statement body. */
function streamed(body: StatementNode[]): StatementNode[] {
  const group = {
    type: 'Group' as const,
    body,
    redirections: [
      { type: 'Redirection' as const, fd: null, operator: '>' as const, target: word(TERMINAL_DEVICE) },
      { type: 'Redirection' as const, fd: 2, operator: '>&' as const, target: word('1') },
    ],
  };
  return [{ type: 'Statement', pipelines: [{ type: 'Pipeline', commands: [group], negated: false }], operators: [], background: false }];
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
export function streamLoops(ast: ScriptNode): ScriptNode | undefined {
  const statements = ast.statements;
  if (statements.some((s) => s.background || s.deferredError)) return undefined;
  if (!statements.some((s) => loneLoop(s))) return undefined;
  return {
    ...ast,
    statements: statements.flatMap((statement) => {
      const loop = loneLoop(statement);
      if (!loop) return streamed([statement]);
      return [{ ...statement, pipelines: [{ ...statement.pipelines[0]!, commands: [{ ...loop, body: streamed(loop.body) }] }] }];
    }),
  };
}
