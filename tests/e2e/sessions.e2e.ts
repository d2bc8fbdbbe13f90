// Sessions in the lab (issue 13 item 3): Undo takes back a `ctr c rm` (button and Ctrl+Alt+Z),
// a share link reproduces the node in a fresh browser context, a damaged import is refused with
// a notice and the session stays, named sessions switch, presets start the node they name, and
// nothing typed or shared becomes markup on the page.

import { expect, type Page, test } from '@playwright/test';
import { TerminalPage } from './terminal-page';

const IMAGE = 'docker.io/library/busybox:latest';

/** Runs `line` and gives the screen's rows from the line's echo on (the output, then the prompt). */
async function output(terminal: TerminalPage, line: string): Promise<string[]> {
  await terminal.run(line);
  const lines = await terminal.lines();
  const at = lines.map((l) => l.endsWith(`# ${line}`)).lastIndexOf(true);
  return lines.slice(at + 1).filter((l) => l !== '' && !l.startsWith('root@node1'));
}

/**
 * A node starts (or is replaced) in its worker: on a machine other test runs share, that alone
 * has taken longer than the default 15 s, so the wait for it is longer; it waits for the state.
 */
const NODE_START_MS = 60_000;

async function nodeReady(terminal: TerminalPage): Promise<void> {
  await expect(terminal.host).toHaveAttribute('data-ready', 'true', { timeout: NODE_START_MS });
  await terminal.waitReady();
}

async function open(terminal: TerminalPage, path: string): Promise<void> {
  await terminal.page.goto(path);
  await nodeReady(terminal);
}

/** Waits until the session bar can act again (an action done, the new node's prompt drawn). */
async function settled(page: Page, terminal: TerminalPage): Promise<void> {
  await expect(page.getByTestId('session-share')).toBeEnabled({ timeout: NODE_START_MS });
  await nodeReady(terminal);
}

