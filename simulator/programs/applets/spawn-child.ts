// A child an applet forks and waits for (libbb spawn_and_wait), as find -exec and xargs run
// their commands: looked up in the container's $PATH, given the next PID of the namespace and
// its parent's files, environment and directory, started `elapsedMs` into the parent's life.

import { resolveExecutable, runResolved } from '../launch';
import { laterBy, type OutputChunk, type ProgramContext, type ProgramRun } from '../program';

export type ChildOutcome =
  /** It could not be started: the errno text perror prints after the command's name. */
  | { started: false; error: 'No such file or directory' | 'Permission denied' }
  /** Its output (times from the parent's start) and how it ended; no `exit`: it never ends. */
  | { started: true; out: OutputChunk[]; exit?: { afterMs: number; code: number; signal?: number }; signals: NonNullable<ProgramRun['signals']> };

export function spawnAndWait(ctx: ProgramContext, argv: string[], elapsedMs: number, stdin = ''): ChildOutcome {
  const resolved = resolveExecutable(ctx, argv[0] ?? '');
  if (resolved.kind !== 'found') {
    return { started: false, error: resolved.kind === 'not-executable' || resolved.kind === 'is-directory' ? 'Permission denied' : 'No such file or directory' };
  }
  const pid = ctx.nextPid?.() ?? ctx.pid + 1;
  const child = runResolved({ ...ctx, argv, pid, ppid: ctx.pid, stdin, stdinOpen: false, nowMs: ctx.nowMs + elapsedMs }, resolved.program, resolved);
  const out = child.out.map((chunk) => ({ ...chunk, atMs: elapsedMs + (chunk.atMs ?? 0) }));
  return { started: true, out, ...(child.exit ? { exit: child.exit } : {}), signals: laterBy(child.signals ?? [], elapsedMs) };
}
