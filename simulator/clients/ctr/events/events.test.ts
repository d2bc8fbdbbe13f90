import { describe, expect, it } from 'vitest';
import { publishEvent } from '../../../containerd/events/events';
import { makeTestNode } from '../../../containerd/namespaces/test-support';
import { ctr } from '../namespaces/ctr-test-support';

describe('ctr events', () => {
  it('prints recorded events in the real line format, then says streaming is not simulated', async () => {
    const node = makeTestNode();
    await ctr(node, 'ns create evns');
    publishEvent(node, 'default', '/images/delete', { name: 'docker.io/library/busybox:<evt>' });
    const r = await ctr(node, 'events');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^2026-11-28 05:17:21(\.\d+)? \+0000 UTC default \/namespaces\/create \{"name":"evns"\}$/);
    expect(lines[1]).toMatch(/ default \/images\/delete \{"name":"docker.io\/library\/busybox:\\u003cevt\\u003e"\}$/);
    expect(lines[2]).toBe('');
    expect(r.stderr).toMatch(/^ctr: waiting for new events is not simulated here: /);
    expect(r.exit).toBe(1);
  });
  it('filters by topic and namespace', async () => {
    const node = makeTestNode();
    await ctr(node, 'ns create evns');
    await ctr(node, '-n evns snapshots prepare x');
    const r = await ctr(node, 'events topic==/snapshot/prepare');
    expect(r.stdout).toMatch(/^\S+ \S+ \+0000 UTC evns \/snapshot\/prepare \{"key":"x"\}\n$/);
    expect((await ctr(node, 'events namespace==nope')).stderr).toMatch(/this node has recorded no events yet/);
  });
});
