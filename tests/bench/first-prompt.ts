// Where the first prompt's time goes, on fresh loads of /playground/ in Debian's Chromium:
// `npx tsx tests/bench/first-prompt.ts [loads] [outDir …]` serves each exported site (default
// out/) on a free localhost port and loads them in turn, `loads` times each (so a busy machine
// weighs on every build alike), then prints, per site, the median of each step, all in ms from
// navigation start, read from the page's and the worker's own timelines (User Timing and
// Resource Timing), never by polling the screen:
// - the page's HTML received, DOMContentLoaded, the page's first paint;
// - the worker's code fetched, compiled and run (its `ctrlab:worker-ready` mark);
// - any `ctrlab:t:…` marks of the page or the worker: probes added by hand while looking for time;
// - the first prompt painted (`ctrlab:first-prompt`, the bench's "page interactive");
// - a key typed at navigation echoed: `x` is pressed as soon as the terminal's element exists,
//   and the time is when the terminal's screen first shows it after the prompt.
// Part of issue 13's Speed section (the page interactive in under 1 s): browser.ts (`npm run
// bench`) makes its fresh loads here and prints this breakdown under its table; run alone, it
// compares builds (e.g. before and after a change, each exported to its own folder).
// With `--trace` (`npx tsx tests/bench/first-prompt.ts --trace 8 out-a out-b`) each load is also
// traced by Chromium, and the CPU time each thread spent until the first prompt is printed
// (cpu-trace.ts): on a loaded machine the wall times above move by hundreds of ms between loads,
// the CPU the load itself cost far less.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from '@playwright/test';
import { type CpuTimes, cpuToMark, type TraceEvent } from './cpu-trace';
import { ms, quantile, table } from './stats';

const ROOT = join(import.meta.dirname, '..', '..');

/** One load's steps, ms from the page's navigation start (NaN when a step was not seen). */
export interface Steps {
  html: number;
  domContentLoaded: number;
  firstPaint: number;
  workerReady: number;
  firstPrompt: number;
  keyEchoed: number;
  /** Any `ctrlab:t:…` marks of the page and the worker (ad hoc probes while looking for time). */
  probes: ReadonlyArray<readonly [string, number]>;
  /** CPU per thread until the first prompt, when the load was traced. */
  cpu?: CpuTimes;
}

/** The trace categories the CPU view reads: tasks with their thread time, navigation, marks. */
const TRACE_CATEGORIES = ['disabled-by-default-devtools.timeline', 'toplevel', 'blink.user_timing', 'loading'];
const FIRST_PROMPT_MARK = 'ctrlab:first-prompt';

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

async function serve(dir: string, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.mjs'), dir, String(port)], { stdio: 'ignore', env: { ...process.env, HOST: '127.0.0.1' } });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`first-prompt: the static server for ${dir} did not start`);
}

/** The worker's timeline, shifted to the page's navigation start. */
async function workerSteps(page: Page, pageOrigin: number): Promise<{ ready: number; marks: ReadonlyArray<readonly [string, number]> }> {
  for (const worker of page.workers()) {
    const seen = await worker
      .evaluate(() => ({
        origin: performance.timeOrigin,
        ready: performance.getEntriesByName('ctrlab:worker-ready', 'mark')[0]?.startTime ?? Number.NaN,
        marks: performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('ctrlab:t:'))
          .map((m) => [m.name, m.startTime] as const),
      }))
      .catch(() => null);
    if (seen) {
      const shift = seen.origin - pageOrigin;
      return { ready: seen.ready + shift, marks: seen.marks.map(([name, at]) => [name, at + shift] as const) };
    }
  }
  return { ready: Number.NaN, marks: [] };
}

/**
 * Runs in each page before its own scripts: at every frame, until the typed key shows after the
 * prompt, looks at the terminal's rows; the frame's time is the echo's. A string, not a
 * function: tsx would wrap a named function in a helper the page lacks.
 */
const ECHO_WATCHER = `(() => {
  function look(now) {
    const rows = document.querySelector('[data-testid="terminal"] .xterm-rows');
    if (rows && /[#$]\\s?x/.test(rows.textContent || '')) window.__ctrlabKeyEchoed = now;
    else requestAnimationFrame(look);
  }
  requestAnimationFrame(look);
})();`;

async function load(page: Page, url: string): Promise<Steps> {
  const navigated = page.goto(url, { waitUntil: 'commit' });
  // The key is pressed as soon as the terminal is on the page, long before the node is there.
  await navigated;
  await page.waitForSelector('[data-testid="terminal"]', { state: 'attached' });
  await page.getByTestId('terminal').click({ trial: false, force: true }).catch(() => undefined);
  await page.keyboard.press('x');
  await page.waitForFunction(() => performance.getEntriesByName('ctrlab:first-prompt', 'mark').length > 0, undefined, { timeout: 60_000 });
  // The echo: the first frame whose terminal rows show `# x` (the prompt's end and the key), seen
  // by the watcher ECHO_WATCHER put in the page before its own code ran.
  await page.waitForFunction('typeof window.__ctrlabKeyEchoed === "number"', undefined, { timeout: 60_000 });
  const keyEchoed = await page.evaluate<number>('window.__ctrlabKeyEchoed');
  const steps = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
    return {
      origin: performance.timeOrigin,
      html: nav?.responseEnd ?? Number.NaN,
      domContentLoaded: nav?.domContentLoadedEventEnd ?? Number.NaN,
      firstPaint: paint,
      firstPrompt: performance.getEntriesByName('ctrlab:first-prompt', 'mark')[0]?.startTime ?? Number.NaN,
      probes: performance.getEntriesByType('mark').filter((m) => m.name.startsWith('ctrlab:t:')).map((m) => [m.name, m.startTime] as const),
    };
  });
  const worker = await workerSteps(page, steps.origin);
  return {
    html: steps.html,
    domContentLoaded: steps.domContentLoaded,
    firstPaint: steps.firstPaint,
    workerReady: worker.ready,
    firstPrompt: steps.firstPrompt,
    keyEchoed,
    probes: [...steps.probes, ...worker.marks],
  };
}

