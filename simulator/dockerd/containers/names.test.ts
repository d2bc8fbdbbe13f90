// dockerd's names (moby v20.10.24 pkg/namesgenerator, daemon/names.go): adjective_surname from
// the word lists, never boring_wozniak, a digit on retries, valid-name and in-use refusals.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../index';
import { isDockerdError } from '../errors';
import { checkName, generateName, randomName } from './names';

describe('container names', () => {
  it('are adjective_surname, a digit appended from the second try, never boring_wozniak', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 0, max: 5 }), (seed, retry) => {
        const node = createSession({ seed, now: () => 0 }).node;
        const name = randomName(node, retry);
        expect(name).toMatch(retry > 0 ? /^[a-z]+_[a-z]+[0-9]$/ : /^[a-z]+_[a-z]+$/);
        expect(name.replace(/[0-9]$/, '')).not.toBe('boring_wozniak');
      }),
      { numRuns: 200 },
    );
  });

  it('a generated name is free; a taken or invalid one is refused as dockerd words it', () => {
    const node = createSession({ seed: 4, now: () => 0 }).node;
    const id = 'a'.repeat(64);
    expect(generateName(node, id)).toMatch(/^[a-z]+_[a-z]+$/);
    node.state.dockerd.containers[id] = { id, name: 'b1' } as never;
    const taken = (() => {
      try {
        checkName(node, 'b1');
      } catch (err) {
        return err;
      }
      return undefined;
    })();
    expect(isDockerdError(taken) && taken.status).toBe(409);
    expect((taken as Error).message).toBe(
      `Conflict. The container name "/b1" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.`,
    );
    expect(() => checkName(node, 'a b')).toThrow('Invalid container name (a b), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed');
    expect(checkName(node, '/web')).toBe('web');
  });
});
