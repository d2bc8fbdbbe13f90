// ctr c create --device and --runtime-config-path, and ctr i label with an empty key, as the
// real containerd 1.6.20 node answers them (tests/oracle/scripts/153-fresh-run-rare-flags.sh and
// 155-fresh-images-ops.sh).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

async function session() {
  const s = createSession({ seed: 4, now: () => Date.UTC(2026, 11, 7, 11, 0, 0) });
  await s.run('ctr i pull docker.io/library/busybox:latest');
  return s;
}

describe('ctr --device', () => {
  it('adds a host device node to the spec and its cgroup allow rule with rwm', async () => {
    const s = await session();
    expect((await s.run('ctr c create --device /dev/null docker.io/library/busybox:latest dv1 true')).exitCode).toBe(0);
    const info = (await s.run('ctr c info dv1')).stdout;
    expect(info).toContain('"path": "/dev/null",\n                    "type": "c",\n                    "major": 1,\n                    "minor": 3,');
    expect(info).toContain('"allow": true,\n                        "type": "c",\n                        "major": 1,\n                        "minor": 3,\n                        "access": "rwm"');
  });

  it('refuses a file that is no device node, and creates nothing', async () => {
    const s = await session();
    const r = await s.run('ctr c create --device /etc/hostname docker.io/library/busybox:latest dv3 true');
    expect([r.stderr, r.exitCode]).toEqual(['ctr: not a device node\n', 1]);
    expect((await s.run('ctr c ls -q')).stdout).toBe('');
  });
});

describe('ctr --runtime-config-path', () => {
  it('is not read for the runc runtime', async () => {
    const s = await session();
    expect((await s.run('ctr c create --runtime-config-path /nonexistent.toml docker.io/library/busybox:latest rc1 true')).exitCode).toBe(0);
  });
});

describe('ctr i label', () => {
  it('refuses an empty key as bolt does, leaving the labels as they were', async () => {
    const s = await session();
    await s.run('ctr i label docker.io/library/busybox:latest a=1');
    const r = await s.run('ctr i label docker.io/library/busybox:latest =x');
    expect(r.stderr).toBe('ctr: writing labels for image docker.io/library/busybox:latest: failed to set label ""="x": key required: unknown\n');
    expect(r.exitCode).toBe(1);
    expect((await s.run("ctr i ls -q 'labels.a==1'")).stdout).toBe('docker.io/library/busybox:latest\n');
  });
});

describe('ctr i mount twice on one target', () => {
  it('stacks, and ctr i unmount (mount.UnmountAll) takes both away', async () => {
    const s = await session();
    await s.run('mkdir -p /tmp/mnt1');
    await s.run('ctr i mount docker.io/library/busybox:latest /tmp/mnt1');
    await s.run('ctr i mount docker.io/library/busybox:latest /tmp/mnt1');
    await s.run('ctr i unmount /tmp/mnt1');
    expect((await s.run('ls /tmp/mnt1 | wc -l')).stdout).toBe('0\n');
  });
});
