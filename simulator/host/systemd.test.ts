import { describe, expect, it } from 'vitest';
import { initialNodeState } from '../initial-state';
import { makeNode } from '../node';
import {
  UNIT_DEFINITIONS,
  initialUnits,
  installedUnitNames,
  isActive,
  registerDaemon,
  restartUnit,
  setEnabled,
  startUnit,
  stopUnit,
} from './systemd';

const NOW = Date.UTC(2026, 10, 28, 6, 12, 0);

function node() {
  return makeNode(initialNodeState(7, NOW), () => NOW);
}

describe('systemd units', () => {
  it('a fresh node runs containerd, docker and buildkit, and has the kubelet installed but disabled and stopped', () => {
    expect(UNIT_DEFINITIONS.map((d) => d.name)).toEqual(['containerd', 'docker', 'buildkit', 'kubelet']);
    expect(initialUnits()).toEqual({
      containerd: { active: true, enabled: true, installed: true },
      docker: { active: true, enabled: true, installed: true, mainPid: 790 },
      buildkit: { active: true, enabled: true, installed: true, mainPid: 735 },
      kubelet: { active: false, enabled: false, installed: true },
    });
    expect(installedUnitNames(node())).toEqual(['containerd', 'docker', 'buildkit', 'kubelet']);
  });

  it('start and stop give a new main PID and start time, and run the daemon hooks in order', () => {
    const n = node();
    const calls: string[] = [];
    registerDaemon('kubelet', { started: () => void calls.push('started'), stopped: () => calls.push('stopped') });
    const unit = n.state.host.units.kubelet;
    if (!unit) throw new Error('no kubelet unit');
    unit.installed = true;
    const pid = n.state.host.nextPid;
    startUnit(n, 'kubelet');
    startUnit(n, 'kubelet');
    expect(unit).toMatchObject({ active: true, mainPid: pid, activeSinceMs: NOW });
    expect(isActive(n, 'kubelet')).toBe(true);
    restartUnit(n, 'kubelet');
    expect(unit.mainPid).toBe(pid + 1);
    stopUnit(n, 'kubelet');
    stopUnit(n, 'kubelet');
    expect(unit.mainPid).toBeUndefined();
    expect(isActive(n, 'kubelet')).toBe(false);
    expect(calls).toEqual(['started', 'stopped', 'started', 'stopped']);
  });

  it('enable and disable say whether anything changed', () => {
    const n = node();
    expect(setEnabled(n, 'containerd', true)).toBe(false);
    expect(setEnabled(n, 'containerd', false)).toBe(true);
    expect(n.state.host.units.containerd?.enabled).toBe(false);
  });

  it('refuses units the node lacks and hooks for units nobody declared', () => {
    const n = node();
    delete n.state.host.units.docker;
    expect(() => startUnit(n, 'docker')).toThrow('unit docker is not installed');
    expect(() => stopUnit(n, '__proto__')).toThrow('not installed');
    expect(isActive(n, 'docker')).toBe(false);
    expect(() => registerDaemon('sshd', { started: () => undefined, stopped: () => undefined })).toThrow('no unit sshd');
  });
});
