// What ctr does while it stays attached to a process (`ctr run` and `ctr t start` without
// -d, `ctr t exec` without -d): copy the process's output, wait for its exit, clean up and
// exit with its code. On a watched terminal the node runs in real time: the output arrives at
// its moments, for as long as the process runs, and Ctrl-C is forwarded to the process as
// SIGINT, as ctr's signal forwarding does (an `sh` as PID 1 has no handler, so the kernel
// ignores it and ctr stays attached, as on a real node). Elsewhere time jumps: a process that
// ends within MAX_WAIT_MS is waited for; one that runs longer or for ever keeps the terminal
// when it reads from it (an interactive shell, cat, top) and, in a pipe or a transcript, is
// reported honestly as not simulated while the task keeps running — which is also what the
// recorded node shows after its recorder killed an attached ctr.

import type { CtrContext } from '../ctr-env';
import type { InteractiveProgram } from '../../../cli/spec';
import { InterruptedError } from '../../../cli/interrupted';
import { ContainerdError } from '../../../errdefs/errdefs';
import type { OutputChunk, Process, ProcessState, TerminalInput } from '../../../containerd/client/index';
import { parseSignal } from '../../../containerd/client/index';
import { notifyListeners } from '../../../node';
import { attachedReaderProgram, attachedShellProgram, printChunks } from '../../attached-shell';
import { realDelay, waitFor } from '../../../host/time-driver';

/** Longest exit ctr waits for in simulated time before treating the process as long-running. */
const MAX_WAIT_MS = 10 * 60 * 1000;

export interface AttachTarget {
  /** The task's init process or an exec. */
  process: Process;
  /** The process has a pseudo-terminal (-t). */
  terminal: boolean;
  /** What the process printed when it started. */
  out: OutputChunk[];
  /** Attaching to a process that has been running a while: what it wrote before is gone. */
  late?: boolean;
  /** Called once the process has exited (delete the task / exec, and --rm's container). */
  cleanup(): void;
  /** How the client words an attached shell's exit (nerdctl exec's `exec failed with exit code N`); default: silent, the code. */
  shellEnded?(code: number): { stderr: string; exitCode: number };
  /** False when the client does not pass its signals on (docker's --sig-proxy=false): Ctrl-C ends the client. */
  proxiesSignals?: boolean;
  /** ctrlab's hint, in the client's terms, when Ctrl-C keeps failing to end the process; default ctr's. */
  sigintHint?(process: ProcessState): string;
  /** ctrlab's words when Ctrl-C left a reading process running and the client detaches here instead; default ctr's. */
  detachedHint?(process: ProcessState): string;
}

/** The exit code of a process that has ended (its task still there), else undefined. */
function stoppedCode(t: AttachTarget): number | undefined {
  const state = t.process.state();
  return state?.status === 'STOPPED' ? (state.exitStatus ?? 0) : undefined;
}

/** True once the process no longer runs (or its task was deleted, from another terminal). */
function hasExited(t: AttachTarget): boolean {
  try {
    return t.process.state()?.status !== 'RUNNING';
  } catch {
    return true;
  }
}

/**
 * True once nothing holds the process's output any more: it exited and so did every process it
 * forked that kept its stdout or stderr (`sh -c 'sleep 3 &'`: the shim copies until then, and
 * ctr's cleanup waits for that copy). A process or task deleted meanwhile holds nothing.
 */
function outputDone(c: CtrContext, t: AttachTarget): boolean {
  try {
    const now = c.env.node.nowMs();
    return hasExited(t) && (t.process.outputEnd()?.atMs ?? now) <= now;
  } catch {
    return true;
  }
}

/** Waits until the process has exited, at the latest `atMs`; ends with ctr when a signal it does not catch arrives. */
async function waitForExit(c: CtrContext, t: AttachTarget, atMs: number): Promise<void> {
  const done = await waitFor(c.env.node, () => hasExited(t), atMs, c.io.time);
  if (c.io.time.signal?.aborted) throw new InterruptedError();
  // ctr's --timeout reached the Wait call (ctr.ts marks that deadline): ctr ends with the
  // gRPC error, before its cleanup — the process keeps running.
  const deadline = c.io.time.deadline;
  if (!done && deadline && 'grpcWait' in deadline && c.env.node.nowMs() >= deadline.atMs) {
    throw new ContainerdError('deadline exceeded', 'rpc error: code = DeadlineExceeded desc = context deadline exceeded');
  }
}

