// A node's large files are saved in Chromium's IndexedDB as chunks, the save in localStorage
// stays small, and both come back after a reload.

import { expect, test } from '@playwright/test';
import { TerminalPage } from './terminal-page';

/** The save the pointer names, as stored in localStorage. */
function storedSave(): string {
  const pointer = JSON.parse(localStorage.getItem('ctrlab-session') ?? '{}') as { slot?: string };
  return (pointer.slot && localStorage.getItem(pointer.slot)) || '';
}

test('large files go to IndexedDB, the stored save stays small, and a reload brings them back', async ({ page }) => {
  const terminal = new TerminalPage(page);
  await terminal.open('/playground/');
  await terminal.run('ctr i pull docker.io/library/busybox:latest');
  await terminal.run('ctr i export /root/busybox.tar docker.io/library/busybox:latest && head -c 300000 /dev/zero > /root/zeros');
  // The save comes once the line has answered; wait until its history ends with that line (the
  // files themselves may be in a slice of the tree, not in the stored root).
  await expect.poll(() => page.evaluate(storedSave).then((s) => s.includes('/root/zeros"]'))).toBe(true);
  const stored = await page.evaluate(storedSave);
  expect(stored).toContain('"chunks"');
  expect(stored.length).toBeLessThan(150_000);
  const keys = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('ctrlab-saves');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('chunks').objectStore('chunks').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
      }),
  );
  expect(keys).toBeGreaterThanOrEqual(3); // config.toml, the archive, the zeros

  await page.reload();
  await terminal.waitReady();
  await terminal.run('wc -c < /root/zeros; tar -tf /root/busybox.tar | grep -c . ; echo end');
  const lines = await terminal.lines();
  expect(lines).toContain('300000');
  expect(lines).toContain('end');
  expect(await page.getByTestId('session-notice').count()).toBe(0);
});
