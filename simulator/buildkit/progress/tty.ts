// The terminal progress display of buildctl 0.10.4 (util/progress/progressui/display.go
// display.print): a `[+] Building 1.2s (5/6)` header and one line per vertex and status
// (` => [2/2] RUN …   0.4s`, ` => => resolve …`), redrawn in place (cursor up, column 0,
// cursor hidden while drawing); finished lines in blue, failed ones in red; the last frame says
// FINISHED once every vertex completed. After a failure the failed vertices' logs follow.

import { formatBytes } from './bytes';
import type { TimedText } from './plain';
import type { Trace, Vertex } from './trace';

const ESC = '\x1b[';
const BLUE = `${ESC}34m`;
const RED = `${ESC}31m`;
const RESET = `${ESC}0m`;
const HIDE = `${ESC}?25l`;
const SHOW = `${ESC}?25h`;
const TICK_MS = 150;

interface Job {
  name: string;
  startedMs: number;
  completedMs?: number;
  status: string;
  error: boolean;
}

function jobsAt(trace: Trace, atMs: number): { jobs: Job[]; total: number; completed: number } {
  const jobs: Job[] = [];
  let total = 0;
  let completed = 0;
  for (const v of trace.vertices) {
    if (v.startedMs > atMs) continue;
    total++;
    const done = v.completedMs !== undefined && v.completedMs <= atMs;
    if (done) completed++;
    const prefix = done && v.error !== undefined ? 'ERROR ' : '';
    jobs.push({ name: `${v.cached && done ? 'CACHED ' : ''}${prefix}${v.name}`, startedMs: v.startedMs, completedMs: done ? v.completedMs : undefined, status: '', error: done && v.error !== undefined });
    for (const s of v.statuses) {
      if (s.startedMs > atMs) continue;
      const sDone = s.completedMs !== undefined && s.completedMs <= atMs;
      const current = sDone ? s.total || s.current : 0;
      const status = s.total !== 0 ? `${formatBytes(current)} / ${formatBytes(s.total)}` : current !== 0 ? formatBytes(current) : '';
      jobs.push({ name: `=> ${s.id}`, startedMs: s.startedMs, completedMs: sDone ? s.completedMs : undefined, status, error: false });
    }
  }
  return { jobs, total, completed };
}

function align(left: string, right: string, width: number): string {
  return `${left.padEnd(width - right.length - 1)} ${right}`;
}

/** One frame at `atMs`; `lineCount` is how many job lines the previous frame drew. */
function frame(trace: Trace, atMs: number, width: number, lineCount: number, first: boolean, last: boolean): { text: string; lines: number } {
  let text = `${ESC}1A`.repeat(lineCount + 1);
  if (first) text += `${ESC}1B`;
  text += `${ESC}0G${HIDE}`;
  const { jobs, total, completed } = jobsAt(trace, atMs);
  const status = completed > 0 && completed === total && last ? 'FINISHED' : '';
  text += `${align(`[+] Building ${((atMs - trace.startMs) / 1000).toFixed(1)}s (${completed}/${total}) ${status}`, '', width)}\n`;
  let lines = 0;
  for (const j of jobs) {
    let dt = ((j.completedMs ?? atMs) - j.startedMs) / 1000;
    if (dt < 0.05) dt = 0;
    const pfx = ' => ';
    const timer = ` ${dt.toFixed(1).padStart(3)}s\n`;
    let left = width - pfx.length - timer.length - 1;
    let showStatus = false;
    if (j.status !== '' && left + j.status.length > 20) {
      showStatus = true;
      left -= j.status.length + 1;
    }
    if (left < 12) continue;
    let out = pfx + (j.name.length > left ? j.name.slice(0, left) : j.name);
    if (showStatus) out += ` ${j.status}`;
    out = align(out, timer, width);
    if (j.completedMs !== undefined) out = `${j.error ? RED : BLUE}${out}${RESET}`;
    text += out;
    lines++;
  }
  if (lineCount > lines) {
    text += `${' '.repeat(width)}\n`.repeat(lineCount - lines);
    text += `${ESC}${lineCount - lines}A${ESC}0G`;
  }
  return { text: text + SHOW, lines };
}

function errorLogs(v: Vertex, index: number): string {
  const logs = v.logs.flatMap((l) => {
    const lines = l.text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    const sec = (l.atMs - v.startedMs) / 1000;
    return lines.map((line) => `#${index} ${sec.toFixed(sec < 10 ? 3 : 2)} ${line}\n`);
  });
  return `------\n > ${v.name}:\n${logs.join('')}------\n`;
}

/** The frames the terminal display draws: one as each vertex starts or ends, the last FINISHED. */
export function ttyProgress(trace: Trace, width: number): TimedText[] {
  const moments = new Set<number>();
  for (const v of trace.vertices) {
    moments.add(v.startedMs);
    if (v.completedMs !== undefined) moments.add(v.completedMs);
  }
  // The display also redraws on its ticker (150 ms, display.go's tickerTimeout) while steps run.
  const end = Math.max(trace.nowMs, ...moments);
  for (let t = trace.startMs + TICK_MS; t < end; t += TICK_MS) moments.add(t);
  const times = [...moments].sort((a, b) => a - b);
  const out: TimedText[] = [];
  let lineCount = 0;
  times.forEach((t, i) => {
    const last = i === times.length - 1;
    const f = frame(trace, t, width, lineCount, i === 0, last);
    lineCount = f.lines;
    out.push({ atMs: t, text: f.text });
  });
  trace.vertices.forEach((v, i) => {
    if (v.error !== undefined) out.push({ atMs: end, text: errorLogs(v, i + 1) });
  });
  return out;
}
