import { describe, expect, it } from 'vitest';
import { isActive, restartUnit, startUnit, stopUnit } from './host/systemd';
import { initialNodeState } from './initial-state';
import { makeNode } from './node';
import './node-units';

const NOW = Date.UTC(2026, 10, 28, 6, 12, 0);

describe("containerd's unit", () => {
  it('is what containerd.running says: the hooks keep the daemon flag in step with the unit', () => {
    const n = makeNode(initialNodeState(7, NOW), () => NOW);
    expect(n.state.containerd.running).toBe(isActive(n, 'containerd'));
    stopUnit(n, 'containerd');
    expect([isActive(n, 'containerd'), n.state.containerd.running]).toEqual([false, false]);
    startUnit(n, 'containerd');
    expect([isActive(n, 'containerd'), n.state.containerd.running]).toEqual([true, true]);
  });

  it('asks for a collection once started, as containerd 1.6 collects after startup', () => {
    const n = makeNode(initialNodeState(7, NOW), () => NOW);
    expect(n.state.containerd.gcDirtySinceMs).toBeUndefined();
    restartUnit(n, 'containerd');
    expect(n.state.containerd.gcDirtySinceMs).toBe(NOW);
  });
});
