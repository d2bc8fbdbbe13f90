import { expect, test } from '@playwright/test';
import { TerminalPage } from './terminal-page';

test.describe('the ctr note', () => {
  test('shows the note and the terminal side by side', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/notes/ctr/');
    const note = page.getByTestId('note');
    await expect(note.getByRole('heading', { level: 1 })).toContainText('ctr');
    await expect(note).toContainText('命名空间');
    const noteBox = await note.boundingBox();
    const terminalBox = await terminal.host.boundingBox();
    expect(noteBox && terminalBox && terminalBox.x > noteBox.x + noteBox.width / 2).toBe(true);
  });

  test('a Run button types its block into the terminal and runs it', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/notes/ctr/');
    const block = page.getByTestId('runnable-block').filter({ hasText: 'ctr version' });
    await block.getByRole('button', { name: /运行/ }).click();
    await terminal.waitIdle();
    const text = await terminal.text();
    expect(text).toContain('root@node1:~# ctr version');
    expect(text).toContain('Client:');
    expect(text).toContain('1.6.20');
  });

  test('a block of several lines runs each line in turn', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/notes/ctr/');
    await page.getByTestId('runnable-block').filter({ hasText: 'ctr ns create demo' }).getByRole('button', { name: /运行/ }).click();
    await expect.poll(() => terminal.text(), { timeout: 30_000 }).toContain('ctr ns rm demo');
    await terminal.waitIdle();
    const text = await terminal.text();
    expect(text).toContain('root@node1:~# ctr ns create demo');
    expect(text).toContain('root@node1:~# ctr ns ls');
    expect(text).toMatch(/^demo\s*$/m);
  });

  test('a block meant to fail is marked, and says so once run; Copy copies the block', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const terminal = new TerminalPage(page);
    await terminal.open('/en/notes/ctr/');
    const block = page.getByTestId('runnable-block').filter({ hasText: 'ctr i pull nginx:alpine' }).first();
    await expect(block).toHaveAttribute('data-fails', 'true');
    await expect(block.locator('.fails-mark')).toHaveText('fails on purpose');
    await expect(block.getByRole('status')).toHaveCount(0);
    await block.getByRole('button', { name: /Run/ }).click();
    // The note's own reason for this block (its fence's reason="…"), not a generic notice.
    await expect(block.getByRole('status')).toContainText('Why it fails:');
    await expect(block.getByRole('status')).toContainText('ctr does not complete short names');
    await terminal.waitIdle();
    await block.getByRole('button', { name: 'Copy' }).click();
    await expect(block.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('ctr i pull nginx:alpine\n');
    // A block that should work has no badge.
    await expect(page.getByTestId('runnable-block').filter({ hasText: 'ctr version' }).locator('.fails-mark')).toHaveCount(0);
  });

  test('stacks note and terminal on a narrow screen', async ({ page }) => {
    await page.setViewportSize({ width: 600, height: 900 });
    const terminal = new TerminalPage(page);
    await terminal.open('/notes/ctr/');
    const noteBox = await page.getByTestId('note').boundingBox();
    const terminalBox = await terminal.host.boundingBox();
    expect(noteBox && terminalBox && terminalBox.y > noteBox.y + noteBox.height - 1).toBe(true);
  });

  test('has an English version and a language switch', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/en/notes/ctr/');
    await expect(page.getByTestId('note')).toContainText('Namespaces');
    await page.getByTestId('language-switch').click();
    await expect(page).toHaveURL(/\/notes\/ctr\/$/);
    await expect(page.getByTestId('note')).toContainText('命名空间');
  });

  test('the note text is in the HTML before any script runs', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/notes/ctr/');
    await expect(page.getByTestId('note')).toContainText('ctr i pull docker.io/library/nginx:alpine');
    await context.close();
  });

  test('unknown pages get the 404 page', async ({ page }) => {
    const response = await page.goto('/no/such/page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByText('This page does not exist.')).toBeVisible();
  });
});
