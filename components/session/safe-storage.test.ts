import { describe, expect, it } from 'vitest';
import { createSession } from '../../simulator/index';
import { STORE_VERSION } from './persisted-session';
import { saveSafely } from './restore-session';
import { storedText } from './safe-storage';

const NOW = Date.UTC(2026, 10, 28, 5, 14, 0);

describe('saving after every command', () => {
  it('holds the node as text no later command changes, and stores it as the node object', async () => {
    const session = createSession({ seed: 2, now: () => NOW });
    await session.run('ctr ns create one');
    const saved = saveSafely(session);
    if (!saved) throw new Error('no save');
    const before = session.save().node;
    expect(typeof saved.node).toBe('string');
    await session.run('ctr ns create two');
    expect(JSON.parse(saved.node as string)).toEqual(before);
    const stored = JSON.parse(storedText({ state: { saved }, version: STORE_VERSION })) as { state: { saved: { node: unknown; history: string[] } } };
    expect(stored.state.saved.node).toEqual(before);
    expect(stored.state.saved.history).toEqual(['ctr ns create one']);
    // What storage gives back restores the node as it was.
    const restored = createSession({ now: () => NOW, saved: stored.state.saved, rejectDamagedSave: true });
    expect((await restored.run('ctr ns ls -q')).stdout).toBe('one\n');
  });

  it('keeps any other string node a string', () => {
    const foreign = { version: 1, node: '{"x":', cwd: '/root', env: {}, history: [] };
    const text = storedText({ state: { saved: foreign }, version: STORE_VERSION });
    expect((JSON.parse(text) as { state: { saved: { node: unknown } } }).state.saved.node).toBe('{"x":');
  });
});
