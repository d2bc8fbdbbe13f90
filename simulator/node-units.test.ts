import { describe, expect, it } from 'vitest';
import { daemonRunning } from './containerd/daemon';
import { isActive, restartUnit, startUnit, stopUnit } from './host/systemd';
import { initialNodeState } from './initial-state';
import { makeNode } from './node';
import './node-units';

const NOW = Date.UTC(2026, 10, 28, 6, 12, 0);

describe("containerd's unit", () => {
  it('is the one record of whether containerd runs: the daemon keeps no flag of its own', () => {
    const n = makeNode(initialNodeState(7, NOW), () => NOW);
    expect([isActive(n, 'containerd'), daemonRunning(n)]).toEqual([true, true]);
    stopUnit(n, 'containerd');
    expect([isActive(n, 'containerd'), daemonRunning(n)]).toEqual([false, false]);
    startUnit(n, 'containerd');
    expect([isActive(n, 'containerd'), daemonRunning(n)]).toEqual([true, true]);
    expect(Object.keys(n.state.containerd)).not.toContain('running');
  });

  it('asks for a collection once started, as containerd 1.6 collects after startup', () => {
    const n = makeNode(initialNodeState(7, NOW), () => NOW);
    expect(n.state.containerd.gcDirtySinceMs).toBeUndefined();
    restartUnit(n, 'containerd');
    expect(n.state.containerd.gcDirtySinceMs).toBe(NOW);
  });
});
