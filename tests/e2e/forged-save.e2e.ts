// A saved session is untrusted input: one forged in the browser's storage (a shell variable
// whose name is a command line) is refused on reload without running anything, the learner is
// told, and the refused save can be downloaded.

import { expect, test } from '@playwright/test';
import { TerminalPage } from './terminal-page';

test('a forged save is refused, nothing in it runs, and it can be downloaded', async ({ page }) => {
  const terminal = new TerminalPage(page);
  await terminal.open('/playground/');
  await terminal.run('ctr ns create kept');

  // Forge the stored save the way a hand-edit or a crafted share would. The line's own saves may
  // still be landing (a loaded machine): forge again until the forged save has stayed through a
  // poll interval, so a late save cannot put the honest one back before the reload.
  const FORGED = 'X=1; touch /root/pwned; Y';
  await expect
    .poll(() =>
      page.evaluate((forged) => {
        const pointer = JSON.parse(localStorage.getItem('ctrlab-session') ?? '{}') as { slot?: string };
        if (!pointer.slot) return false;
        const stored = JSON.parse(localStorage.getItem(pointer.slot) ?? '{}') as { state?: { saved?: { env?: Record<string, string>; history?: string[] } } };
        const saved = stored.state?.saved;
        if (!saved?.env || !saved.history?.includes('ctr ns create kept')) return false;
        if (Object.hasOwn(saved.env, forged)) return true;
        saved.env[forged] = '1';
        localStorage.setItem(pointer.slot, JSON.stringify(stored));
        return false;
      }, FORGED),
    )
    .toBe(true);
  await page.reload();
  await terminal.waitReady();

  await expect(page.getByTestId('session-notice')).toContainText('could not be restored');
  const link = page.getByTestId('rejected-save').getByRole('link');
  await expect(link).toBeVisible();
  const download = page.waitForEvent('download');
  await link.click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^ctrlab-rejected-save-.*\.json$/);

  await terminal.run('ls /root; ctr ns ls -q; echo end');
  const lines = await terminal.lines();
  expect(lines).not.toContain('pwned');
  expect(lines).not.toContain('kept');
  expect(lines).toContain('end');
});
