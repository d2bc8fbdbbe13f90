// What crictl does once it opened a stream URL (cmd/crictl/exec.go stream() @v1.26.0, with
// client-go's remotecommand): copy the process's output to its own stdout/stderr until the
// stream ends, and report how the remote process ended. With -it on a terminal the process
// keeps the terminal (an interactive shell gets each typed line, `exit` ends it); on a watched
// terminal the output comes in real time. Where time jumps (tests, transcripts, pipes) a
// process that ends within ten minutes is waited for; one that runs for ever is reported as
// not simulated here, as ctr's attached tasks are.

import type { InteractiveProgram } from '../../../cli/spec';
import { InterruptedError } from '../../../cli/interrupted';
import { logrusLine } from '../../../cli/logrus';
import { NotSimulatedError } from '../../../cli/not-simulated';
import type { TerminalInput } from '../../../containerd/client/index';
import type { StreamedProcess } from '../../../cri/index';
import { notifyListeners } from '../../../node';
import { realDelay, waitFor } from '../../../host/time-driver';
import type { CrictlContext } from '../crictl-env';
import { attachedReaderProgram, attachedShellProgram, printChunks } from '../../attached-shell';

/** Longest exit crictl waits for in jumping time before treating the process as endless. */
const MAX_WAIT_MS = 10 * 60 * 1000;

function stopped(s: StreamedProcess): { code: number; atMs?: number } | undefined {
  try {
    const state = s.process.state();
    if (state && state.status !== 'STOPPED') return undefined;
    return { code: state?.exitStatus ?? 0, atMs: state?.exitAtMs };
  } catch {
    return { code: 0 };
  }
}

/**
 * Follows a streamed process until it ends; returns its exit code (the caller turns a non-zero
 * one into remotecommand's `command terminated with exit code N`).
 */
export async function followStream(c: CrictlContext, s: StreamedProcess, tty: boolean, interactive: boolean): Promise<number | 'attached'> {
  const node = c.env.node;
  const reads = stopped(s) ? 'none' : s.process.reads(tty);
  if (c.io.time.realTime && c.io.interactive && (reads === 'none' || !interactive)) return streamRealTime(c, s, tty);
  const planned = s.process.plannedExit();
  if (planned && planned.atMs - node.nowMs() <= MAX_WAIT_MS) {
    const cursor = s.process.output(s.out);
    if (s.late) cursor.skipTo(node.nowMs());
    await waitFor(node, () => stopped(s) !== undefined, planned.atMs, c.io.time);
    if (c.io.time.signal?.aborted) throw new InterruptedError();
    const end = stopped(s);
    // An exec's stream stays open while a background job of its shell holds the output.
    const drained = s.drainedAt(end?.atMs ?? planned.atMs);
    if (drained !== undefined && drained - node.nowMs() <= MAX_WAIT_MS) {
      if (drained > node.nowMs()) await waitFor(node, () => false, drained, c.io.time, true);
      if (c.io.time.signal?.aborted) throw new InterruptedError();
      printChunks(c.io, cursor.read(drained), tty);
      s.finish();
      return end?.code ?? planned.code;
    }
    printChunks(c.io, cursor.read(node.nowMs()), tty);
    throw new NotSimulatedError(
      `staying attached to "${(s.process.state()?.args ?? []).join(' ')}" while a process it left running holds its output`,
      "crictl's docs/crictl.md",
    );
  }
  if (interactive && c.io.terminal && reads !== 'none') {
    if (!s.late) printChunks(c.io, s.out, true);
    c.io.terminal.attach(reads === 'shell' ? shellProgram(c, s) : waitingProgram(c, s, reads));
    return 'attached';
  }
  if (!s.late) printChunks(c.io, s.out, tty);
  throw new NotSimulatedError(
    `staying attached to "${(s.process.state()?.args ?? []).join(' ')}" until it exits (the process keeps running)`,
    "crictl's docs/crictl.md",
  );
}

