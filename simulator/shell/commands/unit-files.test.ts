// Unit files an administrator wrote (/etc/systemd/system: BuildKit's, as the notes install it):
// daemon-reload forgets a stopped unit whose file is gone, as the bare preset relies on, and a
// unit whose file is back is loaded the first time systemctl names it.

import { describe, expect, it } from 'vitest';
import { createSession } from '../session';

const fresh = () => createSession({ seed: 7, now: () => Date.UTC(2026, 11, 5, 8), frozenClock: true });

describe('systemctl and the unit files in /etc/systemd/system', () => {
  it('daemon-reload forgets buildkit once stopped and its files are gone; a running one stays', async () => {
    const s = fresh();
    await s.run('cp /etc/systemd/system/buildkit.service /root/buildkit.service');
    await s.run('rm /etc/systemd/system/buildkit.service /etc/systemd/system/buildkit.socket && systemctl daemon-reload');
    expect((await s.run('systemctl is-active buildkit')).stdout).toBe('active\n');
    await s.run('systemctl disable --now buildkit 2>/dev/null; systemctl daemon-reload');
    expect(await s.run('systemctl status buildkit')).toEqual({ stdout: '', stderr: 'Unit buildkit.service could not be found.\n', exitCode: 4 });
    await s.run('cp /root/buildkit.service /etc/systemd/system/');
    const back = await s.run('systemctl status buildkit');
    expect([back.exitCode, back.stdout.split('\n')[1]]).toEqual([3, '     Loaded: loaded (/etc/systemd/system/buildkit.service; disabled; preset: enabled)']);
    expect((await s.run('systemctl enable --now buildkit 2>/dev/null; systemctl is-active buildkit')).stdout).toBe('active\n');
  });

  it('containerd, whose unit is the package\'s, stays whatever daemon-reload finds', async () => {
    const s = fresh();
    await s.run('systemctl daemon-reload');
    expect((await s.run('systemctl is-active containerd kubelet')).stdout).toBe('active\ninactive\n');
  });

  it('listing unit files is not simulated', async () => {
    const r = await fresh().run('systemctl list-unit-files');
    expect([r.exitCode, r.stderr]).toEqual([1, 'systemctl: list-unit-files is not simulated here; name a unit (systemctl status containerd).\n']);
  });
});