test.describe('sessions', () => {
  test.describe.configure({ timeout: 240_000 });

  test('Undo reverts a `ctr c rm`, and Ctrl+Alt+Z the line before it', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await open(terminal, '/playground/');
    await terminal.run(`ctr i pull ${IMAGE}`);
    await terminal.run(`ctr c create ${IMAGE} c1`);
    await terminal.run('ctr c rm c1');
    const undo = page.getByTestId('undo');
    // The node's save after the line arrives a moment after its prompt.
    await expect(undo).toHaveAttribute('title', '撤销 ctr c rm c1 (Ctrl+Alt+Z)');
    await undo.click();
    await settled(page, terminal);
    expect(await output(terminal, 'ctr c ls -q')).toEqual(['c1']);

    // The `ctr c ls -q` just run is the last line now; the key takes it back, then the create.
    await expect(undo).toHaveAttribute('title', '撤销 ctr c ls -q (Ctrl+Alt+Z)');
    await terminal.focus();
    await page.keyboard.press('Control+Alt+KeyZ');
    await settled(page, terminal);
    await expect(undo).toHaveAttribute('title', `撤销 ctr c create ${IMAGE} c1 (Ctrl+Alt+Z)`);
    await page.keyboard.press('Control+Alt+KeyZ');
    await settled(page, terminal);
    // The key reached no terminal (the line typed next runs as typed), and history ends at the pull.
    expect(await output(terminal, 'history; ctr c ls -q')).toEqual([`    1  ctr i pull ${IMAGE}`, '    2  history; ctr c ls -q']);
  });

  test('a share link reproduces the node in a fresh browser context', async ({ page, browser }) => {
    const terminal = new TerminalPage(page);
    await open(terminal, '/playground/');
    await terminal.run('ctr ns create shared-ns && mkdir /root/proof && X=42');
    await expect(page.getByTestId('undo')).toHaveAttribute('title', /shared-ns/);
    await page.getByTestId('session-share').click();
    const url = await page.getByTestId('share-url').inputValue();
    expect(url).toMatch(/\/playground\/#ctrlab-session=1\.[A-Za-z0-9_-]+$/);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    const there = new TerminalPage(other);
    await open(there, url);
    await expect(other.getByTestId('session-switcher')).toHaveValue('s1');
    await expect.poll(() => other.evaluate(() => window.location.hash), { timeout: NODE_START_MS }).toBe('');
    await settled(other, there);
    expect(await output(there, 'ctr ns ls -q; ls /root; echo $X; history')).toEqual([
      'shared-ns',
      'proof',
      '42',
      '    1  ctr ns create shared-ns && mkdir /root/proof && X=42',
      '    2  ctr ns ls -q; ls /root; echo $X; history',
    ]);
    await fresh.close();
  });

  test('an exported file imports as a new session; a damaged one is refused and the session stays', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await open(terminal, '/playground/');
    await terminal.run('ctr ns create exported');
    await expect(page.getByTestId('undo')).toHaveAttribute('title', /exported/);
    const downloading = page.waitForEvent('download');
    await page.getByTestId('session-export').click();
    const file = await downloading;
    expect(file.suggestedFilename()).toMatch(/^ctrlab-1-2\d{3}-.*\.json$/);
    const text = await (await file.createReadStream()).toArray().then((parts) => Buffer.concat(parts).toString('utf8'));

    await terminal.run('ctr ns create later');
    const input = page.getByTestId('session-import-file');
    await input.setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, text.length / 2)) });
    await expect(page.getByTestId('session-notice')).toContainText('the file was refused: the file is not JSON');
    await expect(page.getByTestId('session-notice')).toContainText('The session shown is unchanged.');
    await expect(page.getByTestId('rejected-save').getByRole('link')).toBeVisible();
    await input.setInputFiles({ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(text.replace('"version":1', '"version":7')) });
    await expect(page.getByTestId('session-notice')).toContainText('comes from a newer ctrlab (session file version 7');
    expect(await output(terminal, 'ctr ns ls -q')).toEqual(['exported', 'later']);
    await expect(page.getByTestId('session-switcher').locator('option')).toHaveCount(1);

    await input.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.getByTestId('session-switcher').locator('option')).toHaveCount(2);
    await settled(page, terminal);
    expect(await output(terminal, 'ctr ns ls -q')).toEqual(['exported']);
  });

  test('named sessions keep their own nodes: new from a preset, switch, rename, delete, reload', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await open(terminal, '/playground/');
    await terminal.run('ctr ns create first');
    await expect(page.getByTestId('undo')).toHaveAttribute('title', /first/);

    await page.getByTestId('session-new').selectOption('bare');
    const switcher = page.getByTestId('session-switcher');
    await expect(switcher).toHaveValue('s2');
    await settled(page, terminal);
    expect(await output(terminal, 'nerdctl ps')).toEqual(['bash: nerdctl: command not found']);
    expect(await output(terminal, 'systemctl is-active buildkit; ctr ns ls -q')).toEqual(['inactive']);

    await page.getByTestId('session-rename').click();
    await page.getByTestId('session-name').fill('<img src=x onerror="window.injected=1">bare');
    await page.getByTestId('session-name-save').click();
    await expect(switcher.locator('option[value="s2"]')).toHaveText('<img src=x onerror="window.injected=1">bare');

    await switcher.selectOption('s1');
    await settled(page, terminal);
    expect(await output(terminal, 'ctr ns ls -q')).toEqual(['first']);

    await page.reload();
    await nodeReady(terminal);
    await expect(switcher).toHaveValue('s1');
    await switcher.selectOption('s2');
    await settled(page, terminal);
    expect(await output(terminal, 'ls /usr/local/bin | wc -l')).toEqual(['0']);

    await page.getByTestId('session-delete').click();
    await page.getByTestId('session-delete').click();
    await expect(switcher.locator('option')).toHaveCount(1);
    await settled(page, terminal);
    expect(await output(terminal, 'ctr ns ls -q')).toEqual(['first']);
    expect(await page.evaluate(() => (window as { injected?: number }).injected)).toBeUndefined();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  });

  test('a preset link starts the k8s node: the kubelet running its pod in k8s.io', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await open(terminal, '/playground/#ctrlab-preset=k8s');
    await expect.poll(() => page.evaluate(() => window.location.hash), { timeout: NODE_START_MS }).toBe('');
    await settled(page, terminal);
    expect(await output(terminal, 'systemctl is-active kubelet')).toEqual(['active']);
    const pods = await output(terminal, 'crictl pods -q | wc -l; ctr -n k8s.io t ls -q | wc -l');
    expect(pods).toEqual(['1', '2']);
  });

  test('the bar is prerendered in each page\'s language, so the page hydrates without an error', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const terminal = new TerminalPage(page);
    await open(terminal, '/en/notes/ctr/');
    await expect(page.getByTestId('session-switcher').locator('option')).toHaveText(['Session 1']);
    await open(terminal, '/notes/ctr/');
    await expect(page.getByTestId('session-switcher').locator('option')).toHaveText(['会话 1']);
    expect(errors).toEqual([]);
  });

  test('a forged share link is refused with a notice; its markup stays text', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await open(terminal, '/playground/#ctrlab-preset=<img src=x onerror="window.injected=1">');
    await expect(page.getByTestId('session-notice')).toContainText('the share link was refused: the link names a preset this ctrlab does not have');
    await open(terminal, '/playground/#ctrlab-session=1.Y0jNyclXKM8vykkBAA');
    await expect(page.getByTestId('session-notice')).toContainText('the share link was refused: the file is not JSON');
    expect(await page.evaluate(() => (window as { injected?: number }).injected)).toBeUndefined();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  });
});
