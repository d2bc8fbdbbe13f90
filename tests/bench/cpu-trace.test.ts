// The first prompt's CPU view (cpu-trace.ts) on a hand-made trace: each thread's tasks are
// counted by their thread time, only the part between navigation and the mark, and the threads
// of another process or another navigation (about:blank before it) are left out.

import { describe, expect, it } from 'vitest';
import { cpuToMark, type TraceEvent } from './cpu-trace';

const PAGE = 7;
const MAIN = 1;
const WORKER = 2;
const POOL = 3;

function task(tid: number, ts: number, dur: number, tdur: number, name = 'RunTask', pid = PAGE): TraceEvent {
  return { name, ph: 'X', pid, tid, ts, dur, tdur };
}

const TRACE: TraceEvent[] = [
  { name: 'thread_name', ph: 'M', pid: PAGE, tid: MAIN, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', pid: PAGE, tid: WORKER, args: { name: 'DedicatedWorker thread' } },
  { name: 'thread_name', ph: 'M', pid: PAGE, tid: POOL, args: { name: 'ThreadPoolForegroundWorker' } },
  { name: 'navigationStart', ph: 'R', pid: PAGE, tid: MAIN, ts: 500, args: { data: { documentLoaderURL: '' } } },
  { name: 'navigationStart', ph: 'R', pid: PAGE, tid: MAIN, ts: 1_000, args: { data: { documentLoaderURL: 'http://localhost:1/playground/' } } },
  // Before navigation: left out.
  task(MAIN, 0, 400, 400),
  // 2 ms of CPU in 4 ms of wall time, all inside.
  task(MAIN, 2_000, 4_000, 2_000),
  // Half of it after the mark (at 11 000): half its CPU counts.
  task(MAIN, 10_000, 2_000, 1_000),
  task(WORKER, 3_000, 5_000, 3_000),
  task(POOL, 3_000, 1_000, 500, 'ThreadPool_RunTask'),
  // Another process's main thread.
  task(MAIN, 2_000, 4_000, 4_000, 'RunTask', 8),
  { name: 'ctrlab:first-prompt', ph: 'I', pid: PAGE, tid: MAIN, ts: 11_000 },
];

describe('the CPU view of a first prompt', () => {
  it('adds up each thread’s CPU between navigation and the mark', () => {
    expect(cpuToMark(TRACE, '/playground/', 'ctrlab:first-prompt')).toEqual({ page: 2.5, worker: 3, background: 0.5, workerStarted: 2 });
  });

  it('is undefined without the mark or the navigation', () => {
    expect(cpuToMark(TRACE, '/playground/', 'ctrlab:nothing')).toBeUndefined();
    expect(cpuToMark(TRACE, '/notes/runtimes/', 'ctrlab:first-prompt')).toBeUndefined();
  });
});
