import { afterEach, describe, expect, it } from 'vitest';
import { createSession } from '../../simulator/shell/session';
import { createNodeHost } from './node-host';
import { RESTORE_MEASURE } from './restore-timing';
import type { FromWorker } from './worker-protocol';

afterEach(() => performance.clearMeasures());

describe('restore timing', () => {
  it('measures a login made from a save, not a fresh one or a second login', async () => {
    const posted: FromWorker[] = [];
    const handle = createNodeHost({ chunks: null, createSession: (o) => createSession({ ...o, seed: 1 }), post: (m) => posted.push(m) });
    const created = () => new Promise<void>((resolve) => setTimeout(resolve, 50));
    handle({ t: 'create', req: 1, id: 1, options: {} });
    await created();
    const first = posted.find((m) => m.t === 'created');
    expect(performance.getEntriesByName(RESTORE_MEASURE, 'measure')).toHaveLength(0);
    if (first?.t !== 'created' || !first.save?.ok) throw new Error('no save');
    handle({ t: 'create', req: 2, id: 2, options: { saved: { ...first.save.saved, history: ['ctr i ls', 'ctr c ls'] } } });
    handle({ t: 'create', req: 3, id: 3, options: { loginTo: 2 } });
    await created();
    const measures = performance.getEntriesByName(RESTORE_MEASURE, 'measure') as PerformanceMeasure[];
    expect(measures).toHaveLength(1);
    expect(measures[0]?.detail).toEqual({ historyLines: 2 });
  });
});
