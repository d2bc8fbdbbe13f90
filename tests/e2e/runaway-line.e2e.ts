// A line that never pauses runs in the node's worker, not on the page: the page keeps answering
// clicks while it runs, Ctrl-C ends it, and the node is what it was before the line. Timings
// here are the responsiveness bound (a click handled within 100 ms) and sanity bounds.

import { expect, test } from '@playwright/test';
import { PROMPT, TerminalPage } from './terminal-page';

/** How long the page took to start handling the next click on `testId`, in ms. */
async function armClickDelay(page: import('@playwright/test').Page, testId: string): Promise<void> {
  await page.getByTestId(testId).evaluate((button) => {
    const w = window as unknown as { clickDelay?: number };
    w.clickDelay = undefined;
    button.addEventListener('click', (event) => (w.clickDelay = performance.now() - event.timeStamp), { once: true, capture: true });
  });
}

test('the page answers while `while true; do echo x; done` runs, and Ctrl-C ends it', async ({ page }) => {
  const terminal = new TerminalPage(page);
  await terminal.open('/playground/');
  const prompt = 'root@node1:/tmp#';
  await terminal.run('touch /root/kept; cd /tmp', prompt);

  await terminal.type('while true; do echo x; done');
  await page.keyboard.press('Enter');
  await expect(terminal.host).toHaveAttribute('data-busy', 'true');
  await page.waitForTimeout(1_000);

  // The page's thread is free: a click is handled at once, and the page keeps painting.
  await armClickDelay(page, 'split');
  await page.getByTestId('split').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { clickDelay?: number }).clickDelay)).toBeDefined();
  const delay = await page.evaluate(() => (window as unknown as { clickDelay?: number }).clickDelay ?? Infinity);
  expect(delay).toBeLessThan(100);
  await expect(page.getByTestId('wait-status')).toBeVisible();

  await terminal.focus();
  await page.keyboard.press('Control+C');
  await expect(terminal.host).not.toHaveAttribute('data-busy', 'true', { timeout: 10_000 });
  await expect.poll(() => terminal.lastLine(), { timeout: 10_000 }).toBe(prompt);
  expect(await terminal.text()).toContain('ctrlab: the line did not stop at Ctrl-C');

  // The split asked for during the loop opened once the node was back.
  const second = new TerminalPage(page, 'terminal-2');
  await second.waitReady();
  await terminal.run('ls /root; echo $?', prompt);
  const lines = (await terminal.lines()).filter((line) => line !== '');
  expect(lines.slice(-3)).toEqual(['kept', '0', prompt]);
  expect(await second.lastLine()).toBe(PROMPT);
});
