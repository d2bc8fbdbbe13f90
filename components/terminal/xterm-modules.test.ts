// xterm's modules are imported once per page (xterm-modules.ts): the pane's early call and the
// view's later one share the same import, and an import that failed (a dropped connection) is
// made again by the next call instead of failing every terminal of the page for good.

import { describe, expect, it } from 'vitest';
import { onceUnlessFailed } from './xterm-modules';

describe('a load shared by the page', () => {
  it('runs once for every call while it is loading and after it loaded', async () => {
    let runs = 0;
    const load = onceUnlessFailed(async () => ++runs);
    const first = load();
    expect(load()).toBe(first);
    expect(await first).toBe(1);
    expect(await load()).toBe(1);
    expect(runs).toBe(1);
  });

  it('runs again after a failure', async () => {
    let runs = 0;
    const load = onceUnlessFailed(async () => {
      runs++;
      if (runs === 1) throw new Error('connection dropped');
      return runs;
    });
    await expect(load()).rejects.toThrow('connection dropped');
    expect(await load()).toBe(2);
    expect(await load()).toBe(2);
  });
});
