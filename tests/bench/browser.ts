// Part of `npm run bench`: what a person feels in Chromium (Debian's, never a downloaded one).
// The exported site (out/, built first when missing) is served on a free localhost port; the
// page's own User Timing entries (components/terminal/enter-timing.ts) give the numbers, so
// nothing here polls the screen for them:
// - navigation → first prompt painted, on fresh loads (the page interactive);
// - Enter → the command's output and the next prompt painted, for the notes' commands typed as
//   a person types them (pull, push and build show simulated time as progress: reported apart);
// - a reload after that long session: navigation → first prompt with the saved session restored.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { NOTES_COMMANDS } from './command-sets';
import { ms, quantile, table } from './stats';

const ROOT = join(import.meta.dirname, '..', '..');
const FRAME_MS = 16;
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
  restoredFirstPromptMs: number;
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

/** Types `line` and Enter; resolves with the line's Enter → painted measure. */
async function timedLine(page: Page, line: string): Promise<number> {
  const before = await page.evaluate(() => performance.getEntriesByName('ctrlab:enter-to-render', 'measure').length);
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => performance.getEntriesByName('ctrlab:enter-to-render', 'measure').length > n, before, { timeout: 120_000 });
  return page.evaluate(() => performance.getEntriesByName('ctrlab:enter-to-render', 'measure').at(-1)?.duration ?? Number.NaN);
}

export async function browserReport(loads = 5): Promise<BrowserFigures | undefined> {
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
    const fresh: number[] = [];
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await page.goto(url);
      fresh.push(await firstPrompt(page));
      await context.close();
    }
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await firstPrompt(page);
    await page.getByTestId('terminal').click();
    const byLine = new Map<string, number[]>();
    const lines = [...NOTES_COMMANDS, ...OTHER_TOOLS];
    // The notes' commands three times over: a long lab, and three samples of each line.
    for (let round = 0; round < 3; round++) {
      for (const line of lines) byLine.set(line, [...(byLine.get(line) ?? []), await timedLine(page, line)]);
    }
    await page.reload();
    const restored = await firstPrompt(page);
    await context.close();

    const quick = [...byLine].filter(([line]) => !TAKES_TIME.test(line)).flatMap(([, s]) => s);
    const slow = [...byLine].filter(([line]) => TAKES_TIME.test(line)).flatMap(([, s]) => s);
    console.log('\n## in Chromium (Debian chromium, the exported site)\n');
    console.log(
      table(
        ['measure', 'samples', 'median ms', 'p99 ms'],
        [
          ['navigation → first prompt painted (fresh context)', String(fresh.length), ms(quantile(fresh, 0.5)), ms(quantile(fresh, 0.99))],
          ['Enter → output and prompt painted (notes commands)', String(quick.length), ms(quantile(quick, 0.5)), ms(quantile(quick, 0.99))],
          ['Enter → painted, pull/push/build (simulated time shown)', String(slow.length), ms(quantile(slow, 0.5)), ms(quantile(slow, 0.99))],
          [`reload → first prompt, session of ${3 * lines.length} lines restored`, '1', ms(restored), ms(restored)],
        ],
      ),
    );
    const worst = [...byLine].filter(([line]) => !TAKES_TIME.test(line)).sort((a, b) => quantile(b[1], 1) - quantile(a[1], 1)).slice(0, 5);
    console.log(`\nslowest lines (max of 3): ${worst.map(([line, s]) => `${line} ${ms(quantile(s, 1))}`).join('; ')}`);
    console.log(`${quantile(quick, 0.99) < FRAME_MS ? 'within' : 'OVER'}  Enter → painted p99 ${ms(quantile(quick, 0.99))} ms (budget ${FRAME_MS} ms)`);
    console.log(`${quantile(fresh, 0.5) < 1000 ? 'within' : 'OVER'}  page interactive (first prompt) median ${ms(quantile(fresh, 0.5))} ms (budget 1,000 ms)`);
    return { firstPromptMs: quantile(fresh, 0.5), enterToRender: quick, restoredFirstPromptMs: restored, lines: 3 * lines.length };
  } finally {
    await browser.close();
    server.kill();
  }
}
