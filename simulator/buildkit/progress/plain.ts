// The plain progress display of buildctl 0.10.4 (util/progress/progressui/printer.go textMux):
// `#N name` when a vertex starts (a blank line between vertices), its status lines (`#N id
// 1.2MB / 3.4MB 0.3s done`: the time only past 0.01s, `done` once completed), its output
// as `#N 0.153 line`, then `#N DONE 0.4s`, `#N CACHED` or `#N ERROR: …`; after a failure the
// failed vertices' last log lines between `------` rules (printErrorLogs).

import { formatBytes } from './bytes';
import type { Trace, Vertex, VertexStatus } from './trace';

export interface TimedText {
  /** When it is printed on the node's clock. */
  atMs: number;
  text: string;
}

/** A status that lasts this long is printed when it starts as well (an open status). */
const OPEN_STATUS_MS = 100;
const LOG_BUFFER = 10;

function statusLine(index: number, s: VertexStatus, completed: boolean): string {
  let bytes = '';
  const current = completed ? (s.total || s.current) : 0;
  if (s.total !== 0) bytes = ` ${formatBytes(current)} / ${formatBytes(s.total)}`;
  else if (current !== 0) bytes = ` ${formatBytes(current)}`;
  let tm = '';
  const end = completed ? (s.completedMs ?? s.startedMs) : s.startedMs;
  const diff = (end - s.startedMs) / 1000;
  if (diff > 0.01) tm = ` ${diff.toFixed(1)}s`;
  if (completed) tm += ' done';
  return `#${index} ${s.id}${bytes}${tm}\n`;
}

/** `%.[prec]f` of the seconds since the vertex started: 3 decimals under 10s, 2 under 100s. */
function logStamp(seconds: number): string {
  return seconds.toFixed(seconds < 10 ? 3 : seconds < 100 ? 2 : 1);
}

/**
 * A vertex's output as lines: a chunk that does not end its line waits for the next chunk
 * (progressui's logsPartial: `printf abc; echo` is one line `abc`), stamped when it began.
 */
function logLines(v: Vertex, index: number): TimedText[] {
  const out: TimedText[] = [];
  let partial: { atMs: number; text: string } | undefined;
  const emit = (atMs: number, line: string) => out.push({ atMs, text: `#${index} ${logStamp((atMs - v.startedMs) / 1000)} ${line}\n` });
  for (const log of v.logs) {
    const lines = log.text.split('\n');
    const rest = lines.pop() ?? '';
    lines.forEach((line, i) => {
      if (i === 0 && partial) emit(partial.atMs, partial.text + line);
      else emit(log.atMs, line);
      if (i === 0) partial = undefined;
    });
    if (rest !== '') partial = partial ? { atMs: partial.atMs, text: partial.text + rest } : { atMs: log.atMs, text: rest };
  }
  if (partial) emit(partial.atMs, partial.text);
  return out;
}

function vertexEnd(v: Vertex, index: number): string {
  if (v.error !== undefined) return `#${index} ERROR: ${v.error}\n`;
  if (v.cached) return `#${index} CACHED\n`;
  return `#${index} DONE ${(((v.completedMs ?? v.startedMs) - v.startedMs) / 1000).toFixed(1)}s\n`;
}

/**
 * Everything the plain display prints for `trace`, with the moments it prints it. `v08`: as
 * buildkit 0.8's printer (vendored by docker 20.10's CLI) does: `#N sha256:…` under each
 * vertex's name, and the error block without the failed step's logs.
 */
export function plainProgress(trace: Trace, v08 = false): TimedText[] {
  const out: TimedText[] = [];
  trace.vertices.forEach((v, i) => {
    const index = i + 1;
    const events: TimedText[] = [{ atMs: v.startedMs, text: `${i === 0 ? '' : '\n'}#${index} ${v.name}\n${v08 && v.digest ? `#${index} ${v.digest}\n` : ''}` }];
    const body: TimedText[] = [];
    for (const s of v.statuses) {
      const long = (s.completedMs ?? s.startedMs) - s.startedMs >= OPEN_STATUS_MS;
      if (long) body.push({ atMs: s.startedMs, text: statusLine(index, s, false) });
      body.push({ atMs: s.completedMs ?? s.startedMs, text: statusLine(index, s, true) });
    }
    body.push(...logLines(v, index));
    body.sort((a, b) => a.atMs - b.atMs);
    events.push(...body, { atMs: v.completedMs ?? v.startedMs, text: vertexEnd(v, index) });
    out.push(...events);
  });
  const failed = trace.vertices.map((v, i) => ({ v, index: i + 1 })).filter(({ v }) => v.error !== undefined);
  const end = out.length > 0 ? (out[out.length - 1]?.atMs ?? trace.nowMs) : trace.nowMs;
  for (const { v, index } of failed) {
    const logs = v08 ? '' : logLines(v, index).slice(-LOG_BUFFER).map((l) => l.text).join('');
    out.push({ atMs: end, text: `------\n > ${v.name}:\n${logs}------\n` });
  }
  return out;
}
