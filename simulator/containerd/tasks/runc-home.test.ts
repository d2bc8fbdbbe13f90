// runc init's setupUser fills HOME from the image's /etc/passwd entry of the process's uid,
// "/" without one (runc 1.1.5, recorded through docker 20.10.24: `-u nobody` → /home in busybox,
// `-u 1000:1000` → /); an env that has HOME keeps it.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../shell/session';

describe('HOME of a container process', () => {
  it('comes from /etc/passwd for the uid, "/" when the uid has no entry', async () => {
    const s = createSession({ seed: 21, now: () => Date.UTC(2026, 11, 6, 2, 0, 0) });
    await s.run('ctr i pull docker.io/library/busybox:latest');
    expect((await s.run('ctr run -d docker.io/library/busybox:latest h1 sleep 100')).exitCode).toBe(0);
    const home = async (user: string) => (await s.run(`ctr t exec --exec-id e${user.length} ${user} h1 sh -c 'echo $HOME'`)).stdout;
    expect(await home('')).toBe('/root\n');
    expect(await home('--user nobody')).toBe('/home\n');
    expect(await home('--user 4242')).toBe('/\n');
    expect((await s.run("ctr run --rm --env HOME=/x docker.io/library/busybox:latest h2 sh -c 'echo $HOME'")).stdout).toBe('/x\n');
  });
});
