// Every unit test runs in Node, so the simulator gets Node's native codecs, as the REPL does.
// (native-codecs.test.ts checks the pure TypeScript path against them.)
import { beforeAll } from 'vitest';
import { useNodeCodecs } from '../scripts/node-codecs';

useNodeCodecs();

// The daemons' code before any test runs, as the REPL's first line loads it (node-plugins.ts): a
// test may drive a node's services without a session's line. Loaded in a hook rather than
// imported here, so that it comes after the test file's own imports and meets the modules its
// vi.mock calls replaced (a static import in this file would load the real ones first).
// Transforming them is the slowest part of a file's start on a loaded machine: the hook gets the
// time a test would (10 s ran out with the CI run and three other suites on two cores).
beforeAll(async () => {
  await import('../simulator/node-units');
}, 120_000);
