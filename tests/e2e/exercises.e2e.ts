// Exercises, copy-output buttons and the touch input line (issue 13, items 4 and 5): an
// exercise passes after its solution runs in the terminal and stays done after a reload (its
// progress is saved with the session); a command's output is copied, without the prompt, with
// the keyboard alone; on a touch device a visible input line runs what is typed in it.

import { expect, test } from '@playwright/test';
import { PROMPT, TerminalPage } from './terminal-page';

test.describe('exercises', () => {
  test('an exercise passes after its solution runs, and stays passed after a reload', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/en/notes/dockershim/');
    const list = page.getByTestId('exercises');
    await expect(list).toHaveAttribute('data-checked', 'true');
    const exercise = list.locator('[data-exercise="dockershim/kubelet"]');
    await expect(exercise).toHaveAttribute('data-done', 'false');
    await expect(list.getByTestId('exercises-progress')).toHaveText('0 of 2 done');

    // By keyboard: the site's sticky header would cover a button scrolled to the top of the view.
    await exercise.getByText('Solution', { exact: true }).press('Enter');
    await exercise.getByRole('button', { name: 'Run in the terminal' }).press('Enter');
    await terminal.waitIdle();
    await expect(exercise).toHaveAttribute('data-done', 'true');
    await expect(list.getByTestId('exercises-progress')).toHaveText('1 of 2 done');
    expect(await terminal.text()).toContain('active');

    await page.reload();
    await terminal.waitReady();
    await expect(page.getByTestId('exercises')).toHaveAttribute('data-checked', 'true');
    await expect(page.locator('[data-exercise="dockershim/kubelet"]')).toHaveAttribute('data-done', 'true');
  });

  test('typing a task by hand passes it too: the check reads the node, not the solution', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/notes/ctr/');
    const exercise = page.locator('[data-exercise="ctr/kubelet-image"]');
    await expect(page.getByTestId('exercises')).toHaveAttribute('data-checked', 'true');
    await expect(exercise).toHaveAttribute('data-done', 'false');
    await terminal.run('ctr -n k8s.io i pull docker.io/library/busybox:1.37 >/dev/null');
    await expect(exercise).toHaveAttribute('data-done', 'true');
  });

  test('a line in the split’s second terminal counts too: it runs on the same node', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/en/notes/dockershim/');
    const exercise = page.locator('[data-exercise="dockershim/kubelet"]');
    await expect(page.getByTestId('exercises')).toHaveAttribute('data-checked', 'true');
    await expect(exercise).toHaveAttribute('data-done', 'false');
    await page.getByTestId('split').click();
    const second = new TerminalPage(page, 'terminal-2');
    await second.waitReady();
    await second.run('systemctl start kubelet');
    await expect(exercise).toHaveAttribute('data-done', 'true');
  });
});

test.describe('copy output', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a command’s output is copied without its prompt, with the keyboard only', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/playground/');
    await terminal.run('echo first-line');
    await terminal.run("printf 'two\\nlines\\n'");
    const panel = page.getByTestId('copy-output');
    await expect(panel.locator('summary')).toContainText('(2)');
    await panel.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(panel.getByTestId('copy-output-entry')).toHaveCount(2);
    // The newest command comes first; Tab reaches its button.
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', /printf 'two\\nlines\\n'/);
    await page.keyboard.press('Enter');
    await expect(panel.getByTestId('copy-output-status')).not.toHaveText('');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('two\nlines');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('first-line');
    expect(await page.evaluate(() => navigator.clipboard.readText())).not.toContain(PROMPT);
  });
});

test.describe('touch devices', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 412, height: 860 } });

  test('a visible input line runs what is typed in it', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/playground/');
    const input = page.getByTestId('touch-input').locator('input');
    await expect(input).toBeVisible();
    await input.fill('echo typed-on-a-phone');
    await input.press('Enter');
    await terminal.waitIdle();
    await expect.poll(async () => (await terminal.lines()).filter((l) => l !== '').slice(-2)).toEqual([
      'typed-on-a-phone',
      PROMPT,
    ]);
    await expect(input).toHaveValue('');
  });
});

test('a desktop page shows no touch input line', async ({ page }) => {
  const terminal = new TerminalPage(page);
  await terminal.open('/playground/');
  await expect(page.getByTestId('copy-output')).toBeVisible();
  await expect(page.getByTestId('touch-input')).toHaveCount(0);
});