/** `loads` fresh loads of `url` (a new browser context each: no cache, no saved session). */
export async function freshLoads(browser: Browser, url: string, loads: number): Promise<Steps[]> {
  const runs: Steps[] = [];
  for (let i = 0; i < loads; i++) runs.push(await oneFreshLoad(browser, url));
  return runs;
}

async function oneFreshLoad(browser: Browser, url: string, trace = false): Promise<Steps> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    await context.addInitScript(ECHO_WATCHER);
    const page = await context.newPage();
    if (!trace) return await load(page, url);
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    let steps: Steps;
    try {
      steps = await load(page, url);
    } catch (error) {
      await browser.stopTracing().catch(() => undefined);
      throw error;
    }
    const traced = await browser.stopTracing();
    const parsed = JSON.parse(traced.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
    const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
    return { ...steps, cpu: cpuToMark(events, new URL(url).pathname, FIRST_PROMPT_MARK) };
  } finally {
    await context.close();
  }
}

/** A step's or a thread's median, min and max over the loads. */
function row(name: string, samples: number[]): string[] {
  return [name, ms(quantile(samples, 0.5)), ms(Math.min(...samples)), ms(Math.max(...samples))];
}

/** The median, min and max CPU time of each thread over the traced `runs`. */
function cpuBreakdown(runs: readonly Steps[]): string {
  const traced = runs.flatMap((r) => (r.cpu ? [r.cpu] : []));
  const parts: Array<[keyof CpuTimes, string]> = [
    ['page', "page's main thread"],
    ['worker', "node's worker thread"],
    ['background', 'background threads (script parsing, raster)'],
  ];
  const rows = parts.map(([key, name]) => row(name, traced.map((c) => c[key])));
  rows.push(row('all three', traced.map((c) => c.page + c.worker + c.background)));
  rows.push(row("(the worker's thread started, ms from navigation)", traced.map((c) => c.workerStarted)));
  return table([`CPU until the first prompt (ms, ${traced.length} traced loads)`, 'median', 'min', 'max'], rows);
}

/** The median, min and max of each step over `runs`, in the order they happen. */
export function breakdown(runs: readonly Steps[]): string {
  const stepNames: Array<[Exclude<keyof Steps, 'probes' | 'cpu'>, string]> = [
    ['html', 'HTML received'],
    ['firstPaint', 'first contentful paint'],
    ['domContentLoaded', 'DOMContentLoaded'],
    ['workerReady', "worker's code run (ready)"],
    ['firstPrompt', 'first prompt painted'],
    ['keyEchoed', 'key typed at load echoed'],
  ];
  // A step no load saw (a build from before its mark) is left out, not printed as Infinity.
  const rows = stepNames.map(([key, name]) => row(name, runs.map((r) => r[key]).filter((v) => !Number.isNaN(v)))).filter((r) => r[1] !== '-');
  for (const probe of new Set(runs.flatMap((r) => r.probes.map(([name]) => name)))) {
    rows.push(row(probe, runs.flatMap((r) => r.probes.filter(([name]) => name === probe).map(([, at]) => at))));
  }
  rows.sort((a, b) => Number(a[1]) - Number(b[1]));
  return table(['step (ms from navigation start)', 'median', 'min', 'max'], rows);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const trace = args[0] === '--trace';
  if (trace) args.shift();
  const loads = Number(args[0] ?? 6);
  const dirs = (args.length > 1 ? args.slice(1) : ['out']).map((d) => resolve(ROOT, d));
  for (const dir of dirs) if (!existsSync(join(dir, 'index.html'))) throw new Error(`first-prompt: ${dir} is not an exported site (run npm run build)`);
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const servers: ChildProcess[] = [];
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const sites: Array<{ dir: string; url: string; runs: Steps[] }> = [];
    for (const dir of dirs) {
      const port = await freePort();
      servers.push(await serve(dir, port));
      sites.push({ dir, url: `http://localhost:${port}/playground/`, runs: [] });
    }
    // The sites in turn, load by load, so a machine busy for a while weighs on each alike.
    for (let i = 0; i < loads; i++) for (const site of sites) site.runs.push(await oneFreshLoad(browser, site.url, trace));
    for (const site of sites) {
      console.log(`\n## ${site.dir}: ${loads} fresh loads of /playground/\n`);
      console.log(breakdown(site.runs));
      console.log(`first prompts: ${site.runs.map((r) => r.firstPrompt.toFixed(0)).join(' ')}`);
      if (trace) console.log(`\n${cpuBreakdown(site.runs)}`);
    }
  } finally {
    await browser.close();
    for (const server of servers) server.kill();
  }
}

// Run as a script (`npx tsx tests/bench/first-prompt.ts`), not when browser.ts imports it.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
