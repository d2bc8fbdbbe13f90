// The notes site around the notes (issue 12, Site and Widgets): the command map's live table
// (a cell runs in the terminal, compare shows each tool's output), the home page's chapters,
// contents and previous / next, a language switch that keeps the heading, the theme toggle
// (the terminal follows), search in both languages, the narrow layout, and an axe scan of
// every page.

import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { TerminalPage } from './terminal-page';

const NOTES = ['runtimes', 'dockershim', 'command-map', 'ctr', 'nerdctl', 'crictl', 'docker'];

test.describe('the live command map', () => {
  test('a cell runs its command in the terminal', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/en/notes/command-map/');
    const row = page.getByTestId('command-table').locator('tr[data-row="images"]');
    await row.getByRole('button', { name: 'nerdctl images' }).click();
    await expect.poll(() => terminal.text(), { timeout: 30_000 }).toContain('root@node1:~# nerdctl images');
    await terminal.waitIdle();
    expect(await terminal.text()).toMatch(/REPOSITORY\s+TAG\s+IMAGE ID/);
  });

  test('compare shows each tool looking at its own store', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/notes/command-map/');
    await page.locator('tr[data-row="images"]').getByTestId('compare').click();
    const outputs = page.getByTestId('compare-output');
    await expect(outputs).toHaveCount(4, { timeout: 60_000 });
    await expect(outputs.filter({ hasText: 'docker images' })).toContainText('REPOSITORY');
    await expect(outputs.filter({ hasText: 'ctr image ls' })).toContainText('docker.io/library/nginx:alpine');
    // crictl looks at k8s.io, where the CRI plugin keeps its pause image beside nginx.
    await expect(outputs.filter({ hasText: 'crictl images' })).toContainText('registry.k8s.io/pause');
    await expect(outputs.filter({ hasText: 'nerdctl images' })).not.toContainText('pause');
    // The terminal was left alone: compare logs in on its own.
    expect(await terminal.text()).not.toContain('crictl images');
  });
});

test.describe('navigation', () => {
  test('the home page lists the chapters in order, in each language', async ({ page }) => {
    await page.goto('/');
    const zh = page.getByTestId('chapter-list').getByRole('listitem');
    await expect(zh).toHaveCount(NOTES.length);
    await expect(zh.nth(2)).toContainText('命令对照');
    await page.goto('/en/');
    const en = page.getByTestId('chapter-list').getByRole('listitem');
    await expect(en).toHaveCount(NOTES.length);
    await expect(en.nth(2)).toContainText('The command map');
    await en.nth(2).getByRole('link').click();
    await expect(page).toHaveURL(/\/en\/notes\/command-map\/$/);
  });

  test('a note has contents, previous and next', async ({ page }) => {
    await page.goto('/en/notes/ctr/');
    const toc = page.getByTestId('note-toc');
    await toc.getByRole('link', { name: 'Namespaces' }).click();
    await expect(page).toHaveURL(/#section-2$/);
    await expect(page.locator('#section-2')).toBeInViewport();
    const pager = page.getByTestId('note-pager');
    await expect(pager.locator('a[rel="prev"]')).toHaveAttribute('href', '/en/notes/command-map/');
    await expect(pager.locator('a[rel="next"]')).toHaveAttribute('href', '/en/notes/nerdctl/');
  });

  test('the language switch keeps the page and the heading', async ({ page }) => {
    await page.goto('/notes/crictl/#section-5');
    await expect(page.locator('#section-5')).toBeInViewport();
    await page.getByTestId('language-switch').click();
    await expect(page).toHaveURL(/\/en\/notes\/crictl\/#section-5$/);
    await expect(page.locator('#section-5')).toBeInViewport();
    await expect(page.locator('#section-5')).toHaveText('Images');
  });
});

test.describe('themes', () => {
  test('follows the system, and the toggle is remembered; the terminal follows', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    const terminal = new TerminalPage(page);
    await terminal.open('/notes/ctr/');
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    const background = () => terminal.host.locator('.xterm-scrollable-element').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background()).toBe('rgb(15, 20, 25)');
    await page.getByTestId('theme-toggle').click();
    await expect(html).toHaveAttribute('data-theme', 'light');
    await expect.poll(background).toBe('rgb(251, 251, 249)');
    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'light');
    await context.close();
  });
});

test.describe('search', () => {
  test('finds a Chinese and an English term', async ({ page }) => {
    await page.goto('/');
    const input = page.getByTestId('search-input');
    const hrefs = () => page.getByTestId('search-hit').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    await input.fill('命名空间');
    await expect.poll(hrefs, { timeout: 15_000 }).toContain('/notes/ctr/');
    expect((await hrefs()).every((href) => href?.startsWith('/notes/'))).toBe(true);
    // Pagefind's extended build segments the query into words: 命名 · 空间.
    await expect(page.getByTestId('search-hit').first().locator('mark').first()).toContainText('命名');
    // Only the English edition says "removal".
    await input.fill('dockershim removal');
    await expect.poll(hrefs).toEqual(['/en/notes/dockershim/']);
    await page.getByTestId('search-hit').first().click();
    await expect(page).toHaveURL(/\/en\/notes\/dockershim\/$/);
  });
});

test.describe('narrow screens', () => {
  test('the command map stacks note and terminal, and the table scrolls inside the note', async ({ page }) => {
    await page.setViewportSize({ width: 420, height: 900 });
    const terminal = new TerminalPage(page);
    await terminal.open('/en/notes/command-map/');
    const noteBox = await page.getByTestId('note').boundingBox();
    const terminalBox = await terminal.host.boundingBox();
    expect(noteBox && terminalBox && terminalBox.y > noteBox.y + noteBox.height - 1).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('accessibility', () => {
  const pages = ['/', '/en/', '/playground/', ...NOTES.flatMap((slug) => [`/notes/${slug}/`, `/en/notes/${slug}/`])];
  // Both themes: the highlighted code, the badges and the links each have a light and a dark
  // colour, and axe's contrast check must pass for both.
  for (const path of pages) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`no serious axe violations on ${path} (${colorScheme})`, async ({ browser }) => {
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        // The terminal is xterm's own widget (a grid of rows with a hidden textarea) in a host div
        // of components/terminal; the scan covers the page around it.
        const results = await new AxeBuilder({ page }).exclude('.terminal-host').analyze();
        const serious = results.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(', ')}`);
        expect(serious).toEqual([]);
        await context.close();
      });
    }
  }

  test('no serious axe violations in the dark theme, with compare outputs open', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/en/notes/command-map/');
    await page.locator('tr[data-row="ps"]').getByTestId('compare').click();
    await expect(page.getByTestId('compare-output')).toHaveCount(4, { timeout: 60_000 });
    // The note (with the table and its outputs) and the header: the widgets this file is about.
    const results = await new AxeBuilder({ page }).include('[data-testid="note"]').include('.site-header').analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(', ')}`)).toEqual([]);
    await context.close();
  });
});
