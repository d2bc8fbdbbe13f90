import { describe, expect, it } from 'vitest';
import { InterruptedError } from '../../../cli/interrupted';
import { publishEvent } from '../../../containerd/events/events';
import { makeTestNode } from '../../../containerd/namespaces/test-support';
import type { Node } from '../../../node';
import { runCtr } from '../ctr';
import { captureIO } from '../../../cli/test-support';
import { ctr } from '../ctr-test-support';

/** `ctr events …` on a watched terminal, as the browser runs it; abort() is Ctrl-C. */
function streaming(node: Node, args: string[]) {
  const abort = new AbortController();
  const captured = captureIO({ isTTY: true, io: { time: { realTime: true, signal: abort.signal } } });
  const done = runCtr(node, ['events', ...args], captured.io).then(
    (exit) => ({ exit }),
    (err: unknown) => ({ err }),
  );
  return { abort, done, out: captured.out, err: captured.err };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('ctr events', () => {
  it('on a terminal prints only events published after it subscribed, live, until Ctrl-C', async () => {
    const node = makeTestNode();
    await ctr(node, 'ns create before');
    const run = streaming(node, []);
    await tick();
    expect(run.out()).toBe('');
    await ctr(node, 'ns create demo');
    await tick();
    expect(run.out()).toMatch(/^2026-11-28 05:17:21(\.\d+)? \+0000 UTC default \/namespaces\/create \{"name":"demo"\}\n$/);
    await ctr(node, 'ns rm demo');
    await tick();
    expect(run.out().split('\n')[1]).toMatch(/ demo \/namespaces\/delete \{"name":"demo"\}$/);
    run.abort.abort();
    const result = await run.done;
    expect(result).toEqual({ err: new InterruptedError() });
    expect(run.err()).toBe('');
    // The subscription ended with the command.
    const lines = run.out();
    await ctr(node, 'ns create later');
    await tick();
    expect(run.out()).toBe(lines);
  });

  it('filters the stream by topic, namespace and body fields', async () => {
    const node = makeTestNode();
    const run = streaming(node, ['topic=="/namespaces/delete"', 'event.name==keep']);
    await ctr(node, 'ns create keep');
    await ctr(node, 'ns create other');
    await ctr(node, 'ns rm other');
    await tick();
    run.abort.abort();
    await run.done;
    const topics = run.out().trim().split('\n').map((l) => l.split(' ').slice(4, 6).join(' '));
    expect(topics).toEqual(['default /namespaces/create', 'other /namespaces/delete']);
  });

  it('reports a filter the events service cannot parse as the status it sends', async () => {
    const node = makeTestNode();
    const r = await ctr(node, 'events bad==');
    expect(r.stderr).toBe(
      'ctr: rpc error: code = Unknown desc = subscription error: failed parsing subscription filters: filters: parse error: [bad==]: expected value or quoted: invalid argument\n',
    );
    expect(r.exit).toBe(1);
  });

  it('where time jumps, shows nothing from before and says waiting for ever is not simulated', async () => {
    const node = makeTestNode();
    await ctr(node, 'ns create evns');
    publishEvent(node, 'default', '/images/delete', { name: 'x' });
    const r = await ctr(node, 'events');
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^ctr: waiting for new events is not simulated here \(no terminal to stop it with Ctrl-C\): /);
    expect(r.exit).toBe(1);
  });

  it('ends at its own --timeout with gRPC DeadlineExceeded, on a terminal or not (it waited for ever before)', async () => {
    const node = makeTestNode();
    const r = await ctr(node, '--timeout 1s events');
    expect(r).toEqual({ stdout: '', stderr: 'ctr: rpc error: code = DeadlineExceeded desc = context deadline exceeded\n', exit: 1 });
    const run = streaming(node, []);
    await ctr(node, 'ns create seen');
    run.abort.abort();
    expect('err' in (await run.done)).toBe(true);
  });
});
