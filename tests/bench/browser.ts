// Part of `npm run bench`: what a person feels in Chromium (Debian's, never a downloaded one).
// The exported site (out/, built first when missing) is served on a free localhost port; the
// page's own User Timing entries (components/terminal/enter-timing.ts) give the numbers, so
// nothing here polls the screen for them:
// - navigation → first prompt painted, on fresh loads (the page interactive);
// - Enter → the command's output and the next prompt in the terminal (parsed into its rows; the
//   browser paints them at its next frame), and Enter → painted (that frame), for the notes'
//   commands typed as a person types them (pull, push and build show simulated time as progress:
//   reported apart);
// - a reload after that long session: the worker's restore of the saved session (its own
//   measure, components/session/restore-timing.ts) and navigation → first prompt;
// - then 1,000 objects on that node (500 containers and their snapshots): the state view's
//   update after a line (ask → tree committed, components/lab/state-timing.ts) and Enter → output.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { NOTES_COMMANDS } from './command-sets';
import { breakdown, freshLoads } from './first-prompt';
import { ms, quantile, table } from './stats';

const ROOT = join(import.meta.dirname, '..', '..');
const FRAME_MS = 16;
/** The budget of a saved session's restore (issue 13). */
const RESTORE_MS = 100;
/** The page's answer to a click while a line runs (issue 13's runaway lines). */
const CLICK_MS = 100;
const ENTER_TO_OUTPUT = 'ctrlab:enter-to-output';
const ENTER_TO_RENDER = 'ctrlab:enter-to-render';
const STATE_VIEW = 'ctrlab:state-view';
const RESTORE = 'ctrlab:restore';
/** Untimed lines that put 500 containers (and their 500 snapshots) on the node, 50 a line. */
const THOUSAND_OBJECTS = Array.from({ length: 10 }, (_, b) => `for i in $(seq ${b * 50 + 1} ${b * 50 + 50}); do ctr c create docker.io/library/nginx:alpine scale-$i; done`);
/** Lines timed on that node: each changes it, so the state view has something to show. */
const ON_A_FULL_NODE = (i: number): string[] => [`ctr c create docker.io/library/nginx:alpine extra-${i}`, `ctr c label extra-${i} round=${i}`, 'ctr c ls -q', `ctr c rm extra-${i}`];
/** Lines the notes type beside the ctr ones, runnable on the ready node in this order. */
const OTHER_TOOLS: readonly string[] = [
  'crictl images',
  'crictl pods',
  'crictl ps -a',
  'nerdctl images',
  'nerdctl ps -a',
  'nerdctl namespace ls',
  'docker images',
  'docker ps -a',
  'docker network ls',
];
/** Lines whose simulated time passes as progress on screen: outside the one-frame budget. */
const TAKES_TIME = /\b(pull|push|build|sleep)\b/;

export interface BrowserFigures {
  firstPromptMs: number;
  enterToRender: number[];
  enterToOutput: number[];
  restoredFirstPromptMs: number;
  restoreMs: number;
  stateViewMs: number[];
  stateViewObjects: number;
  clickWhileLoopingMs: number[];
  lines: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function serve(port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.mjs'), join(ROOT, 'out'), String(port)], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://localhost:${port}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error('bench: the static server did not start');
}

/** Navigation start → the first prompt painted, in ms (the mark's startTime). */
async function firstPrompt(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('ctrlab:first-prompt', 'mark').length > 0, undefined, { timeout: 60_000 });
  return page.evaluate(() => performance.getEntriesByName('ctrlab:first-prompt', 'mark')[0]?.startTime ?? Number.NaN);
}

function count(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => performance.getEntriesByName(n, 'measure').length, name);
}

function last(page: Page, name: string): Promise<{ duration: number; detail: unknown }> {
  return page.evaluate((n) => {
    const entry = performance.getEntriesByName(n, 'measure').at(-1) as PerformanceMeasure | undefined;
    return { duration: entry?.duration ?? Number.NaN, detail: entry?.detail ?? null };
  }, name);
}

interface TimedLine {
  painted: number;
  output: number;
  /** The state view's update after the line, when asked for. */
  stateView?: { duration: number; objects: number };
}

