// How the node's own programs (ctr, containerd, runc, systemctl, tar…) plug into the shell.
// A program is written against CommandIO, like a client command; the session supplies the IO
// for each invocation, deciding whether output streams to the terminal or is captured for a
// pipe, a redirection or `$(...)`.

import { type Command, type ExecResult, type ResolvedCommandContext, defineCommand } from 'just-bash';
import { isInterrupted, SIGINT_EXIT_CODE } from '../../cli/interrupted';
import type { CommandIO } from '../../cli/spec';
import type { Node } from '../../node';

/** One invocation's streams, and how to hand the captured part back to the shell. */
export interface InvocationIO {
  io: CommandIO;
  /** stdin as the pipe delivered it: a binary string, one char per byte (io.stdin is its text). */
  stdinBytes: string;
  /** The result for the shell: whatever was not already streamed to the terminal. */
  result(exitCode: number): ExecResult;
}

/** A `timeout`'s deadline: node-clock moment, the signal it sends, what ends the command. */
export interface Deadline {
  atMs: number;
  signal: string;
  abort: AbortController;
}

/** What the session gives every program it registers. */
export interface ShellCommandHost {
  readonly node: Node;
  /** Opens the IO of one invocation from just-bash's context. */
  openIO(ctx: ResolvedCommandContext): InvocationIO;
  /**
   * Runs `run` under a deadline (`timeout`): when a wait inside it reaches the moment, the
   * signal goes to the running program if it catches signals, else `abort` ends the command.
   * Says whether the deadline came.
   */
  underDeadline<T>(deadline: Deadline, run: () => Promise<T>): Promise<{ result: T; fired: boolean }>;
  /** The node program `name` callable without the shell (ctr, runc…), if it is one. */
  directRun(name: string): DirectRun | undefined;
  /**
   * Runs a child shell's script (`sh -c`, `bash -c`) as another process: it starts with the
   * exported names `exported` and leaves the caller's shell as it was (child-shell.ts).
   */
  childProcess?<T>(exported: Iterable<string>, run: () => Promise<T>): Promise<T>;
}

/**
 * A program's body run without the shell: what the session's fast path for plain lines calls.
 * `stdinBytes` is what a pipe into it carries (`echo … | program`), one char per byte.
 */
export type DirectRun = (args: string[], io: CommandIO, node: Node, stdinBytes?: string) => Promise<number>;

/**
 * A program of the node, built once per session. `direct`, when present, is the same program
 * callable with an IO the session builds itself (no shell context needed).
 */
export type ShellCommandFactory = ((host: ShellCommandHost) => Command) & { readonly direct?: DirectRun };

/** A program whose body only needs its arguments, its IO and the node. Never rejects. */
export function nodeCommand(
  name: string,
  run: (args: string[], io: CommandIO, node: Node) => Promise<number> | number,
): ShellCommandFactory {
  return byteStdinCommand(name, (args, io, node) => run(args, io, node));
}

/**
 * Like nodeCommand, for a program that reads its stdin as bytes (tar): `stdinBytes` is a binary
 * string, empty on the fast path for a lone command, which has no pipe into it.
 */
export function byteStdinCommand(
  name: string,
  run: (args: string[], io: CommandIO, node: Node, stdinBytes: string) => Promise<number> | number,
): ShellCommandFactory {
  const guarded = async (args: string[], io: CommandIO, node: Node, stdinBytes: string): Promise<number> => {
    try {
      return await run(args, io, node, stdinBytes);
    } catch (err) {
      if (isInterrupted(err)) return SIGINT_EXIT_CODE;
      const detail = err instanceof Error ? err.message : String(err);
      io.stderr(`${name}: internal simulator error: ${detail.split('\n')[0] ?? ''}\n`);
      return 1;
    }
  };
  const direct: DirectRun = (args, io, node, stdinBytes = '') => guarded(args, io, node, stdinBytes);
  const factory = (host: ShellCommandHost): Command =>
    defineCommand(name, async (args, ctx) => {
      const inv = host.openIO(ctx);
      return inv.result(await guarded(args, inv.io, host.node, inv.stdinBytes));
    });
  return Object.assign(factory, { direct });
}
