import { describe, expect, it } from 'vitest';
import type { SavedSession } from '../../simulator/shell/session-types';
import { dropParked, MAX_SESSIONS, newSessionId, parkedSaves, parkSave, readParked, readSessionList, SESSIONS_KEY, writeSessionList } from './named-sessions';
import { memoryStorage } from './store-test-support';

const saved: SavedSession = { version: 2, node: '{}', cwd: '/root', env: {}, history: ['ctr i ls'] };

describe('named sessions', () => {
  it('start as the one session a page always had', () => {
    expect(readSessionList(memoryStorage(), 'Session 1')).toEqual({ active: 's1', sessions: [{ id: 's1', name: 'Session 1' }] });
  });

  it('keep their list and give new ids that are free', () => {
    const storage = memoryStorage();
    const list = { active: 's2', sessions: [{ id: 's1', name: 'a' }, { id: 's2', name: 'b' }] };
    expect(writeSessionList(storage, list)).toBe(true);
    expect(readSessionList(storage, 'x')).toEqual(list);
    expect(newSessionId(list)).toBe('s3');
    expect(newSessionId({ active: 's2', sessions: [{ id: 's2', name: 'b' }] })).toBe('s1');
  });

  it('replace a damaged or foreign list by one session, and clean names', () => {
    const damaged = [
      'not json',
      JSON.stringify({ version: 2, active: 's1', sessions: [] }),
      JSON.stringify({ version: 1, active: 's9', sessions: [{ id: 's1', name: 'a' }] }),
      JSON.stringify({ version: 1, active: 's1', sessions: [{ id: '__proto__', name: 'a' }] }),
      JSON.stringify({ version: 1, active: 's1', sessions: [{ id: 's1', name: 'a' }, { id: 's1', name: 'b' }] }),
      JSON.stringify({ version: 1, active: 's1', sessions: Array.from({ length: MAX_SESSIONS + 1 }, (_, i) => ({ id: `s${i + 1}`, name: 'n' })) }),
    ];
    for (const text of damaged) expect(readSessionList(memoryStorage({ [SESSIONS_KEY]: text }), 'S')).toEqual({ active: 's1', sessions: [{ id: 's1', name: 'S' }] });
    const odd = JSON.stringify({ version: 1, active: 's1', sessions: [{ id: 's1', name: '<b>\nx</b>' }, { id: 's2', name: '\n' }] });
    expect(readSessionList(memoryStorage({ [SESSIONS_KEY]: odd }), 'S').sessions).toEqual([{ id: 's1', name: '<b> x</b>' }, { id: 's2', name: 's2' }]);
  });

  it('park the saves of the sessions not shown, and say when one is damaged', () => {
    const storage = memoryStorage();
    expect(parkSave(storage, 's2', saved)).toBe(true);
    expect(readParked(storage, 's2')).toEqual({ ok: true, saved });
    const list = { active: 's1', sessions: [{ id: 's1', name: 'a' }, { id: 's2', name: 'b' }, { id: 's3', name: 'c' }] };
    expect(parkedSaves(storage, list)).toEqual([saved]);
    storage.setItem('ctrlab-session-parked-s3', '{"version":1,"saved":{"cwd":1}}');
    expect(readParked(storage, 's3')).toEqual({ ok: false, text: '{"version":1,"saved":{"cwd":1}}' });
    dropParked(storage, 's2');
    expect(readParked(storage, 's2')).toEqual({ ok: false, text: null });
  });

  it('report storage that refuses', () => {
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined };
    expect(parkSave(full, 's1', saved)).toBe(false);
    expect(writeSessionList(full, { active: 's1', sessions: [] })).toBe(false);
    expect(writeSessionList(undefined, { active: 's1', sessions: [] })).toBe(false);
  });
});
