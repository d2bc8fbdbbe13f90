import { describe, expect, it } from 'vitest';
import type { SavedSession } from '../../simulator/shell/session-types';
import { UndoPoints } from './undo-points';

const after = (history: string[]): SavedSession => ({ version: 2, node: { lines: history.length }, cwd: '/root', env: {}, history });

describe('undo points', () => {
  it('go back one line, then the one before, and no further', () => {
    const points = new UndoPoints();
    const s0 = after([]);
    const s1 = after(['ctr ns create a']);
    const s2 = after(['ctr ns create a', 'ctr ns rm a']);
    points.restart(s0);
    expect(points.next()).toBeUndefined();
    points.record(s1);
    points.record(s1); // the same save again (after the line, and when it arrives)
    points.record(s2);
    expect(points.next()).toEqual({ saved: s1, lines: ['ctr ns rm a'] });
    const r1 = after(s1.history);
    points.undone(r1);
    expect(points.next()).toEqual({ saved: s0, lines: ['ctr ns create a'] });
    points.undone(after([]));
    expect(points.next()).toBeUndefined();
  });

  it('keep three states: the line before the one before is not undone', () => {
    const points = new UndoPoints();
    for (let n = 0; n <= 5; n += 1) points.record(after(Array.from({ length: n }, (_, i) => `echo ${i}`)));
    expect(points.all()).toHaveLength(3);
    points.undone(after(['echo 0', 'echo 1', 'echo 2', 'echo 3']));
    points.undone(after(['echo 0', 'echo 1', 'echo 2']));
    expect(points.next()).toBeUndefined();
  });

  it('name every line between two saves a dropped save left apart, also past HISTSIZE', () => {
    const points = new UndoPoints();
    const full = Array.from({ length: 500 }, (_, i) => `echo ${i}`);
    points.record(after(full));
    points.record(after([...full.slice(2), 'ctr c rm web', 'ctr i ls']));
    expect(points.next()?.lines).toEqual(['ctr c rm web', 'ctr i ls']);
  });

  it('start over after a reset, an import or a switch', () => {
    const points = new UndoPoints();
    points.record(after([]));
    points.record(after(['x']));
    points.restart(after(['y']));
    expect(points.next()).toBeUndefined();
    points.restart(null);
    expect(points.all()).toEqual([]);
  });

  it('take the same state saved again (after a reload) in the newest one’s place, so the last line is still undone', () => {
    const points = new UndoPoints();
    const s0 = after(['ctr ns create keep']);
    const s1 = after(['ctr ns create keep', 'ctr ns rm keep']);
    points.resume([s0, s1]);
    const resaved = after([...s1.history]);
    points.record(resaved);
    expect(points.next()).toEqual({ saved: s0, lines: ['ctr ns rm keep'] });
    expect(points.all()).toEqual([s0, resaved]);
  });
});
