// Every earlier save version restores: fixtures/ holds saves written by the old code itself
// (fixtures/README.md), each of which migrates to the current version, passes today's checks
// and runs commands on the node it held.

import { describe, expect, it } from 'vitest';
import { STATE_VERSION } from '../node';
import { createSession } from '../shell/session';
import { restoreSaved } from '../shell/saved-session';
import { migrateNodeTree } from './migrations';

declare global {
  interface ImportMeta {
    glob(pattern: string, options: { eager: true; import: 'default' }): Record<string, unknown>;
  }
}

const FIXTURES = import.meta.glob('./fixtures/saved-*.json', { eager: true, import: 'default' });
const NOW = () => Date.UTC(2026, 11, 4, 20, 0, 0);

describe('saves of every earlier version', () => {
  it('are all here (one per version of the code that wrote a different tree)', () => {
    expect(Object.keys(FIXTURES).length).toBeGreaterThanOrEqual(3);
  });

  for (const [name, saved] of Object.entries(FIXTURES)) {
    it(`${name} migrates, passes today's checks and runs`, async () => {
      const old = (saved as { node: { version: number } }).node.version;
      expect(old).toBeLessThan(STATE_VERSION);
      const restored = restoreSaved(structuredClone(saved));
      expect(restored?.node.version).toBe(STATE_VERSION);
      const session = createSession({ saved: structuredClone(saved), rejectDamagedSave: true, now: NOW });
      expect(session.prompt()).toBe('root@node1:/tmp/work# ');
      const ls = await session.run('ctr c ls -q; cat /root/notes.txt; echo $STAGE');
      expect(ls.exitCode).toBe(0);
      expect(ls.stdout.endsWith('hello\nlab\n')).toBe(true);
    });
  }

  it('leaves a tree of an unknown version as it is, for the checks to refuse', () => {
    const future = { version: STATE_VERSION + 1, host: {} };
    expect(migrateNodeTree(future)).toBe(future);
    expect(migrateNodeTree({ version: 0 })).toEqual({ version: 0 });
    expect(migrateNodeTree('junk')).toBe('junk');
  });
});
