// The resizable split between a note and its terminal (issue 12, Site): drag the handle or use
// its keys, the shares are remembered, and a narrow screen stacks the two without a handle.

import { expect, test } from '@playwright/test';
import { TerminalPage } from './terminal-page';

test.describe('the note / terminal split', () => {
  test('dragging the handle widens the terminal, and the split is remembered', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/en/notes/ctr/');
    const handle = page.getByTestId('split-handle');
    await expect(handle).toHaveAttribute('aria-valuenow', '50');
    const before = await terminal.host.boundingBox();
    const box = await handle.boundingBox();
    if (!before || !box) throw new Error('no layout');
    const y = box.y + 300;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 250, y, { steps: 5 });
    await page.mouse.up();
    const valueAfterDrag = Number(await handle.getAttribute('aria-valuenow'));
    expect(valueAfterDrag).toBeLessThan(45);
    await expect.poll(async () => (await terminal.host.boundingBox())?.width ?? 0).toBeGreaterThan(before.width + 150);
    await page.reload();
    await terminal.waitReady();
    await expect(handle).toHaveAttribute('aria-valuenow', String(valueAfterDrag));
    await expect.poll(async () => (await terminal.host.boundingBox())?.width ?? 0).toBeGreaterThan(before.width + 150);
  });

  test('the handle moves with the arrow keys, and Enter puts it back in the middle', async ({ page }) => {
    await page.goto('/notes/crictl/');
    const handle = page.getByRole('separator', { name: '调整笔记和终端的宽度' });
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(handle).toHaveAttribute('aria-valuenow', '54');
    await page.keyboard.press('End');
    await expect(handle).toHaveAttribute('aria-valuenow', '75');
    const note = await page.getByTestId('note').boundingBox();
    const terminal = await page.getByTestId('terminal').boundingBox();
    expect(note && terminal && note.width > terminal.width * 2).toBe(true);
    await page.keyboard.press('Enter');
    await expect(handle).toHaveAttribute('aria-valuenow', '50');
  });

  test('a narrow screen stacks note and terminal and hides the handle', async ({ page }) => {
    await page.setViewportSize({ width: 600, height: 900 });
    await page.goto('/en/notes/docker/');
    await expect(page.getByTestId('split-handle')).toBeHidden();
  });
});
