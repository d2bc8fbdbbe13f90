import { describe, expect, it } from 'vitest';
import { createSession } from './session';

describe('completion of systemctl', () => {
  it('offers the verbs systemctl simulates, then the installed units only', async () => {
    const s = createSession({ seed: 1, now: () => 0 });
    expect(s.complete('systemctl re')).toEqual(['reload-or-restart', 'restart']);
    expect(s.complete('systemctl status ')).toEqual(['containerd']);
    expect(s.complete('systemctl stop d')).toEqual([]);
    s.node.state.host.units.docker = { active: false, enabled: false, installed: true };
    expect(s.complete('systemctl start ')).toEqual(['containerd', 'docker']);
  });
});

describe('completion of a tool', () => {
  it("walks ctr's spec past global flags and their values", () => {
    const s = createSession({ seed: 1, now: () => 0 });
    expect(s.complete('ctr --address /x/y -n k8s.io i')).toEqual(['i', 'image', 'images', 'install']);
    expect(s.complete('ctr images pull --pla')).toEqual(['--plain-http', '--platform']);
    expect(s.complete('echo x | ctr t')).toEqual(['t', 'task', 'tasks']);
  });
});
