import { defineConfig } from 'vitest/config';

// Unit tests sit beside the simulator code; cross-layer tests live in tests/. The end-to-end
// suite under tests/e2e belongs to Playwright and must not be collected here.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['simulator/**/*.test.ts', 'tests/**/*.test.ts', 'components/**/*.test.ts', 'content/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/vitest-setup.ts'],
    // The oracles' real daemons write into the host's /run: what is new there goes at the end.
    globalSetup: ['tests/oracle/host-run-leftovers.ts'],
    // Timings belong to `npm run bench`: vitest's 5 s default made a whole-session property
    // test fail on a CI machine running at load 12 although its answers were right.
    testTimeout: 60_000,
  },
});
