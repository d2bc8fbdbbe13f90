// Property (design.md §5): random sequences of valid ctr commands keep the model's invariants:
// no task without its container, no container whose snapshot is gone, a namespace with objects
// cannot be removed, every image's blobs (default platform) are in the content store, every
// snapshot's parent exists, every unpacked layer keeps its files. Commands may fail (removing
// a running task, a duplicate id…); whatever they return, the state must stay sound.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsObjects, invariantViolations } from './invariants';
import { newSession, runGuarded, stateOf } from './session-harness';

// Two namespaces only, so that a random sequence often builds on its own earlier steps.
const NAMESPACES = ['default', 'dev'];
const IMAGES = ['docker.io/library/busybox:latest', 'docker.io/library/nginx:alpine'];
const TAGS = ['docker.io/library/busybox:t1', 'docker.io/library/nginx:t2'];
const CONTAINERS = ['c0', 'c1', 'c2'];
// Snapshot keys of their own, never a container's: removing a container's snapshot under it
// is allowed by containerd (and would break the container), so these sequences do not do it.
const ACTIVE_KEYS = ['s0', 's1'];
const COMMITTED_KEYS = ['k0', 'k1'];
const key = fc.constantFrom(...ACTIVE_KEYS, ...COMMITTED_KEYS);

const ns = fc.constantFrom(...NAMESPACES);
const image = fc.constantFrom(...IMAGES);
const ref = fc.constantFrom(...IMAGES, ...TAGS);
const id = fc.constantFrom(...CONTAINERS);
const active = fc.constantFrom(...ACTIVE_KEYS);
const committed = fc.constantFrom(...COMMITTED_KEYS);

const w = (weight: number, arbitrary: fc.Arbitrary<string>) => ({ weight, arbitrary });

/** One valid ctr command line, weighted towards the steps that build on each other. */
const command: fc.Arbitrary<string> = fc.oneof(
  w(3, fc.tuple(ns, image).map(([n, i]) => `ctr -n ${n} images pull ${i}`)),
  w(1, fc.tuple(ns, image, fc.constantFrom(...TAGS)).map(([n, i, t]) => `ctr -n ${n} images tag ${i} ${t}`)),
  w(2, fc.tuple(ns, ref).map(([n, r]) => `ctr -n ${n} images rm ${r}`)),
  w(3, fc.tuple(ns, image, id).map(([n, i, c]) => `ctr -n ${n} containers create ${i} ${c} sleep 100000`)),
  w(2, fc.tuple(ns, id).map(([n, c]) => `ctr -n ${n} containers rm ${c}`)),
  w(2, fc.tuple(ns, id).map(([n, c]) => `ctr -n ${n} tasks start -d ${c}`)),
  w(2, fc.tuple(ns, id).map(([n, c]) => `ctr -n ${n} tasks kill -s SIGKILL ${c}`)),
  w(2, fc.tuple(ns, id).map(([n, c]) => `ctr -n ${n} tasks rm ${c}`)),
  w(2, fc.tuple(ns, image, id).map(([n, i, c]) => `ctr -n ${n} run -d ${i} ${c} sleep 100000`)),
  w(1, ns.map((n) => `ctr namespaces create ${n}`)),
  w(2, ns.map((n) => `ctr namespaces rm ${n}`)),
  w(3, fc.tuple(ns, active, fc.option(committed, { nil: undefined, freq: 2 })).map(([n, a, p]) => `ctr -n ${n} snapshots prepare ${a}${p ? ` ${p}` : ''}`)),
  w(3, fc.tuple(ns, committed, active).map(([n, k, a]) => `ctr -n ${n} snapshots commit ${k} ${a}`)),
  w(3, fc.tuple(ns, key).map(([n, k]) => `ctr -n ${n} snapshots rm ${k}`)),
  w(1, ns.map((n) => `ctr -n ${n} leases create`)),
  // Time for containerd's garbage collector, which runs a moment after a deletion.
  w(1, fc.constant('sleep 1')),
  // Two-step lines that set up what later steps depend on (a committed parent, a running task).
  w(3, fc.tuple(ns, active, committed, fc.option(committed, { nil: undefined, freq: 2 })).map(
    ([n, a, k, p]) => `ctr -n ${n} snapshots prepare ${a}${p ? ` ${p}` : ''}; ctr -n ${n} snapshots commit ${k} ${a}`,
  )),
  w(2, fc.tuple(ns, image, id).map(([n, i, c]) => `ctr -n ${n} images pull ${i}; ctr -n ${n} run -d ${i} ${c} sleep 100000`)),
);

const NS_RM = /^ctr namespaces rm (\S+)$/;

describe('random sequences of valid commands', () => {
  it('keep the model invariants', { timeout: 90_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 5, maxLength: 40, size: 'max' }), fc.integer({ min: 1, max: 1000 }), async (lines, seed) => {
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
      { numRuns: 100, seed: 424242 },
    );
  });
});