/** Types `line` and Enter; resolves with the line's measures (and the state view's, if `stateView`). */
async function timedLine(page: Page, line: string, stateView = false): Promise<TimedLine> {
  const [painted, views] = [await count(page, ENTER_TO_RENDER), await count(page, STATE_VIEW)];
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  await page.waitForFunction(([n, name]) => performance.getEntriesByName(name, 'measure').length > n, [painted, ENTER_TO_RENDER] as const, { timeout: 120_000 });
  const result: TimedLine = { painted: (await last(page, ENTER_TO_RENDER)).duration, output: (await last(page, ENTER_TO_OUTPUT)).duration };
  if (stateView) {
    await page.waitForFunction(([n, name]) => performance.getEntriesByName(name, 'measure').length > n, [views, STATE_VIEW] as const, { timeout: 120_000 });
    const view = await last(page, STATE_VIEW);
    result.stateView = { duration: view.duration, objects: (view.detail as { objects?: number } | null)?.objects ?? 0 };
  }
  return result;
}

/** Runs `line` untimed and waits for its prompt (its Enter → painted measure). */
async function runLine(page: Page, line: string): Promise<void> {
  const before = await count(page, ENTER_TO_RENDER);
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  await page.waitForFunction(([n, name]) => performance.getEntriesByName(name, 'measure').length > n, [before, ENTER_TO_RENDER] as const, { timeout: 300_000 });
}

/**
 * While `while true; do echo x; done` prints in the worker: how long the page takes to start
 * handling a click on Split (the event's time stamp → its first listener), `clicks` times.
 */
async function clickDelaysWhileLooping(page: Page, clicks: number): Promise<number[]> {
  await page.keyboard.type('while true; do echo x; done');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
  const delays: number[] = [];
  for (let i = 0; i < clicks; i++) {
    await page.getByTestId('split').evaluate((button) => {
      const w = window as unknown as { clickDelay?: number };
      w.clickDelay = undefined;
      button.addEventListener('click', (event) => (w.clickDelay = performance.now() - event.timeStamp), { once: true, capture: true });
    });
    await page.getByTestId('split').click();
    await page.waitForFunction(() => (window as unknown as { clickDelay?: number }).clickDelay !== undefined);
    delays.push(await page.evaluate(() => (window as unknown as { clickDelay?: number }).clickDelay ?? Number.NaN));
    await page.waitForTimeout(100);
  }
  await page.getByTestId('terminal').click();
  await page.keyboard.press('Control+C');
  await page.waitForFunction(() => document.querySelector('[data-testid="terminal"]')?.getAttribute('data-busy') !== 'true', undefined, { timeout: 60_000 });
  return delays;
}

/** The worker's last measure of a saved session's restore, in ms (NaN when none). */
async function workerRestoreMs(page: Page): Promise<number> {
  for (const worker of page.workers()) {
    const ms = await worker
      .evaluate((name) => (performance.getEntriesByName(name, 'measure').at(-1) as PerformanceMeasure | undefined)?.duration ?? null, RESTORE)
      .catch(() => null);
    if (typeof ms === 'number') return ms;
  }
  return Number.NaN;
}

