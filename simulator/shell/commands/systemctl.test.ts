import { describe, expect, it } from 'vitest';
import { createSession } from '../session';

const NOW = Date.UTC(2026, 10, 28, 6, 12, 0);

describe('systemctl and containerd\'s collector', () => {
  it('a (re)started containerd collects once a moment later: an expired lease goes then', async () => {
    const s = createSession({ seed: 7, now: () => NOW });
    const run = async (line: string) => (await s.run(line, {})).stdout;
    await run('ctr leases create --id old --expires 0 containerd.io/gc.expire=2000-01-01T00:00:00Z');
    expect(await run('sleep 1; ctr leases ls -q')).toBe('old\n');
    await run('systemctl restart containerd');
    expect(await run('sleep 1; ctr leases ls -q')).toBe('');
    await run('ctr leases create --id old2 --expires 0 containerd.io/gc.expire=2000-01-01T00:00:00Z');
    await run('systemctl stop containerd');
    await run('sleep 1');
    await run('systemctl start containerd');
    expect(await run('sleep 1; ctr leases ls -q')).toBe('');
  });
});

describe('systemctl enable --now and disable --now', () => {
  it('start and stop the unit besides (un)linking it, as systemd 252 does', async () => {
    const s = createSession({ seed: 7, now: () => NOW });
    const disable = await s.run('systemctl disable --now containerd', {});
    expect(disable.stderr).toBe('Removed "/etc/systemd/system/multi-user.target.wants/containerd.service".\n');
    expect((await s.run('systemctl is-active containerd; ctr ns ls -q', {})).stdout).toBe('inactive\n');
    const enable = await s.run('systemctl enable containerd --now', {});
    expect(enable.stderr).toBe(
      'Created symlink /etc/systemd/system/multi-user.target.wants/containerd.service → /lib/systemd/system/containerd.service.\n',
    );
    expect((await s.run('systemctl is-active containerd; ctr ns ls -q', {})).stdout).toBe('active\n');
  });
});

describe('a stopped containerd in a saved session', () => {
  it('stays stopped after a reload, and starts again', async () => {
    const s = createSession({ seed: 7, now: () => NOW });
    await s.run('systemctl stop containerd', {});
    const t = createSession({ saved: JSON.parse(JSON.stringify(s.save())) as unknown, now: () => NOW });
    expect((await t.run('systemctl is-active containerd', {})).stdout).toBe('inactive\n');
    expect((await t.run('ctr ns ls', {})).stderr).toMatch(/^ctr: failed to dial/);
    await t.run('systemctl start containerd', {});
    expect((await t.run('ctr ns ls -q; echo $?', {})).stdout).toBe('0\n');
  });
});
