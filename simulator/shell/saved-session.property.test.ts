// Property: whatever one damaged value a saved session holds, restoring it never leads to an
// internal error in the listing commands: the save is either restored whole (the damage was
// harmless) or dropped for a fresh node.

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession } from './session';

const NOW = Date.UTC(2026, 10, 28, 5, 14, 0);
const LISTINGS = ['ctr i ls', 'ctr c ls', 'ctr t ls', 'ctr snapshots ls', 'ctr content ls', 'ctr ns ls'];
const SETUP = [
  'ctr i pull docker.io/library/busybox:latest',
  'ctr i pull docker.io/library/nginx:alpine',
  'ctr run -d docker.io/library/nginx:alpine web',
  'ctr c create docker.io/library/busybox:latest c1 sleep 1000',
  'ctr t start -d c1',
  'ctr t exec -d --exec-id e1 c1 sleep 500',
  'ctr leases create l1',
  'ctr -n k8s.io i pull docker.io/library/busybox:latest',
  'ctr snapshots prepare s1',
];

type Path = readonly (string | number)[];

/** Every path inside `value` (objects and arrays), the root excluded. */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const path = [...prefix, Array.isArray(value) ? Number(k) : k];
      out.push(path);
      pathsOf(v, path, out);
    }
  }
  return out;
}

/** `root` with the value at `path` replaced by `junk` (undefined deletes the key). */
function corrupt(root: unknown, path: Path, junk: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(root)) as Record<string | number, unknown>;
  let at: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] ?? '';
  if (junk === undefined) delete at[last];
  else at[last] = junk;
  // Through storage, as the browser keeps it (NaN and Infinity become null there).
  return JSON.parse(JSON.stringify(copy));
}

const junkValue = fc.oneof(
  fc.constantFrom(null, undefined, 0, -1, 1e300, -1e300, '', 'x', true, false, [], {}, [null], { a: 1 }, '__proto__'),
  fc.integer(),
  fc.string({ maxLength: 8 }),
  fc.jsonValue({ maxDepth: 2 }),
);

describe('restoring a damaged save', () => {
  let saved: unknown;
  let paths: Path[] = [];
  let containerdPaths: Path[] = [];

  beforeAll(async () => {
    const s = createSession({ seed: 5, now: () => NOW });
    for (const line of SETUP) {
      const r = await s.run(line);
      if (r.exitCode !== 0) throw new Error(`${line}: ${r.stderr}`);
    }
    saved = JSON.parse(JSON.stringify(s.save()));
    paths = pathsOf(saved);
    containerdPaths = paths.filter((p) => p[0] === 'node' && p[1] === 'containerd' && p[2] !== 'blobs');
  });

  it('never gives an internal error in the listings', { timeout: 120_000 }, async () => {
    const anyPath = fc.nat().map((i) => paths[i % paths.length] ?? []);
    const recordPath = fc.nat().map((i) => containerdPaths[i % containerdPaths.length] ?? []);
    await fc.assert(
      fc.asyncProperty(fc.oneof(recordPath, recordPath, anyPath), junkValue, async (path, junk) => {
        const damaged = corrupt(saved, path, junk);
        const s = createSession({ now: () => NOW, saved: damaged });
        for (const line of LISTINGS) {
          const r = await s.run(line);
          expect(r.stderr, `${line} after ${path.join('.')} = ${JSON.stringify(junk)}`).not.toMatch(/internal simulator error/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('rejects the known bad records of the fuzzing report', () => {
    const cases: Array<[Path, unknown]> = [
      [['node', 'containerd', 'namespaces', 'default', 'containers', 'c1'], null],
      [['node', 'containerd', 'namespaces', 'default', 'tasks', 'c1', 'init'], null],
      [['node', 'containerd', 'namespaces', 'default', 'tasks', 'web', 'init', 'programState', 'helpers'], 'x'],
      [['node', 'clockOffsetMs'], 1e300],
    ];
    for (const [path, junk] of cases) {
      expect(() => createSession({ now: () => NOW, saved: corrupt(saved, path, junk), rejectDamagedSave: true })).toThrow(
        'the saved session cannot be restored',
      );
    }
    expect(createSession({ now: () => NOW, saved, rejectDamagedSave: true }).history()).toHaveLength(SETUP.length);
  });
});