/** Real time on a terminal: the output at its moments until the process exits; Ctrl-C ends crictl. */
async function streamRealTime(c: CrictlContext, s: StreamedProcess, tty: boolean): Promise<number> {
  const node = c.env.node;
  const cursor = s.process.output(s.out);
  if (s.late) cursor.skipTo(node.nowMs());
  for (;;) {
    const end = stopped(s);
    // An exec's stream stays open while a background job of its shell holds the output.
    const drained = end ? s.drainedAt(end.atMs ?? node.nowMs()) : undefined;
    const done = drained !== undefined && drained <= node.nowMs();
    printChunks(c.io, cursor.read(done ? drained : node.nowMs()), tty);
    if (end && done) {
      s.finish();
      return end.code;
    }
    const next = cursor.nextAtMs();
    if (next !== undefined && next <= node.nowMs()) {
      await realDelay(16, c.io.time.signal);
    } else {
      const until = Math.min(next ?? Number.POSITIVE_INFINITY, drained ?? Number.POSITIVE_INFINITY);
      const more = () => (stopped(s) !== undefined && !end) || (cursor.nextAtMs() ?? Number.POSITIVE_INFINITY) <= node.nowMs();
      await waitFor(node, more, until, c.io.time);
    }
    if (c.io.time.signal?.aborted) throw new InterruptedError();
  }
}

/** crictl's own FATA line, for a stream that ends after the action returned (-it). */
function fatalLine(c: CrictlContext, startedMs: number, message: string): string {
  const nowMs = c.env.node.nowMs();
  return logrusLine('fatal', message, {}, { tty: c.io.isTTY, nowMs, elapsedSeconds: (nowMs - startedMs) / 1000 });
}

/** How the interactive stream's end reads on the terminal: nothing for 0, crictl's FATA otherwise. */
function ended(c: CrictlContext, startedMs: number, code: number, verb: 'exec' | 'attach'): { stdout: string; stderr: string; exitCode: number } {
  if (code === 0 || verb === 'attach') return { stdout: '', stderr: '', exitCode: 0 };
  return {
    stdout: '',
    stderr: fatalLine(c, startedMs, `execing command in container: command terminated with exit code ${code}`),
    exitCode: 1,
  };
}

/** The verb a stream belongs to decides how its end is reported. */
const verbOf = (s: StreamedProcess): 'exec' | 'attach' => (s.late ? 'attach' : 'exec');

/** An interactive busybox sh in the container, one typed line at a time. */
function shellProgram(c: CrictlContext, s: StreamedProcess): InteractiveProgram {
  const startedMs = c.env.node.nowMs();
  const finish = (code: number) => {
    s.finish();
    return ended(c, startedMs, code, verbOf(s));
  };
  return attachedShellProgram({
    node: c.env.node,
    session: s.process.shell(),
    pace: (ms) => c.io.pace(ms),
    // An exec's start-up output ended with the first prompt; an attach shows none until a line.
    promptFromStart: s.late,
    endedBefore: () => {
      const end = stopped(s);
      return end ? finish(end.code) : undefined;
    },
    ended: finish,
  });
}

/** A long-running program that reads the terminal (cat, top): typed lines go to it, Ctrl-C too (raw tty). */
function waitingProgram(c: CrictlContext, s: StreamedProcess, input: TerminalInput): InteractiveProgram {
  const startedMs = c.env.node.nowMs();
  const done = () => {
    const end = stopped(s);
    if (!end) return undefined;
    s.finish();
    return ended(c, startedMs, end.code, verbOf(s));
  };
  return attachedReaderProgram({
    process: s.process,
    input,
    ended: done,
    interrupted(said) {
      // The raw terminal sends Ctrl-C to the process's pty, which makes it SIGINT.
      notifyListeners(c.env.node);
      const after = done();
      if (after) return { ...after, stdout: `^C${said}${after.stdout}` };
      return { stdout: '^C', stderr: '' };
    },
  });
}