/** Stays attached to the process; returns ctr's exit code (the process's). */
export async function waitAttached(c: CtrContext, t: AttachTarget): Promise<number> {
  const node = c.env.node;
  const running = t.process.state();
  const reads = running ? t.process.reads(t.terminal) : 'none';
  if (running && c.io.time.realTime && c.io.interactive && reads === 'none') return streamAttached(c, t, running);
  const planned = t.process.plannedExit();
  const ends = outputEndAt(t);
  const outputEnd = planned ? Math.max(planned.atMs, ends?.atMs ?? planned.atMs) : undefined;
  if (planned && outputEnd !== undefined && outputEnd - node.nowMs() <= MAX_WAIT_MS) {
    printChunks(c.io, ends?.cut ? beforeOutputEnd(t, t.out, planned.atMs, ends.atMs) : t.out, t.terminal);
    // Without a terminal ctr forwards the signals it gets (timeout's TERM) to the process.
    const release = t.terminal ? undefined : c.io.onSignal?.((signal) => forwardSignal(c, t, signal));
    try {
      await waitForExit(c, t, planned.atMs);
      // What it forked may still hold its output: ctr's copy, and so ctr, ends after them.
      if (outputEnd > planned.atMs && !c.io.time.signal?.aborted) await waitFor(node, () => outputDone(c, t), outputEnd, c.io.time);
    } finally {
      release?.();
    }
    const code = t.process.state()?.exitStatus ?? planned.code;
    t.cleanup();
    return code;
  }
  const process = t.process.state();
  const terminal = c.io.terminal;
  if (terminal && process) {
    // The running program itself says what it does with typed lines.
    const input = t.process.reads(t.terminal);
    if (input === 'shell') {
      // The shell's start-up output already ends with its first prompt.
      printChunks(c.io, t.out, true);
      terminal.attach(
        attachedShellProgram({
          node,
          session: t.process.shell(),
          pace: (ms) => c.io.pace(ms),
          promptFromStart: false,
          endedBefore: () => endedAlready(t),
          ended: (code) => ({ stdout: '', ...(t.shellEnded ? t.shellEnded(finish(t, code)) : { stderr: '', exitCode: finish(t, code) }) }),
        }),
      );
    } else {
      printChunks(c.io, t.out, t.terminal);
      terminal.attach(waitingProgram(t, process, input));
    }
    return 0;
  }
  printChunks(c.io, t.out, t.terminal);
  c.io.stderr(
    `ctr: staying attached to "${(process?.args ?? []).join(' ')}" until it exits is not simulated here; ` +
      `the task keeps running (see ctr tasks ls, ctr tasks kill; containerd's docs/getting-started.md)\n`,
  );
  return 1;
}

/** ctr's signal forwarding: what ctr receives goes on to the process it is attached to. */
function forwardSignal(c: CtrContext, t: AttachTarget, signal: string): void {
  try {
    t.process.kill(parseSignal(signal));
  } catch {
    // The process is already gone: the wait sees it.
  }
  notifyListeners(c.env.node);
}

/** What ctrlab says once when Ctrl-C keeps failing to end an attached process. */
function sigintHint(t: AttachTarget, process: ProcessState): string {
  const who = t.process.execId ? 'the process' : `"${process.args[0] ?? ''}" runs as PID 1 in the container and`;
  return (
    `\r\nctrlab: SIGINT reached the task, but ${who} has no handler for it, so the kernel ignores it and ctr stays attached, ` +
    `as on a real node. To end it, open a second terminal (Split) and run: ctr tasks kill -s SIGKILL ${t.process.id}\n`
  );
}

/**
 * Real time on a terminal: copies the output as the process writes it until the process
 * exits, forwarding each Ctrl-C to it as SIGINT.
 */
