// The worker makes a fresh node while it waits for the page (node-host.ts spareFresh): the first
// login that asks for a fresh node gets that node and its save, made before it asked; any other
// first login drops it, and later fresh nodes (Reset) are made when asked.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../simulator/shell/session';
import { createNodeHost, type HostSessionOptions } from './node-host';
import type { FromWorker, ToWorker } from './worker-protocol';

function host() {
  const posted: FromWorker[] = [];
  const asked: HostSessionOptions[] = [];
  let seed = 10;
  const handle = createNodeHost({
    chunks: null,
    spareFresh: true,
    createSession: (o) => {
      asked.push(o);
      return createSession({ ...o, seed: seed++, now: () => Date.UTC(2026, 11, 7) });
    },
    post: (m) => posted.push(m),
  });
  /** The answer to request `req` (its output chunks are not answers). */
  const until = async (req: number): Promise<FromWorker> => {
    for (let i = 0; i < 400; i++) {
      const at = posted.findIndex((m) => 'req' in m && m.req === req && m.t !== 'output');
      if (at >= 0) return posted.splice(at, 1)[0] as FromWorker;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error('no answer');
  };
  return { send: (m: ToWorker) => handle(m), until, asked };
}

const turn = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A task's PID, which the node's seed decides: which node a login got. */
async function firstId(send: (m: ToWorker) => void, until: (req: number) => Promise<FromWorker>, id: number, req: number): Promise<string> {
  send({ t: 'run', req, id, line: 'ctr i pull docker.io/library/busybox:latest >/dev/null; ctr run -d docker.io/library/busybox:latest c1 sleep 99; ctr t ls', tty: false, realTime: false });
  const done = await until(req);
  if (done.t !== 'done' || done.result.exitCode !== 0) throw new Error(JSON.stringify(done));
  return done.result.stdout;
}

describe('the spare fresh node', () => {
  it('is made while the worker waits, and is the first fresh login, with the save made with it', async () => {
    const { send, until, asked } = host();
    await turn();
    expect(asked).toEqual([{}]);
    send({ t: 'create', req: 1, id: 1, options: {} });
    const created = await until(1);
    expect(created.t).toBe('created');
    // No second node was made for it: the login runs on the spare (seed 10).
    expect(asked).toEqual([{}]);
    if (created.t !== 'created' || !created.save?.ok) throw new Error('no save');
    const same = createSession({ saved: created.save.saved });
    expect(same.prompt()).toBe('root@node1:~# ');
    const spareRun = await firstId(send, until, 1, 2);
    expect(spareRun).toMatch(/^c1 +\d+ +RUNNING$/m);
    // A node made from the same seed, asked for at once, gives the same ids: it is that node.
    const direct = host();
    direct.send({ t: 'create', req: 1, id: 1, options: {} });
    await direct.until(1);
    expect(direct.asked).toEqual([{}]);
    expect(await firstId(direct.send, direct.until, 1, 2)).toBe(spareRun);
  });

  it('is dropped by a first login that is not fresh; a later fresh node is made when asked', async () => {
    const { send, until, asked } = host();
    await turn();
    const saved = createSession({ seed: 1 }).saveForStorage();
    send({ t: 'create', req: 1, id: 1, options: { saved } });
    expect((await until(1)).t).toBe('created');
    send({ t: 'create', req: 2, id: 2, options: {} });
    expect((await until(2)).t).toBe('created');
    expect(asked.map((o) => o.saved !== undefined)).toEqual([false, true, false]);
  });

  it('is not made when the page asked first', async () => {
    const { send, until, asked } = host();
    send({ t: 'create', req: 1, id: 1, options: {} });
    expect((await until(1)).t).toBe('created');
    await turn();
    expect(asked).toEqual([{}]);
  });
});
