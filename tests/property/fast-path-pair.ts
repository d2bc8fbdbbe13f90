// Two identical sessions, one taking the fast path (a lone program of ours with literal words
// runs without just-bash) and one always going through the shell library, and a runner that
// types each line into both and requires the same answer and the same saved state.

import { expect } from 'vitest';
import { createSession } from '../../simulator/index';
import { placeTranscriptArchives } from '../../simulator/registry/catalogue/transcript-archives';
import { type ShellCommandFactory, nodeCommand } from '../../simulator/shell/commands/command-host';
import { SHELL_PROGRAMS } from '../../simulator/shell/programs';
import type { Stream } from '../../simulator/shell/session-types';

export const NOW = Date.UTC(2026, 10, 28, 5, 14, 0);

/** Shows everything a program sees of its invocation, environment order included. */
export const probe = nodeCommand('probe', async (args, io) => {
  io.stdout(`${JSON.stringify({ args, environ: Object.entries(io.environ), cwd: io.cwd, stdin: io.stdin, tty: io.isTTY })}\n`);
  io.stderr('to stderr\n');
  await io.pace(250);
  io.stdout('after pace\n');
  return Number(args[0]) || 0;
});

/** How many calls took the fast path, on each side. */
interface Counters {
  fast: { direct: number };
  shell: { direct: number };
}

type Session = ReturnType<typeof createSession>;

export interface SessionPair {
  fast: Session;
  shell: Session;
  counters: Counters;
}

/** How deep the session is inside `timeout`, which runs a node program through its direct entry on either path. */
interface Guard {
  depth: number;
}

/** The same program, counting the calls that took the fast path (not those timeout makes: commands/timeout.ts). */
function counted(factory: ShellCommandFactory, counter: { direct: number }, guard: Guard): ShellCommandFactory {
  const direct = factory.direct;
  if (!direct) return factory;
  return Object.assign((host: Parameters<ShellCommandFactory>[0]) => factory(host), {
    direct: (args: string[], io: Parameters<typeof direct>[1], node: Parameters<typeof direct>[2], stdinBytes?: string) => {
      if (guard.depth === 0) counter.direct++;
      return direct(args, io, node, stdinBytes);
    },
  });
}

/** timeout, marking while it runs that a direct call is its own and not the session's fast path. */
function guarded(factory: ShellCommandFactory, guard: Guard): ShellCommandFactory {
  return Object.assign((host: Parameters<ShellCommandFactory>[0]) => {
    const command = factory(host);
    return {
      ...command,
      execute: async (...args: Parameters<typeof command.execute>) => {
        guard.depth++;
        try {
          return await command.execute(...args);
        } finally {
          guard.depth--;
        }
      },
    };
  }, factory);
}

/** Two fresh node1 sessions with the transcripts' image archives in /root, one per path. */
export function sessionPair(): SessionPair {
  const counters = { fast: { direct: 0 }, shell: { direct: 0 } };
  const make = (fastPath: boolean, counter: { direct: number }) => {
    const programs: Record<string, ShellCommandFactory> = {};
    const guard: Guard = { depth: 0 };
    for (const [name, f] of Object.entries({ ...SHELL_PROGRAMS, probe })) programs[name] = name === 'timeout' ? guarded(f, guard) : counted(f, counter, guard);
    // A clock that moves at every reading: both paths must read it alike, too.
    let t = NOW;
    const session = createSession({ seed: 42, now: () => (t += 7), programs, fastPath });
    placeTranscriptArchives(session.node);
    return session;
  };
  return { fast: make(true, counters.fast), shell: make(false, counters.shell), counters };
}

/** Runs each line on both sessions: output, its order and streams, prompt and saved state must agree. */
export async function runBoth(sessions: SessionPair, lines: readonly string[], tty = false): Promise<void> {
  for (const line of lines) {
    const results = [];
    for (const s of [sessions.fast, sessions.shell]) {
      const chunks: Array<[string, Stream]> = [];
      const r = await s.run(line, { tty, onOutput: (c, st) => chunks.push([c, st]) });
      // The storage form holds the node as one JSON text: one serialisation, compared whole.
      const { node, ...shell } = s.saveForStorage();
      results.push({ ...r, chunks, prompt: s.prompt(), shell, node });
    }
    const [fast, shell] = results;
    if (!fast || !shell) throw new Error('two sessions expected');
    // The node tree is large (archives): compare it whole, report only the line.
    expect({ line, same: fast.node === shell.node }).toEqual({ line, same: true });
    expect({ line, ...fast, node: '' }).toEqual({ line, ...shell, node: '' });
  }
}