async function streamAttached(c: CtrContext, t: AttachTarget, process: ProcessState): Promise<number> {
  const node = c.env.node;
  const cursor = t.process.output(t.out);
  if (t.late) cursor.skipTo(node.nowMs());
  const stopped = () => hasExited(t);
  let interrupts = 0;
  let hinted = false;
  const release = t.proxiesSignals === false ? undefined : c.io.onSignal?.((signal) => {
    forwardSignal(c, t, signal);
    if (signal !== 'SIGINT') return;
    interrupts += 1;
    if (interrupts >= 2 && !hinted && !stopped()) {
      hinted = true;
      c.io.stderr(t.sigintHint ? t.sigintHint(process) : sigintHint(t, process));
    }
  });
  try {
    for (;;) {
      const done = outputDone(c, t);
      // A process that ended wrote nothing after its exit, nor did what it forked after the output closed.
      const exited = exitAtMs(t) ?? node.nowMs();
      const end = outputEndAt(t);
      const upto = done ? Math.max(exited, end ? end.atMs - (end.cut ? 1 : 0) : 0) : node.nowMs();
      const batch = cursor.read(upto);
      printChunks(c.io, batch, t.terminal);
      if (done) break;
      const next = cursor.nextAtMs();
      if (next !== undefined && next <= node.nowMs()) {
        // A loop writing as fast as it can: give the page a frame between batches.
        await realDelay(16, c.io.time.signal);
        continue;
      }
      // Wakes for the next chunk's moment, the process's end, or output added meanwhile (a
      // request nginx answered for another terminal).
      const more = () => outputDone(c, t) || (cursor.nextAtMs() ?? Number.POSITIVE_INFINITY) <= node.nowMs();
      const ends = stopped() ? outputEndAt(t)?.atMs : undefined;
      await waitFor(node, more, Math.min(next ?? Number.POSITIVE_INFINITY, ends ?? Number.POSITIVE_INFINITY), c.io.time);
      if (c.io.time.signal?.aborted) break;
    }
  } finally {
    release?.();
  }
  let ended = process;
  try {
    ended = t.process.state() ?? process;
  } catch {
    // deleted under us: what we knew of it is all there is
  }
  if (ended.status !== 'STOPPED') return 130;
  const code = ended.exitStatus ?? 0;
  t.cleanup();
  return code;
}

/**
 * The chunks that reach the client when the shim closed the output on the processes still
 * holding it (2 s after the exit): what they write from then on is lost; the process's own
 * output up to its exit never is.
 */
function beforeOutputEnd(t: AttachTarget, chunks: readonly OutputChunk[], exitMs: number, endMs: number): readonly OutputChunk[] {
  if (endMs <= exitMs) return chunks;
  const started = t.process.state()?.startedAtMs ?? 0;
  return chunks.filter((chunk) => {
    const at = started + (chunk.atMs ?? 0);
    return at <= exitMs || at < endMs;
  });
}

/** When its output ends (see outputDone); undefined if it is gone or not known. */
function outputEndAt(t: AttachTarget): { atMs: number; cut: boolean } | undefined {
  try {
    return t.process.outputEnd();
  } catch {
    return undefined;
  }
}

/** When the process exited, as the shim recorded it (undefined if it is gone). */
function exitAtMs(t: AttachTarget): number | undefined {
  try {
    return t.process.state()?.exitAtMs;
  } catch {
    return undefined;
  }
}

/** Cleans up as ctr does after Wait, and gives the process's exit code. */
function finish(t: AttachTarget, code: number): number {
  t.cleanup();
  return code;
}

/** How ctr ends once the process has exited (its task still there): cleaned up, with its code. */
function endedAlready(t: AttachTarget): { stdout: string; stderr: string; exitCode: number } | undefined {
  const code = stoppedCode(t);
  return code === undefined ? undefined : { stdout: '', stderr: '', exitCode: finish(t, code) };
}

/** A long-running process: input goes to its stdin, Ctrl-C is forwarded as SIGINT. */
function waitingProgram(t: AttachTarget, process: ProcessState, input: TerminalInput): InteractiveProgram {
  return attachedReaderProgram({
    process: t.process,
    input,
    ended: () => endedAlready(t),
    interrupted(said) {
      const code = stoppedCode(t);
      if (code !== undefined) {
        if (input === 'keys') return { stdout: '', stderr: '', exitCode: finish(t, code) };
        return { stdout: t.terminal ? `^C${said}` : '^C\n', stderr: t.terminal ? '' : said, exitCode: finish(t, code) };
      }
      return {
        stdout: '^C\n',
        stderr: t.detachedHint
          ? t.detachedHint(process)
          : `ctrlab: "${process.args.join(' ')}" runs as PID 1 and ignores SIGINT, so a real ctr would stay attached; ` +
            `detached here instead — the task keeps running (ctr tasks kill -s SIGKILL ${t.process.id})\n`,
        exitCode: 130,
      };
    },
  });
}
