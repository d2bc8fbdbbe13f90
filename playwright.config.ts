// End-to-end tests: the exported site (out/), served by scripts/serve.mjs, driven by Debian's
// chromium. No browser is ever downloaded.

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://localhost:${PORT}`;
// Traces, screenshots and the HTML report go under the OS temp dir, never into the work tree
// (CI fails when the tests leave the checkout changed; see .ci/run).
const OUTPUT = process.env.E2E_OUTPUT_DIR ?? join(tmpdir(), 'ctrlab-e2e');

export default defineConfig({
  testDir: 'tests/e2e',
  // *.e2e.ts, so vitest (which collects *.test.ts / *.spec.ts) never picks these up.
  testMatch: '**/*.e2e.ts',
  outputDir: join(OUTPUT, 'test-results'),
  fullyParallel: true,
  forbidOnly: true,
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: join(OUTPUT, 'report') }]] : 'list',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1400, height: 900 },
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    // Always build first, so the tests never run against a stale out/.
    command: `npm run build && node scripts/serve.mjs out ${PORT}`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
