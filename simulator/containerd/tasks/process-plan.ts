// What the tasks service remembers about a running program, kept in the process record's
// programState as plain data: when it started, when (if ever) it will exit on its own and
// with what code, which signals it catches, and what it serves.

import type { ProgramWake } from '../../programs/program';
import type { ProcessRecord } from '../metadata/schema';

export interface ProcessPlan {
  /** Simulated ms when the process started. */
  startedAtMs: number;
  /** Simulated ms when it exits on its own; absent while it runs until signalled. */
  exitAtMs?: number;
  exitCode?: number;
  /** Program name it runs as (registry key), for serving HTTP. */
  program: string;
  /** The serving program's argv (its options, e.g. httpd -h DIR). */
  serverArgs?: string[];
  /** Signal name → exit code after handling, or null when it keeps running. */
  handles: Record<string, number | null>;
  /** What the program prints while handling a signal (nginx's shutdown notices), by signal. */
  handlerOut?: Record<string, string>;
  /** The same by stream (a TERM trap's echo is stdout), for whoever follows the output. */
  handlerChunks?: Record<string, Array<{ stream: 'stdout' | 'stderr'; text: string }>>;
  /** TCP ports it listens on inside the container. */
  listens: number[];
  /** PID inside the container's PID namespace. */
  innerPid: number;
  /**
   * Extra host PIDs of the same program (nginx workers), and their inner PIDs; with `parent`,
   * a process it forked (a shell's background job: its parent's inner PID, its own ps name, and
   * when it ends, absent for never).
   */
  helpers: ProcessHelper[];
  /** Command line shown by ps when the program renamed itself (nginx's master). */
  title?: string[];
  /** ps's name for it when the running program is not its command line's (an applet a shell exec'd). */
  comm?: string;
  /** Signals sent while the task was paused, delivered on resume. */
  pending: string[];
  /** When it looks at the world again and how it goes on (a loop waiting for a file: process-wake.ts). */
  wake?: ProgramWake;
  /**
   * Simulated ms when the last process it forked that keeps its stdout or stderr open ends
   * (`sh -c 'sleep 3 &'`): the shim's copy of its output, and so an attached client, ends only
   * then. null: one never ends by itself; absent: none outlives it.
   */
  outputHeldUntilMs?: number | null;
}

export interface ProcessHelper {
  pid: number;
  innerPid: number;
  args: string[];
  parent?: number;
  comm?: string;
  startAtMs?: number;
  endAtMs?: number;
  /** It keeps its parent's stdout or stderr open while it runs. */
  holdsOutput?: boolean;
}

/** The helpers of a plan running at `nowMs` (a job not forked yet, or ended, is none). */
export function liveHelpers(plan: Pick<ProcessPlan, 'helpers'>, nowMs: number): ProcessHelper[] {
  return plan.helpers.filter((h) => (h.startAtMs === undefined || h.startAtMs <= nowMs) && (h.endAtMs === undefined || h.endAtMs > nowMs));
}

/** The plan of a process; a record without one (older state) behaves as a finished process. */
export function planOf(p: ProcessRecord): ProcessPlan {
  const s = (p.programState ?? {}) as Partial<ProcessPlan>;
  return {
    startedAtMs: s.startedAtMs ?? 0,
    exitAtMs: s.exitAtMs,
    exitCode: s.exitCode,
    program: s.program ?? '',
    serverArgs: s.serverArgs,
    handles: s.handles ?? {},
    handlerOut: s.handlerOut,
    handlerChunks: s.handlerChunks,
    listens: s.listens ?? [],
    innerPid: s.innerPid ?? 1,
    helpers: s.helpers ?? [],
    pending: s.pending ?? [],
    title: s.title,
    comm: s.comm,
    wake: s.wake,
    outputHeldUntilMs: s.outputHeldUntilMs,
  };
}

export function setPlan(p: ProcessRecord, plan: ProcessPlan): void {
  p.programState = { ...plan } as unknown as Record<string, unknown>;
}
