// The node's real time in the browser, and a second terminal on the same node (the split).
// The only timing checked is a lower bound (a sleep never ends early); timings are `npm run bench`'s.

import { expect, test } from '@playwright/test';
import { PROMPT, TerminalPage } from './terminal-page';

test.describe('time on a watched terminal', () => {
  // Real time passes on a watched terminal: sleep 3 never ends early. How late it may end on a
  // loaded machine is not a pass/fail matter (timings are `npm run bench`'s); that Ctrl-C, not
  // the end of the sleep, ended `sleep 30` shows in its ^C and its 130.
  test('sleep 3 waits 3 s, and Ctrl-C ends sleep 30 with exit 130', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/playground/');

    await terminal.type('sleep 3');
    const started = Date.now();
    await page.keyboard.press('Enter');
    await terminal.waitIdle();
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_500);

    await terminal.type('sleep 30');
    await page.keyboard.press('Enter');
    await expect(terminal.host).toHaveAttribute('data-busy', 'true');
    await page.waitForTimeout(500);
    await page.keyboard.press('Control+C');
    await expect(terminal.host).not.toHaveAttribute('data-busy', 'true', { timeout: 20_000 });
    await expect.poll(() => terminal.lastLine(), { timeout: 20_000 }).toBe(PROMPT);
    const lines = await terminal.lines();
    const at = lines.findIndex((line) => line.endsWith('# sleep 30'));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines.slice(at + 1, at + 3)).toEqual(['^C', PROMPT]);

    await terminal.run('echo $?');
    expect(await terminal.lines()).toContain('130');
  });
});

test.describe('split terminal', () => {
  test('ctr events in one terminal shows what the other does, until Ctrl-C', async ({ page }) => {
    const first = new TerminalPage(page);
    await first.open('/playground/');
    await page.getByRole('button', { name: /分屏|Split/ }).click();
    const second = new TerminalPage(page, 'terminal-2');
    await second.waitReady();
    await expect(page.getByTestId('split')).toHaveAttribute('aria-pressed', 'true');

    await first.type('ctr events');
    await page.keyboard.press('Enter');
    await expect(first.host).toHaveAttribute('data-busy', 'true');

    await second.run('ctr ns create demo');
    // A long line wraps in the half-width terminal: read the rows joined.
    await expect
      .poll(async () => (await first.lines()).join(''))
      .toMatch(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? \+0000 UTC default \/namespaces\/create \{"name":"demo"\}/);
    // The event came to the first terminal only.
    expect(await second.text()).not.toContain('/namespaces/create');

    await first.focus();
    await page.keyboard.press('Control+C');
    await first.waitIdle();
    await first.run('echo $?');
    expect(await first.lines()).toContain('130');
    // Both terminals act on one node.
    await first.run('ctr ns ls -q');
    expect(await first.lines()).toContain('demo');

    await page.getByTestId('close-split').click();
    await expect(page.getByTestId('terminal-2')).toHaveCount(0);
    await expect(page.getByTestId('split')).toHaveAttribute('aria-pressed', 'false');
    await first.run('echo still here');
    expect(await first.lines()).toContain('still here');
  });

  test('stacks the two terminals on a narrow screen', async ({ page }) => {
    await page.setViewportSize({ width: 480, height: 900 });
    const first = new TerminalPage(page);
    await first.open('/playground/');
    await page.getByTestId('split').click();
    const second = new TerminalPage(page, 'terminal-2');
    await second.waitReady();
    const a = await first.host.boundingBox();
    const b = await second.host.boundingBox();
    expect(a && b).toBeTruthy();
    if (a && b) {
      expect(b.y).toBeGreaterThanOrEqual(a.y + a.height - 1);
      expect(b.width).toBeGreaterThan(300);
    }
    await second.run('echo hi');
    expect(await second.lines()).toContain('hi');
  });
});
