// The notes' code blocks as a reader sees them (issue 12, Widgets): highlighted at build time in
// the page's theme, with Run and Copy still working on the exact text, and a block meant to
// fail showing the note's own reason for the error once it has run, in the page's language.

import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { TerminalPage } from './terminal-page';

test.describe('highlighted code', () => {
  test('is coloured in the HTML, before any script, and follows the theme', async ({ browser }) => {
    const colours: Record<string, string> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto('/en/notes/nerdctl/');
      // A heredoc writing hosts.toml: its body is coloured as TOML (the table name `host` is an
      // entity), not as one shell string.
      const block = page.locator('pre code.language-sh').filter({ hasText: 'ca = "/etc/containerd/harbor.mydomain.com/ca.crt"' }).first();
      await expect(block.locator('.hl-entity').first()).toHaveText('mkdir');
      await expect(block.locator('.hl-entity').filter({ hasText: /^host$/ })).toHaveCount(1);
      colours[colorScheme] = await block.locator('.hl-entity').first().evaluate((el) => getComputedStyle(el).color);
      await context.close();
    }
    expect(colours.light).toBe('rgb(111, 66, 193)');
    expect(colours.dark).toBe('rgb(179, 146, 240)');
  });

  test('the theme toggle recolours the code', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/notes/ctr/');
    const entity = page.locator('pre code.language-sh .hl-entity').first();
    await expect(entity).toHaveCSS('color', 'rgb(111, 66, 193)');
    await page.getByTestId('theme-toggle').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(entity).toHaveCSS('color', 'rgb(179, 146, 240)');
  });

  test('Run types the text of a highlighted block, and Copy copies it as written', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const terminal = new TerminalPage(page);
    await terminal.open('/en/notes/ctr/');
    const block = page.getByTestId('runnable-block').filter({ hasText: 'ctr ns create demo' }).first();
    await expect(block.locator('.hl-entity').first()).toHaveText('ctr');
    await block.getByRole('button', { name: 'Copy' }).click();
    await expect(block.getByRole('button', { name: 'Copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await block.locator('pre code').textContent());
    expect(copied).toContain('ctr ns create demo\n');
    await block.getByRole('button', { name: /Run/ }).click();
    await expect.poll(() => terminal.text(), { timeout: 30_000 }).toContain('root@node1:~# ctr ns create demo');
    await terminal.waitIdle();
  });
});

test.describe('a block meant to fail', () => {
  test('says the note’s reason once run, in Chinese', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/notes/crictl/');
    const block = page.getByTestId('runnable-block').filter({ hasText: 'crictl -n k8s.io images' });
    await expect(block).toHaveAttribute('data-fails', 'true');
    await expect(block.getByRole('status')).toHaveCount(0);
    await block.getByRole('button', { name: /运行/ }).click();
    const status = block.getByRole('status');
    await expect(status).toContainText('为什么会失败:');
    await expect(status).toContainText('crictl 没有 -n 参数');
    await expect.poll(() => terminal.text(), { timeout: 30_000 }).toContain('flag provided but not defined: -n');
    // The reason is readable (axe: contrast and roles) where it appears.
    const results = await new AxeBuilder({ page }).include('[data-testid="runnable-block"][data-fails="true"]').analyze();
    expect(results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
  });
});
