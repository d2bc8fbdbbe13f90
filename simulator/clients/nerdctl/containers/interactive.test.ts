// Interactive containers on a terminal: `nerdctl run -it --rm alpine sh` keeps the terminal for
// the image's shell until `exit` (then --rm removes the container), `exec -it` likewise; without
// a terminal, -t panics in console.Current() (exit 2), as the released binary does.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

describe('nerdctl -it on a terminal', () => {
  it('run -it --rm alpine sh: the shell, then the container is gone', async () => {
    const s = createSession({ seed: 4, now: () => Date.UTC(2026, 11, 3, 9, 0, 0) });
    await s.run('nerdctl pull -q alpine');
    const first = await s.run('nerdctl run -it --rm --name box alpine sh', { tty: true });
    expect(first.stdout).toContain('/ # ');
    expect((await s.run('cat /etc/os-release | head -1', { tty: true })).stdout).toBe('NAME="Alpine Linux"\n');
    expect((await s.run('echo $HOSTNAME', { tty: true })).stdout).toMatch(/^[0-9a-f]{12}\n$/);
    expect((await s.run('exit', { tty: true })).exitCode).toBe(0);
    expect(s.prompt()).toBe('root@node1:~# ');
    expect((await s.run('nerdctl ps -a -q')).stdout).toBe('');
    expect((await s.run('ls /var/lib/nerdctl/1935db59/names/default')).stdout).toBe('');
  });

  it('-t without a terminal: the console panic, exit 2', async () => {
    const s = createSession({ seed: 4, now: () => Date.UTC(2026, 11, 3, 9, 0, 0) });
    const r = await s.run('nerdctl run -it --rm alpine sh');
    expect(r.stderr).toContain('panic: provided file is not a console\n');
    expect(r.exitCode).toBe(2);
  });
});
