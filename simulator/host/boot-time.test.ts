// One boot for the whole node: uptime, /proc/uptime and systemd's "active since" of the units
// that run since boot all count from the same moment, an hour before the session began, and
// keep counting from it as the node's clock runs.
import { describe, expect, it } from 'vitest';
import { createSession } from '../index';

const NOW = () => Date.UTC(2026, 10, 28, 6, 12, 0);

describe('the node’s boot', () => {
  it('is where both uptime and systemctl count from, before and after time passes', async () => {
    const s = createSession({ seed: 7, now: NOW });
    const active = async () => (await s.run('systemctl status containerd')).stdout.split('\n').find((l) => l.includes('Active:'));
    expect(await active()).toContain('since Sat 2026-11-28 05:12:00 UTC; 1h 0min ago');
    expect((await s.run('uptime')).stdout).toMatch(/ up {2}1:00, /);
    await s.run('sleep 600');
    expect(await active()).toContain('since Sat 2026-11-28 05:12:00 UTC; 1h 10min ago');
    expect((await s.run('uptime')).stdout).toMatch(/ up {2}1:10, /);
    // A container reads the same boot (the pull takes a few seconds of the node's clock).
    await s.run('ctr i pull docker.io/library/busybox:latest');
    expect((await s.run('ctr run --rm docker.io/library/busybox:latest up cat /proc/uptime')).stdout).toMatch(/^420\d\.\d\d /);
  });
});
