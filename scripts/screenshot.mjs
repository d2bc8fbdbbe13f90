#!/usr/bin/env node
// Takes the README screenshot from the real /notes/ctr page after a few commands:
//   npm run build && node scripts/serve.mjs out 3000 &   then   node scripts/screenshot.mjs [url] [file]
// Uses Debian's chromium, like the end-to-end tests.

import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://localhost:3000';
const file = process.argv[3] ?? 'public/screenshot.png';
const COMMANDS = [
  'ctr i pull docker.io/library/nginx:alpine',
  'ctr i ls -q',
  'ctr run -d docker.io/library/nginx:alpine sleeper sleep 3600',
  'ctr t kill sleeper',
  'ctr t ls',
  'ctr t kill -s SIGKILL sleeper',
  'ctr t ls',
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`${base}/notes/ctr/`);
  const terminal = page.getByTestId('terminal');
  await terminal.and(page.locator('[data-ready=true]')).waitFor();
  await terminal.click();
  for (const command of COMMANDS) {
    await page.keyboard.type(command);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=terminal][data-busy=false]').waitFor();
  }
  await page.waitForTimeout(300);
  await page.screenshot({ path: file });
  console.log(`saved ${file}`);
} finally {
  await browser.close();
}
