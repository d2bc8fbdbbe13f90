// What the shim offers a client attached to one process's IO (the FIFOs or the pty that
// cio connects on a real node): the process's output as a timeline, its state, and its
// stdin. What a program does with what it reads — an interactive sh runs the line, cat
// echoes and ends at EOF, busybox top ends on `q` or Ctrl-C — is the program's business, so
// it is decided here, next to the process, and a client only forwards what was typed.

import type { Node } from '../../node';
import { OutputCursor } from '../../programs/output-timeline';
import type { OutputChunk, TerminalInput } from '../../programs/program';
import { terminalInputOf } from '../../programs/registry';
import { startShSession, type ShLineResult, type ShSession } from '../../programs/sh/sh-session';
import { getContainer } from '../containers/containers';
import type { ProcessRecord } from '../metadata/schema';
import { killTask } from './kill';
import { planOf } from './process-plan';
import { outputOf, repeatingOutputOf } from './process-output';
import { contextOfProcess } from './runc';
import { parseSignal } from '../../host/signals';
import { stopProcess } from './task-clock';
import { getTask } from './tasks';

/** One process of a task: `execId` "" is the init process. */
export interface ProcessRef {
  ns: string;
  id: string;
  execId: string;
}

/** The process record, up to date; undefined for an unknown exec. Throws notFound when the task is gone. */
export function processRecord(node: Node, ref: ProcessRef): ProcessRecord | undefined {
  const task = getTask(node, ref.ns, ref.id);
  return ref.execId ? task.execs[ref.execId] : task.init;
}

function requireProcess(node: Node, ref: ProcessRef): ProcessRecord {
  const p = processRecord(node, ref);
  if (!p) throw new Error(`process ${ref.execId} of task ${ref.id} is gone`);
  return p;
}

/** What the program reads from its terminal (or stdin): a shell, lines it echoes, keys, or nothing. */
export function terminalInput(node: Node, ref: ProcessRef, terminal: boolean): TerminalInput {
  const p = requireProcess(node, ref);
  return terminalInputOf(planOf(p).program, p.args, terminal);
}

/**
 * A reader of the process's output from its start: `initial` is what it printed at start-up
 * (the client got it from Start), later output (a loop's rounds, nginx's access log) follows.
 */
export function outputReader(node: Node, ref: ProcessRef, initial: readonly OutputChunk[]): OutputCursor {
  const p = requireProcess(node, ref);
  // A reader that attaches to a running process (docker attach) brings no start-up output: it
  // reads what the shim follows, from where it joins (OutputCursor.skipTo).
  const out = initial.length > 0 ? initial : (outputOf(node, p.pid) ?? initial);
  return new OutputCursor(out, repeatingOutputOf(node, p.pid), planOf(p).startedAtMs);
}

/** The program exited on what it read (exit in sh, q in top, EOF to cat): the shim sees it exit now. */
function exitOnInput(node: Node, ref: ProcessRef, code: number): number {
  const task = getTask(node, ref.ns, ref.id);
  const p = ref.execId ? task.execs[ref.execId] : task.init;
  if (p) stopProcess(node, ref.ns, task, p, node.nowMs(), code);
  return code;
}

/** An interactive sh attached to a terminal, and how its end reaches the shim. */
export interface AttachedShell extends ShSession {
  /**
   * The line that made the shell exit (`exit`, Ctrl-D) has played out: the process exits now
   * with `code`. The simulated shell computes a line at once and the terminal plays its
   * time, so the exit is reported once that time has passed, when a real shell would end.
   */
  exited(code: number): void;
  /** The output of line result `r`, begun at node-clock `lineStart`, as a timeline to play. */
  lineOutput(r: ShLineResult, lineStart: number): OutputCursor;
}

/** A line's chunks and loop counted from the line's start rather than the shell's. */
function lineOutput(r: ShLineResult, lineStart: number): OutputCursor {
  const onLineClock = (chunks: readonly OutputChunk[]) => chunks.map((ch) => ({ ...ch, atMs: (ch.atMs ?? r.startMs) - r.startMs }));
  const repeat = r.repeat ? { ...r.repeat, fromMs: r.repeat.fromMs - r.startMs } : undefined;
  return new OutputCursor(onLineClock(r.out), repeat, lineStart);
}

/** The interactive sh running as this process, driven one line at a time. */
export function attachShell(node: Node, ref: ProcessRef): AttachedShell {
  const container = getContainer(node, ref.ns, ref.id);
  const task = getTask(node, ref.ns, ref.id);
  const session = startShSession(contextOfProcess(node, ref.ns, container, task, requireProcess(node, ref)));
  return { ...session, exited: (code) => void exitOnInput(node, ref, code), lineOutput };
}

/** A line typed to a program that is not a shell. Returns what the terminal shows back. */
export function typeLine(node: Node, ref: ProcessRef, reads: TerminalInput, line: string): string {
  if (reads === 'keys' && line.trim() === 'q') {
    exitOnInput(node, ref, 0);
    return '';
  }
  return reads === 'echo' ? `${line}\n` : '';
}

/** Ctrl-D: a program echoing its input (cat) reads EOF and exits 0; others do not read it. */
export function endOfInput(node: Node, ref: ProcessRef, reads: TerminalInput): void {
  if (reads === 'echo') exitOnInput(node, ref, 0);
}

/**
 * Ctrl-C: a program reading keys itself (top) takes it as a key and exits 0; any other gets
 * SIGINT from the terminal. Returns what its SIGINT handler printed (nginx's notice), if any.
 */
export function interruptProcess(node: Node, ref: ProcessRef, reads: TerminalInput): string {
  if (reads === 'keys') {
    exitOnInput(node, ref, 0);
    return '';
  }
  killTask(node, ref.ns, ref.id, parseSignal('SIGINT'), ref.execId ? { execId: ref.execId } : {});
  return planOf(requireProcess(node, ref)).handlerOut?.SIGINT ?? '';
}
