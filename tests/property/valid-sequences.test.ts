// Property (design.md §5): random sequences of valid ctr commands keep the model's invariants:
// no task without its container, no container whose snapshot is gone, a namespace with objects
// cannot be removed, every image's blobs (default platform) are in the content store, every
// snapshot's parent exists. Commands may fail (removing a running task, a duplicate id…);
// whatever they return, the state must stay sound.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsObjects, invariantViolations } from './invariants';
import { newSession, runGuarded, stateOf } from './session-harness';

const NAMESPACES = ['default', 'k8s.io', 'dev'];
const IMAGES = ['docker.io/library/busybox:latest', 'docker.io/library/nginx:alpine'];
const TAGS = ['docker.io/library/busybox:t1', 'docker.io/library/nginx:t2'];
const CONTAINERS = ['c0', 'c1', 'c2'];
// Snapshot keys of their own, never a container's: removing a container's snapshot under it
// is allowed by containerd (and would break the container), so these sequences do not do it.
const ACTIVE_KEYS = ['s0', 's1'];
const COMMITTED_KEYS = ['k0', 'k1'];

const ns = fc.constantFrom(...NAMESPACES);
const image = fc.constantFrom(...IMAGES);
const ref = fc.constantFrom(...IMAGES, ...TAGS);
const id = fc.constantFrom(...CONTAINERS);
const active = fc.constantFrom(...ACTIVE_KEYS);
const committed = fc.constantFrom(...COMMITTED_KEYS);

/** One valid ctr command line. */
const command: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(ns, image).map(([n, i]) => `ctr -n ${n} images pull ${i}`),
  fc.tuple(ns, image, fc.constantFrom(...TAGS)).map(([n, i, t]) => `ctr -n ${n} images tag ${i} ${t}`),
  fc.tuple(ns, ref).map(([n, r]) => `ctr -n ${n} images rm ${r}`),
  fc.tuple(ns, image, id).map(([n, i, c]) => `ctr -n ${n} containers create ${i} ${c} sleep 100000`),
  fc.tuple(ns, id).map(([n, c]) => `ctr -n ${n} containers rm ${c}`),
  fc.tuple(ns, id).map(([n, c]) => `ctr -n ${n} tasks start -d ${c}`),
  fc.tuple(ns, id).map(([n, c]) => `ctr -n ${n} tasks kill -s SIGKILL ${c}`),
  fc.tuple(ns, id).map(([n, c]) => `ctr -n ${n} tasks rm ${c}`),
  fc.tuple(ns, image, id).map(([n, i, c]) => `ctr -n ${n} run -d ${i} ${c} sleep 100000`),
  ns.map((n) => `ctr namespaces create ${n}`),
  ns.map((n) => `ctr namespaces rm ${n}`),
  fc.tuple(ns, active, fc.option(committed, { nil: undefined })).map(([n, a, p]) => `ctr -n ${n} snapshots prepare ${a}${p ? ` ${p}` : ''}`),
  fc.tuple(ns, committed, active).map(([n, k, a]) => `ctr -n ${n} snapshots commit ${k} ${a}`),
  fc.tuple(ns, fc.constantFrom(...ACTIVE_KEYS, ...COMMITTED_KEYS)).map(([n, k]) => `ctr -n ${n} snapshots rm ${k}`),
  ns.map((n) => `ctr -n ${n} leases create`),
);

const NS_RM = /^ctr namespaces rm (\S+)$/;

describe('random sequences of valid commands', () => {
  it('keep the model invariants', { timeout: 20_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 1000 }), async (lines, seed) => {
        const session = newSession(seed);
        for (const line of lines) {
          const target = NS_RM.exec(line)?.[1];
          const before = target ? stateOf(session).containerd.namespaces[target] : undefined;
          const result = await runGuarded(session, line);
          expect(result.stderr, line).not.toMatch(/internal simulator error/);
          const state = stateOf(session);
          if (target && before && holdsObjects(before)) {
            expect(result.exitCode, `${line} removed a namespace with objects`).not.toBe(0);
            expect(state.containerd.namespaces[target], line).toBeDefined();
          }
          expect(invariantViolations(state.containerd), `after ${line}`).toEqual([]);
        }
      }),
      { numRuns: 40, seed: 424242 },
    );
  });
});
