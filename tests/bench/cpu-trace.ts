// The CPU time a page load spent until its first prompt, per thread, read from a Chromium trace
// (Playwright's browser.startTracing: the browser's own Trace Event Format JSON). On a loaded
// 2-core machine the wall time from navigation to the first prompt moves by ±500 ms from one
// load to the next as other processes take the cores; the thread time of the work the load
// itself did (the `tdur` of each task the thread ran) barely moves, so a change is proved here.
// Part of tests/bench/first-prompt.ts (`--trace`).

/** One trace event, as much of it as is read here. */
export interface TraceEvent {
  name?: string;
  ph?: string;
  pid?: number;
  tid?: number;
  ts?: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { documentLoaderURL?: string } };
}

/** ms of CPU each part of the page spent from navigation to the first prompt. */
export interface CpuTimes {
  /** The page's main thread: parsing, style, layout, React, xterm. */
  page: number;
  /** The node's worker: fetching, compiling and running the simulator, making the node. */
  worker: number;
  /** The renderer's pool threads: background parsing and compiling of the page's scripts, raster. */
  background: number;
  /** When the worker's thread ran its first task, ms from navigation (NaN: no worker). */
  workerStarted: number;
}

const TASK = 'RunTask';
const POOL_TASK = 'ThreadPool_RunTask';

/** CPU of the tasks named `name` on the threads `on` accepts, the part inside [from, to]. */
function cpuIn(events: readonly TraceEvent[], name: string, on: (e: TraceEvent) => boolean, from: number, to: number): number {
  let micros = 0;
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== name || e.ts === undefined || !e.dur || e.tdur === undefined || !on(e)) continue;
    const inside = Math.min(e.ts + e.dur, to) - Math.max(e.ts, from);
    if (inside > 0) micros += e.tdur * (inside / e.dur);
  }
  return micros / 1000;
}

/**
 * The CPU times of the load of `pagePath` (e.g. `/playground/`) up to the page's `mark`; undefined
 * when the trace lacks the navigation or the mark.
 */
export function cpuToMark(events: readonly TraceEvent[], pagePath: string, mark: string): CpuTimes | undefined {
  const navigation = events.filter((e) => e.name === 'navigationStart' && (e.args?.data?.documentLoaderURL ?? '').endsWith(pagePath));
  const reached = events.find((e) => e.name === mark && e.ts !== undefined);
  if (navigation.length === 0 || !reached?.ts) return undefined;
  const from = Math.min(...navigation.map((e) => e.ts ?? Number.POSITIVE_INFINITY));
  const to = reached.ts;
  const threadNames = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const renderer = reached.pid;
  const named = (e: TraceEvent) => threadNames.get(`${e.pid}:${e.tid}`) ?? '';
  const onWorker = (e: TraceEvent) => e.pid === renderer && named(e) === 'DedicatedWorker thread';
  const workerTasks = events.filter((e) => e.ph === 'X' && e.ts !== undefined && e.ts >= from && onWorker(e)).map((e) => e.ts as number);
  return {
    page: cpuIn(events, TASK, (e) => e.pid === renderer && e.tid === reached.tid, from, to),
    worker: cpuIn(events, TASK, onWorker, from, to),
    background: cpuIn(events, POOL_TASK, (e) => e.pid === renderer && named(e).startsWith('ThreadPool'), from, to),
    workerStarted: workerTasks.length > 0 ? (Math.min(...workerTasks) - from) / 1000 : Number.NaN,
  };
}