export async function browserReport(loads = 6): Promise<BrowserFigures | undefined> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    console.log(`\n## in Chromium\n\nskipped: no Chromium at ${executablePath}`);
    return undefined;
  }
  if (!existsSync(join(ROOT, 'out', 'index.html'))) {
    const built = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('bench: npm run build failed');
  }
  const port = await freePort();
  const server = await serve(port);
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const url = `http://localhost:${port}/playground/`;
    const freshRuns = await freshLoads(browser, url, loads);
    const fresh = freshRuns.map((run) => run.firstPrompt);
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await firstPrompt(page);
    await page.getByTestId('terminal').click();
    const byLine = new Map<string, TimedLine[]>();
    const lines = [...NOTES_COMMANDS, ...OTHER_TOOLS];
    // The notes' commands three times over: a long lab, and three samples of each line.
    for (let round = 0; round < 3; round++) {
      for (const line of lines) byLine.set(line, [...(byLine.get(line) ?? []), await timedLine(page, line)]);
    }
    await page.reload();
    const restored = await firstPrompt(page);
    const restoreMs = await workerRestoreMs(page);
    // The page's answer to clicks while a line prints without end (an even count: Split ends closed).
    await page.getByTestId('terminal').click();
    const clicks = await clickDelaysWhileLooping(page, 6);
    // The same node with 1,000 objects on it: the state view's updates, and lines on it.
    await page.getByTestId('terminal').click();
    for (const line of THOUSAND_OBJECTS) await runLine(page, line);
    const full: TimedLine[] = [];
    for (let i = 0; i < 5; i++) for (const line of ON_A_FULL_NODE(i)) full.push(await timedLine(page, line, true));
    await context.close();

    const timed = (slow: boolean) => [...byLine].filter(([line]) => TAKES_TIME.test(line) === slow).flatMap(([, s]) => s);
    const quick = timed(false);
    const slow = timed(true);
    const views = full.flatMap((t) => (t.stateView ? [t.stateView] : []));
    const objects = Math.min(...views.map((v) => v.objects));
    const row = (name: string, samples: number[]) => [name, String(samples.length), ms(quantile(samples, 0.5)), ms(quantile(samples, 0.99))];
    console.log('\n## in Chromium (Debian chromium, the exported site)\n');
    console.log(
      table(
        ['measure', 'samples', 'median ms', 'p99 ms'],
        [
          row('navigation → first prompt painted (fresh context)', fresh),
          row('Enter → output and prompt in the terminal (notes commands)', quick.map((t) => t.output)),
          row('Enter → output and prompt painted (the next frame)', quick.map((t) => t.painted)),
          row('Enter → painted, pull/push/build (simulated time shown)', slow.map((t) => t.painted)),
          row(`saved session restored in the worker (${3 * lines.length} lines)`, [restoreMs]),
          row('reload → first prompt, that session restored', [restored]),
          row('click → handled, while a loop prints (Split)', clicks),
          row(`state view update after a line, ${objects} objects`, views.map((v) => v.duration)),
          row(`Enter → output in the terminal, ${objects} objects`, full.map((t) => t.output)),
        ],
      ),
    );
    console.log(`\nfresh loads, step by step (tests/bench/first-prompt.ts):\n\n${breakdown(freshRuns)}`);
    const worst = [...byLine].filter(([line]) => !TAKES_TIME.test(line)).sort((a, b) => quantile(b[1].map((t) => t.output), 1) - quantile(a[1].map((t) => t.output), 1)).slice(0, 5);
    console.log(`\nslowest lines to output (max of 3): ${worst.map(([line, s]) => `${line} ${ms(quantile(s.map((t) => t.output), 1))}`).join('; ')}`);
    const budget = (ok: boolean, text: string) => console.log(`${ok ? 'within' : 'OVER'}  ${text}`);
    const outputP99 = quantile(quick.map((t) => t.output), 0.99);
    budget(outputP99 < FRAME_MS, `Enter → output in the terminal p99 ${ms(outputP99)} ms (budget ${FRAME_MS} ms; painted at the next frame, p99 ${ms(quantile(quick.map((t) => t.painted), 0.99))} ms)`);
    const viewP99 = quantile(views.map((v) => v.duration), 0.99);
    budget(viewP99 < FRAME_MS, `state view update with ${objects} objects p99 ${ms(viewP99)} ms (budget ${FRAME_MS} ms)`);
    budget(restoreMs < RESTORE_MS, `saved session of ${3 * lines.length} lines restored in ${ms(restoreMs)} ms (budget ${RESTORE_MS} ms)`);
    budget(quantile(clicks, 1) < CLICK_MS, `click handled while a loop prints, max ${ms(quantile(clicks, 1))} ms (budget ${CLICK_MS} ms)`);
    budget(quantile(fresh, 0.5) < 1000, `page interactive (first prompt) median ${ms(quantile(fresh, 0.5))} ms (budget 1,000 ms)`);
    return {
      firstPromptMs: quantile(fresh, 0.5),
      enterToRender: quick.map((t) => t.painted),
      enterToOutput: quick.map((t) => t.output),
      restoredFirstPromptMs: restored,
      restoreMs,
      stateViewMs: views.map((v) => v.duration),
      stateViewObjects: objects,
      clickWhileLoopingMs: clicks,
      lines: 3 * lines.length,
    };
  } finally {
    await browser.close();
    server.kill();
  }
}
