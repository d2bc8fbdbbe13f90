// ctr staying attached in the browser, where the node runs in real time: Ctrl-C reaches the
// task as SIGINT, an `sh` that is PID 1 ignores it and the output goes on (as on a real node),
// a hint after repeated Ctrl-C shows the way out, and a second terminal ends it.

import { expect, type Page, test } from '@playwright/test';
import { PROMPT, TerminalPage } from './terminal-page';

const BUSYBOX = 'docker.io/library/busybox:latest';

async function killFromSecondTerminal(page: Page, id: string): Promise<TerminalPage> {
  await page.getByTestId('split').click();
  const second = new TerminalPage(page, 'terminal-2');
  await second.waitReady();
  await second.run(`ctr tasks kill -s SIGKILL ${id}`);
  return second;
}

/** Opens the playground and starts `ctr run` attached to `sh -c SCRIPT` until it prints `first`. */
async function runAttached(page: Page, id: string, script: string, first: string): Promise<TerminalPage> {
  const terminal = new TerminalPage(page);
  await terminal.open('/playground/');
  await terminal.run(`ctr i pull ${BUSYBOX}`);
  await terminal.type(`ctr run --rm ${BUSYBOX} ${id} sh -c '${script}'`);
  await page.keyboard.press('Enter');
  await expect.poll(() => terminal.lastLine()).toBe(first);
  return terminal;
}

test.describe('an attached task in real time', () => {
  test('Ctrl-C during an endless loop: the output goes on, and a second terminal ends it', async ({ page }) => {
    const first = await runAttached(page, 'loop', 'while true; do echo hi; done', 'hi');
    await page.keyboard.press('Control+C');
    await page.keyboard.press('Control+C');
    // Still attached a while later: the sh ignored SIGINT and keeps writing.
    await page.waitForTimeout(1_000);
    await expect(first.host).toHaveAttribute('data-busy', 'true');
    expect(await first.lastLine()).toBe('hi');
    // The toolbar says a command is running and how to stop it; the page stays usable.
    await expect(page.getByTestId('wait-status')).toContainText(/running for \d+ s|已运行 \d+ 秒/);

    await killFromSecondTerminal(page, 'loop');
    await first.waitIdle();
    await first.run('echo $?');
    expect(await first.lines()).toContain('137');
    await first.run('ctr c ls -q');
    expect((await first.lines()).at(-2)).toBe(`${PROMPT} ctr c ls -q`);
  });

  test('repeated Ctrl-C on a loop that ignores it gives a one-line hint', async ({ page }) => {
    const first = await runAttached(page, 'slow', 'while true; do echo tick; sleep 1; done', 'tick');
    await page.keyboard.press('Control+C');
    await page.waitForTimeout(300);
    expect((await first.lines()).join('')).not.toContain('ctrlab:');
    await page.keyboard.press('Control+C');
    await expect
      .poll(async () => (await first.lines()).join(''))
      .toContain('ctr tasks kill -s SIGKILL slow');
    // The output goes on after the hint.
    const ticks = async () => (await first.lines()).filter((l) => l === 'tick').length;
    const before = await ticks();
    await expect.poll(ticks, { timeout: 5_000 }).toBeGreaterThan(before);

    await killFromSecondTerminal(page, 'slow');
    await first.waitIdle();
  });

  test('a long sleep shows how long is left in the toolbar until Ctrl-C ends it', async ({ page }) => {
    const first = new TerminalPage(page);
    await first.open('/playground/');
    await first.type('sleep 20');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('wait-status')).toContainText(/waiting, 1\d s left|还剩 1\d 秒/);
    await page.keyboard.press('Control+C');
    await first.waitIdle();
    await expect(page.getByTestId('wait-status')).toHaveCount(0);
  });
});
