// Sessions across reloads and links (issue 13 item 3): Undo still takes back the last line and
// the one before after a reload, and the preset-link menu copies a link that starts its preset
// in a fresh browser context.

import { expect, type Page, test } from '@playwright/test';
import { TerminalPage } from './terminal-page';

/** A node starts (or is replaced) in its worker: on a loaded 2-core machine that has taken 30-60 s. */
const NODE_START_MS = 150_000;

/** Runs `line` and gives the screen's rows from the line's echo on (the output, not the prompt). */
async function output(terminal: TerminalPage, line: string): Promise<string[]> {
  await terminal.run(line);
  const lines = await terminal.lines();
  const at = lines.map((l) => l.endsWith(`# ${line}`)).lastIndexOf(true);
  return lines.slice(at + 1).filter((l) => l !== '' && !l.startsWith('root@node1'));
}

async function nodeReady(terminal: TerminalPage): Promise<void> {
  await expect(terminal.host).toHaveAttribute('data-ready', 'true', { timeout: NODE_START_MS });
  await terminal.waitReady();
}

async function settled(page: Page, terminal: TerminalPage): Promise<void> {
  await expect(page.getByTestId('session-share')).toBeEnabled({ timeout: NODE_START_MS });
  await nodeReady(terminal);
}

test.describe('session links and reloads', () => {
  test.describe.configure({ timeout: 480_000 });

  test('Undo after a reload takes back the last line, then the one before', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await page.goto('/playground/');
    await nodeReady(terminal);
    await terminal.run('ctr ns create keep');
    await terminal.run('ctr ns create one');
    await terminal.run('ctr ns rm keep');
    const undo = page.getByTestId('undo');
    await expect(undo).toHaveAttribute('title', '撤销 ctr ns rm keep (Ctrl+Alt+Z)');

    await page.reload();
    await nodeReady(terminal);
    await expect(undo).toHaveAttribute('title', '撤销 ctr ns rm keep (Ctrl+Alt+Z)');
    await undo.click();
    await settled(page, terminal);
    await expect(undo).toHaveAttribute('title', '撤销 ctr ns create one (Ctrl+Alt+Z)');

    // The state after the first undo is saved with its own way back: reload once more.
    await page.reload();
    await nodeReady(terminal);
    await expect(undo).toHaveAttribute('title', '撤销 ctr ns create one (Ctrl+Alt+Z)');
    await undo.click();
    await settled(page, terminal);
    await expect(undo).toBeDisabled();
    expect(await output(terminal, 'ctr ns ls -q; history')).toEqual(['keep', '    1  ctr ns create keep', '    2  ctr ns ls -q; history']);
  });

  test('the preset-link menu copies a link that starts the bare node in a fresh browser context', async ({ page, browser, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const terminal = new TerminalPage(page);
    await page.goto('/playground/');
    await nodeReady(terminal);
    await page.getByTestId('session-preset-link').selectOption('bare');
    await expect(page.getByTestId('share-status')).toHaveText('链接已复制到剪贴板。');
    const url = await page.getByTestId('share-url').inputValue();
    expect(url).toMatch(/\/playground\/#ctrlab-preset=bare$/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    // Copying a link changes nothing here: the same session, still the ready node.
    await expect(page.getByTestId('session-switcher').locator('option')).toHaveCount(1);
    expect(await output(terminal, 'nerdctl --version')).toEqual(['nerdctl version 0.22.2']);

    // One node at a time: on a loaded machine two workers starting at once starve each other.
    await page.close();
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    const there = new TerminalPage(other);
    await other.goto(url);
    await nodeReady(there);
    await expect.poll(() => other.evaluate(() => window.location.hash), { timeout: NODE_START_MS }).toBe('');
    await settled(other, there);
    expect(await output(there, 'nerdctl ps')).toEqual(['bash: nerdctl: command not found']);
    expect(await output(there, 'systemctl is-active containerd')).toEqual(['active']);
    await fresh.close();
  });
});
