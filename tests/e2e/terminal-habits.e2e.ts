// Terminal habits from issue 13 item 4: keys typed while the page loads are kept, Ctrl-R
// reverse-i-search, readline's kill and yank keys, and clickable URLs.

import { expect, test } from '@playwright/test';
import { PROMPT, TerminalPage } from './terminal-page';

test.describe('terminal habits', () => {
  test('keys typed while the terminal loads run once the prompt is there', async ({ page }) => {
    // Hold the node's worker back so the keys are surely typed before the first prompt.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/worker/, async (route) => {
      await held;
      await route.continue();
    });
    const terminal = new TerminalPage(page);
    // Typed as soon as the HTML is parsed, before React hydrates: the page's inline script keeps them.
    await page.goto('/playground/', { waitUntil: 'domcontentloaded' });
    await page.keyboard.type('echo typed-');
    await page.keyboard.type('early');
    await page.keyboard.press('Enter');
    expect(await terminal.host.getAttribute('data-ready')).toBeNull();
    release();
    await expect(terminal.host).toHaveAttribute('data-ready', 'true');
    await terminal.waitIdle();
    const lines = await terminal.lines();
    expect(lines).toContain(`${PROMPT} echo typed-early`);
    expect(lines).toContain('typed-early');
  });

  test('Ctrl-R finds an older command, Ctrl-R again an older one, Enter runs it', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/playground/');
    await terminal.run('echo alpha-one');
    await terminal.run('echo beta');
    await terminal.run('echo alpha-two');
    await page.keyboard.press('Control+R');
    await page.keyboard.type('alpha');
    await expect.poll(() => terminal.lastLine()).toBe("(reverse-i-search)`alpha': echo alpha-two");
    await page.keyboard.press('Control+R');
    await expect.poll(() => terminal.lastLine()).toBe("(reverse-i-search)`alpha': echo alpha-one");
    await page.keyboard.press('Enter');
    await terminal.waitIdle();
    const lines = await terminal.lines();
    expect(lines.filter((line) => line === 'alpha-one')).toHaveLength(2);
    // Ctrl-G abandons a search and gives back the line as it was.
    await terminal.type('draft');
    await page.keyboard.press('Control+R');
    await page.keyboard.type('beta');
    await expect.poll(() => terminal.lastLine()).toBe("(reverse-i-search)`beta': echo beta");
    await page.keyboard.press('Control+G');
    await expect.poll(() => terminal.lastLine()).toBe(`${PROMPT} draft`);
  });

  test('Ctrl-W kills a word, Alt-B moves back a word, Ctrl-Y yanks it there', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/playground/');
    await terminal.type('echo one two three');
    await page.keyboard.press('Control+W');
    await expect.poll(() => terminal.lastLine()).toBe(`${PROMPT} echo one two`);
    await page.keyboard.press('Alt+B');
    await page.keyboard.press('Control+Y');
    await expect.poll(() => terminal.lastLine()).toBe(`${PROMPT} echo one threetwo`);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+U');
    await expect.poll(() => terminal.lastLine()).toBe(PROMPT);
    // The two kills in a row are one entry: Ctrl-Y brings the whole line back.
    await page.keyboard.press('Control+Y');
    await page.keyboard.press('Enter');
    await terminal.waitIdle();
    expect(await terminal.lines()).toContain('one threetwo');
  });

  test('a URL in the output opens in a new tab on click', async ({ page }) => {
    await page.addInitScript(() => {
      const opened: string[] = [];
      (window as unknown as { opened: string[] }).opened = opened;
      window.open = (url?: string | URL) => {
        opened.push(String(url));
        return null;
      };
    });
    const terminal = new TerminalPage(page);
    await terminal.open('/playground/');
    await terminal.run('echo see https://example.com/docs/getting-started');
    const rows = terminal.host.locator('.xterm-rows > div');
    const row = rows.filter({ hasText: /^see https/ }).first();
    const box = await row.boundingBox();
    if (!box) throw new Error('row not visible');
    const cell = (await terminal.host.locator('.xterm-screen').boundingBox())!.width / (await terminal.cols());
    await page.mouse.move(box.x + cell * 10.5, box.y + box.height / 2);
    await page.mouse.click(box.x + cell * 10.5, box.y + box.height / 2);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { opened: string[] }).opened))
      .toEqual(['https://example.com/docs/getting-started']);
  });

  test('vi edits and saves a file; cat shows it', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/playground/');
    await terminal.type('vi /tmp/note.txt');
    await page.keyboard.press('Enter');
    await expect.poll(() => terminal.lastLine()).toBe('"/tmp/note.txt" [New]');
    await page.keyboard.type('ihello from vi');
    await expect.poll(() => terminal.lastLine()).toBe('-- INSERT --');
    await page.keyboard.press('Escape');
    await page.keyboard.type('oline two');
    await page.keyboard.press('Escape');
    await page.keyboard.type(':wq');
    await expect.poll(() => terminal.lastLine()).toBe(':wq');
    await page.keyboard.press('Enter');
    await terminal.waitIdle();
    await terminal.run('cat /tmp/note.txt');
    const lines = await terminal.lines();
    const at = lines.indexOf(`${PROMPT} cat /tmp/note.txt`);
    expect(lines.slice(at + 1, at + 3)).toEqual(['hello from vi', 'line two']);
  });

  test('less pages a long file and q gives the prompt back', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/playground/');
    await terminal.run('seq 1 100 > /tmp/n');
    await terminal.type('less /tmp/n');
    await page.keyboard.press('Enter');
    await expect.poll(() => terminal.lastLine()).toBe('/tmp/n');
    expect((await terminal.lines()).slice(0, 2)).toEqual(['1', '2']);
    await page.keyboard.press('Space');
    await expect.poll(async () => (await terminal.lines())[0]).toBe('24');
    await page.keyboard.press('q');
    await terminal.waitIdle();
  });
});
