// A line that runs and runs lives in the node's worker, not on the page: the page keeps
// answering clicks, a loop's output shows while it runs, and Ctrl-C ends it — softly when the
// line lets the worker read it (the loop's work is kept, as in bash), by stopping the worker
// and restoring the node from before the line when it does not. The responsiveness
// bound (a click handled within 100 ms while a line runs) is `npm run bench`'s figure.

import { expect, type Page, test } from '@playwright/test';
import { TerminalPage } from './terminal-page';

const TMP_PROMPT = 'root@node1:/tmp#';

/**
 * While a line runs: the page takes a click on Split and answers a question about itself while
 * the line is still running (its thread is free; how soon it handles the click is `npm run
 * bench`'s figure, tests/bench/browser.ts); the second terminal opens once the worker is free.
 * Then Ctrl-C brings the prompt back.
 */
async function clickSplitThenCtrlC(page: Page, terminal: TerminalPage): Promise<void> {
  await page.getByTestId('split').click();
  expect(await terminal.host.getAttribute('data-busy')).toBe('true');
  await terminal.focus();
  await page.keyboard.press('Control+C');
  await expect.poll(() => terminal.lastLine(), { timeout: 10_000 }).toBe(TMP_PROMPT);
}

test('`while true; do echo x; done` prints while it runs, the page answers, and Ctrl-C ends it', async ({ page }) => {
  const terminal = new TerminalPage(page);
  await terminal.open('/playground/');
  await terminal.run('cd /tmp', TMP_PROMPT);

  await terminal.type('while true; do touch /tmp/looped; echo x; done');
  await page.keyboard.press('Enter');
  await expect(terminal.host).toHaveAttribute('data-busy', 'true');
  // Its output shows while it runs, not when it ends.
  await expect.poll(async () => (await terminal.lines()).filter((line) => line === 'x').length).toBeGreaterThan(3);
  await expect(terminal.host).toHaveAttribute('data-busy', 'true');

  await clickSplitThenCtrlC(page, terminal);
  await expect(terminal.host).not.toHaveAttribute('data-busy', 'true');
  // Ended the way bash ends it: what the loop did stays, `$?` is 130.
  expect(await terminal.text()).not.toContain('did not stop at Ctrl-C');
  await terminal.run('echo $?; ls /tmp', TMP_PROMPT);
  const lines = (await terminal.lines()).filter((line) => line !== '');
  expect(lines.slice(-3)).toEqual(['130', 'looped', TMP_PROMPT]);
  await new TerminalPage(page, 'terminal-2').waitReady();
});

test('a line that keeps the node busy without a pause is ended at Ctrl-C, and the node is as before it', async ({ page }) => {
  const terminal = new TerminalPage(page);
  await terminal.open('/playground/');
  await terminal.run('touch /root/kept; cd /tmp', TMP_PROMPT);

  // Each awk spins on its own without handing the worker back its turn.
  const spin = "awk 'BEGIN { while (1) n++ }'";
  await terminal.type(`touch /root/lost; ${spin}; ${spin}; ${spin}; ${spin}; ${spin}`);
  await page.keyboard.press('Enter');
  await expect(terminal.host).toHaveAttribute('data-busy', 'true');
  await page.waitForTimeout(300);

  await clickSplitThenCtrlC(page, terminal);
  expect(await terminal.text()).toContain('ctrlab: the line did not stop at Ctrl-C');
  await terminal.run('ls /root', TMP_PROMPT);
  const lines = (await terminal.lines()).filter((line) => line !== '');
  expect(lines.slice(-2)).toEqual(['kept', TMP_PROMPT]);
  // The second terminal asked for while the worker was stuck opened on the restored node, and
  // did not take the focus from the first one, where the person was typing again (it took
  // `ls /root`'s Enter once: a CI flake, components/terminal/focus-on-open.ts).
  await new TerminalPage(page, 'terminal-2').waitReady();
  await expect(terminal.host.locator('textarea')).toBeFocused();
});
