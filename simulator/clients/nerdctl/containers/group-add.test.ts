// nerdctl run --group-add (oci.WithAppendAdditionalGroups, containerd 1.6.20): gids and names
// from the image's /etc/group appended to the process's groups, and an unknown name refused
// while the container is made, leaving none behind.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';

const session = () => createSession({ seed: 16, now: () => Date.UTC(2026, 11, 6, 1, 45, 0) });

describe('nerdctl run --group-add', () => {
  it('appends numeric gids and named groups after the process gid; id shows them', async () => {
    const s = session();
    const r = await s.run('nerdctl run -d --name g1 --group-add 1234 --group-add wheel busybox sleep 3600');
    expect(r.exitCode, r.stderr).toBe(0);
    const id = (await s.run("nerdctl inspect -f '{{.Id}}' g1")).stdout.trim();
    const spec = JSON.parse((await s.run(`ctr c info --spec ${id}`)).stdout) as { process: { user: unknown } };
    expect(spec.process.user).toEqual({ uid: 0, gid: 0, additionalGids: [0, 1234, 10] });
    expect((await s.run('nerdctl exec g1 id')).stdout).toBe('uid=0(root) gid=0(root) groups=0(root),10(wheel),1234\n');
  });

  it('refuses a name /etc/group lacks, through the temporary mount, and keeps no container', async () => {
    const s = session();
    await s.run('nerdctl pull -q busybox');
    const r = await s.run('nerdctl run --name g2 --group-add nosuch busybox true');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/level=fatal msg="mount callback failed on \/tmp\/containerd-mount\d+: unable to find group nosuch"\n$/);
    expect((await s.run('nerdctl ps -a -q')).stdout).toBe('');
    expect((await s.run('ctr snapshots ls')).stdout.split('\n').filter((l) => l.includes('Active'))).toEqual([]);
    expect((await s.run('nerdctl run --name g2 busybox true')).exitCode).toBe(0);
  });
});
