import { describe, expect, it } from 'vitest';
import { createSimulator } from './index';
import { STATE_VERSION } from './node';

describe('createSimulator', () => {
  it('boots node1 with containerd running and no namespaces yet', () => {
    const node = createSimulator({ seed: 42, now: () => 1_000 });
    const s = node.state;
    expect(s.version).toBe(STATE_VERSION);
    expect(s.host.hostname).toBe('node1');
    expect(s.host.units.containerd).toMatchObject({ active: true, enabled: true, installed: true });
    expect(s.containerd.namespaces).toEqual({});
    expect(s.containerd.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(s.registries).toEqual({ pushed: {}, blobs: {} });
    expect(s.host.nextPid).toBeGreaterThan(10_000);
    expect(s.host.files['/etc/hostname']?.content).toBe('node1\n');
  });

  it('is reproducible for a seed and different across seeds', () => {
    const a = createSimulator({ seed: 1, now: () => 0 }).state;
    const b = createSimulator({ seed: 1, now: () => 0 }).state;
    const c = createSimulator({ seed: 2, now: () => 0 }).state;
    expect(a).toEqual(b);
    expect(c.containerd.uuid).not.toBe(a.containerd.uuid);
  });

  it('tells time from the injected clock plus the simulated offset', () => {
    let wall = 5_000;
    const node = createSimulator({ seed: 1, now: () => wall });
    expect(node.nowMs()).toBe(5_000);
    node.state.clockOffsetMs += 60_000;
    wall += 1;
    expect(node.nowMs()).toBe(65_001);
  });

  it('keeps its state JSON-safe', () => {
    const s = createSimulator({ seed: 3, now: () => 0 }).state;
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});
