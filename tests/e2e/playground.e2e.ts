import { expect, test } from '@playwright/test';
import { PROMPT, TerminalPage } from './terminal-page';

const NGINX = 'docker.io/library/nginx:alpine';

test.describe('playground terminal', () => {
  test('pulls an image and lists it', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/playground/');
    await terminal.run(`ctr i pull ${NGINX}`);
    await terminal.run('ctr i ls');
    const text = await terminal.text();
    expect(text).toContain('REF');
    expect(text).toContain(NGINX);
  });

  test('runs a container and shows its task RUNNING', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/playground/');
    await terminal.run(`ctr i pull ${NGINX}`);
    await terminal.run(`ctr run -d ${NGINX} web`);
    await terminal.run('ctr t ls');
    expect(await terminal.lines()).toContainEqual(expect.stringMatching(/^web\s+\d+\s+RUNNING$/));
  });

  test('an attached shell takes the following lines until it exits', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/playground/');
    await terminal.run(`ctr i pull ${NGINX}`);
    await terminal.run(`ctr run -d ${NGINX} web`);
    await terminal.run('ctr t exec -t --exec-id sh1 web sh', '/ #');
    await terminal.run('cat /etc/os-release', '/ #');
    expect(await terminal.text()).toContain('Alpine Linux');
    await terminal.run('exit');
    // Ctrl-D on an empty line leaves an attached shell too.
    await terminal.run('ctr t exec -t --exec-id sh2 web sh', '/ #');
    await page.keyboard.press('Control+D');
    await terminal.waitIdle();
  });

  test('recalls history with ArrowUp', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/playground/');
    await terminal.run('ctr ns ls');
    await terminal.run('echo second');
    await terminal.page.keyboard.press('ArrowUp');
    await expect.poll(() => terminal.lastLine()).toBe(`${PROMPT} echo second`);
    await terminal.page.keyboard.press('ArrowUp');
    await expect.poll(() => terminal.lastLine()).toBe(`${PROMPT} ctr ns ls`);
    await terminal.page.keyboard.press('Enter');
    await terminal.waitIdle();
    expect(await terminal.text()).toContain('NAME');
  });

  test('completes with Tab and lists choices on a second Tab', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/playground/');
    await terminal.type('ctr ver');
    await page.keyboard.press('Tab');
    await expect.poll(() => terminal.lastLine()).toBe(`${PROMPT} ctr version`);
    await page.keyboard.press('Enter');
    await terminal.waitIdle();
    expect(await terminal.text()).toContain('Client:');

    // image / images: Tab completes the common prefix, a second Tab lists both.
    await terminal.type('ctr ima');
    await page.keyboard.press('Tab');
    await expect.poll(() => terminal.lastLine()).toBe(`${PROMPT} ctr image`);
    await page.keyboard.press('Tab');
    await expect.poll(() => terminal.lines()).toContainEqual(expect.stringMatching(/^image\s+images$/));
    await expect.poll(() => terminal.lastLine()).toBe(`${PROMPT} ctr image`);
  });

  test('keeps state and history across a reload, and Reset clears them', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/playground/');
    await terminal.run(`ctr i pull ${NGINX}`);
    await terminal.run('ctr i ls -q');
    await page.reload();
    await terminal.waitReady();
    await terminal.run('ctr i ls -q');
    expect(await terminal.lines()).toContain(NGINX);
    await terminal.page.keyboard.press('ArrowUp');
    await expect.poll(() => terminal.lastLine()).toBe(`${PROMPT} ctr i ls -q`);
    await terminal.page.keyboard.press('Control+C');
    await terminal.waitIdle();

    await page.getByTestId('reset').click();
    await terminal.waitReady();
    await terminal.run('ctr i ls -q');
    expect(await terminal.lines()).not.toContain(NGINX);
    await terminal.page.keyboard.press('ArrowUp');
    await expect.poll(() => terminal.lastLine()).toBe(`${PROMPT} ctr i ls -q`);
    // Reset also survives a reload: the fresh node is what is stored now.
    await page.reload();
    await terminal.waitReady();
    await terminal.run('ctr i ls -q');
    expect(await terminal.lines()).not.toContain(NGINX);
  });

  test('refits the terminal when the window is resized', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/playground/');
    const wide = await terminal.cols();
    expect(wide).toBeGreaterThan(80);
    await page.setViewportSize({ width: 700, height: 700 });
    await expect.poll(() => terminal.cols()).toBeLessThan(wide);
    await terminal.run('echo still-works');
    expect(await terminal.lines()).toContain('still-works');
  });

  test('prints errors for bad input and keeps working', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/playground/');
    await terminal.run('ctr foo');
    expect(await terminal.text()).toContain("No help topic for 'foo'");
    await terminal.run('nosuchcommand');
    expect(await terminal.text()).toContain('command not found');
    // An open quote asks for more input; Ctrl-C abandons it.
    await terminal.type('echo "unterminated');
    await page.keyboard.press('Enter');
    await expect.poll(() => terminal.lastLine()).toBe('>');
    await page.keyboard.press('Control+C');
    await terminal.waitIdle();
    await terminal.run('echo "still"" works"');
    expect(await terminal.lines()).toContain('still works');
  });

  test('continues a quoted line over two lines', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/playground/');
    await terminal.type('echo "first');
    await page.keyboard.press('Enter');
    await expect.poll(() => terminal.lastLine()).toBe('>');
    await terminal.run('second"');
    const lines = await terminal.lines();
    expect(lines).toContain('first');
    expect(lines).toContain('second');
  });

  test('a corrupted saved session gives a fresh node and a notice', async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem('ctrlab-session', '{broken'));
    const terminal = new TerminalPage(page);
    await page.goto('/playground/');
    await expect(page.getByTestId('session-notice')).toContainText('started a fresh node');
    await expect(terminal.host).toHaveAttribute('data-ready', 'true');
    await terminal.run('ctr ns ls');
    expect(await terminal.text()).toContain('NAME');
  });
});
