// docker's detach keys in the browser: Ctrl-P Ctrl-Q typed into the terminal while `docker run
// -it` is attached reach the docker CLI's escape proxy (not the line editor's history, not the
// browser's print dialog), the node's prompt follows on the container's row as on a real node,
// and the container keeps running.

import { expect, test } from '@playwright/test';
import { PROMPT, TerminalPage } from './terminal-page';

test('Ctrl-P Ctrl-Q detaches docker run -it and leaves the container running', async ({ page }) => {
  const terminal = new TerminalPage(page);
  await terminal.open('/playground/');
  await terminal.run('docker pull -q busybox');
  await terminal.type('docker run -it --name box busybox sh');
  await page.keyboard.press('Enter');
  await expect.poll(() => terminal.lastLine()).toBe('/ #');
  await page.keyboard.press('Control+P');
  await page.keyboard.press('Control+Q');
  await expect.poll(() => terminal.lastLine()).toBe(`/ # ${PROMPT}`);
  await terminal.run("docker ps --format '{{.Names}} {{.Status}}'");
  expect((await terminal.lines()).some((line) => /^box Up /.test(line))).toBe(true);
});
