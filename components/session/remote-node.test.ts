// The page's end of the node worker, against an in-process double of the worker: lines run and
// stream, the quick answers come from the last view, and a worker that stops answering (a loop
// without a pause, a Ctrl-C it never reads) is replaced from the save before the line.

import { describe, expect, it } from 'vitest';
import type { Stream } from '../../simulator/shell/session-types';
import { RemoteNode } from './remote-node';
import type { RemoteSession } from './remote-session';
import { STOPPED_AT_CTRL_C_EXIT, STOPPED_BY_WATCHDOG_EXIT } from './watchdog-text';
import { type WorkerDouble, workerDouble } from './worker-double';

const NOW = Date.UTC(2026, 11, 4, 9, 0, 0);

function remote(stuckOn?: RegExp, timing: { blockedMs?: number; graceMs?: number } = {}) {
  const workers: WorkerDouble[] = [];
  const node = new RemoteNode({
    spawn: () => {
      const worker = workerDouble({ stuckOn, sessionOptions: () => ({ seed: 7, now: () => NOW }) });
      workers.push(worker);
      return worker;
    },
    blockedMs: timing.blockedMs ?? 300,
    graceMs: timing.graceMs ?? 150,
    pingMs: 40,
  });
  return { node, workers };
}

async function run(session: RemoteSession, line: string) {
  const chunks: Array<{ chunk: string; stream: Stream }> = [];
  const result = await session.run(line, { onOutput: (chunk, stream) => chunks.push({ chunk, stream }) });
  return { ...result, chunks };
}

describe('a node in a worker', () => {
  it('runs lines, streams their output and answers prompt, history and the save at once', async () => {
    const { node } = remote();
    const session = await node.createSession({});
    expect(session.prompt()).toBe('root@node1:~# ');
    const r = await run(session, 'cd /tmp && echo hi && ctr ns create lab');
    expect(r).toMatchObject({ stdout: 'hi\n', exitCode: 0 });
    expect(r.chunks).toEqual([{ chunk: 'hi\n', stream: 'stdout' }]);
    expect(session.prompt()).toBe('root@node1:/tmp# ');
    expect(session.history()).toEqual(['cd /tmp && echo hi && ctr ns create lab']);
    // The save after the line is the node with the namespace in it.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(String(session.saveForStorage().node)).toContain('"lab"');
    expect(await session.needsMoreInput('echo "')).toBe(true);
    expect(await session.complete('ctr ver')).toEqual(['version']);
    node.dispose();
  });

  it('gives a second login the same node', async () => {
    const { node } = remote();
    const first = await node.createSession({});
    const second = await node.createSession({ node: first.node });
    await run(second, 'ctr ns create shared');
    expect((await run(first, 'ctr ns ls -q')).stdout).toBe('shared\n');
    // The second terminal's line changed the node: the first login's save has it.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(String(first.saveForStorage().node)).toContain('"shared"');
    node.dispose();
  });

  it('refuses a damaged save with the error the store recognises', async () => {
    const { node } = remote();
    const broken = { version: 1, node: '{"not":"a node"}', cwd: '/root', env: {}, history: [] };
    await expect(node.createSession({ saved: broken, rejectDamagedSave: true })).rejects.toMatchObject({ name: 'DamagedSaveError' });
    node.dispose();
  });

  it('stops a worker that stays silent, and puts the node back as it was before the line', async () => {
    const { node, workers } = remote(/HANG/);
    const session = await node.createSession({});
    await run(session, 'touch /root/before; cd /etc');
    const r = await run(session, 'touch /root/lost; echo HANG');
    expect(r.exitCode).toBe(STOPPED_BY_WATCHDOG_EXIT);
    expect(r.stderr).toMatch(/^ctrlab: the line kept the node busy for \d+ s without a pause.*back as it was before the line\.\n$/);
    expect(r.chunks).toEqual([{ chunk: r.stderr, stream: 'stderr' }]);
    expect(workers).toHaveLength(2);
    expect(workers[0]?.terminated).toBe(true);
    const after = await run(session, 'ls /root; pwd');
    expect(after.stdout).toBe('before\n/etc\n');
    expect(session.prompt()).toBe('root@node1:/etc# ');
    node.dispose();
  });

  it('ends a line at Ctrl-C when the worker cannot read it', async () => {
    const { node, workers } = remote(/HANG/, { blockedMs: 60_000 });
    const session = await node.createSession({});
    const line = run(session, 'echo HANG');
    await new Promise((resolve) => setTimeout(resolve, 30));
    const started = Date.now();
    const [r, i] = await Promise.all([line, session.interrupt('SIGINT')]);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(r.exitCode).toBe(STOPPED_AT_CTRL_C_EXIT);
    expect(r.stderr).toMatch(/^\nctrlab: the line did not stop at Ctrl-C.*before the line\.$/);
    expect(i.exitCode).toBe(STOPPED_AT_CTRL_C_EXIT);
    expect(workers).toHaveLength(2);
    expect((await run(session, 'echo again')).stdout).toBe('again\n');
    node.dispose();
  });

  it('lets a worker that reads the Ctrl-C end the line itself, without a restart', async () => {
    const { node, workers } = remote(undefined, { blockedMs: 60_000, graceMs: 100 });
    const session = await node.createSession({});
    const line = session.run('sleep 30; echo never', { realTime: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(session.activity()?.sinceMs).toBeTypeOf('number');
    await session.interrupt('SIGINT');
    const r = await line;
    expect(r).toMatchObject({ stdout: '', exitCode: 130 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(workers).toHaveLength(1);
    expect(session.activity()).toBeUndefined();
    node.dispose();
  });

  it('answers a question the stuck worker never answers with the harmless default', async () => {
    const { node } = remote(/HANG/);
    const session = await node.createSession({});
    const hung = run(session, 'echo HANG');
    const [more, words] = await Promise.all([session.needsMoreInput('echo "'), session.complete('ctr ver')]);
    expect(more).toBe(false);
    expect(words).toEqual([]);
    expect((await hung).exitCode).toBe(STOPPED_BY_WATCHDOG_EXIT);
    node.dispose();
  });
});
