// A tool outside /bin and /usr/bin (nerdctl, /usr/local/bin) runs only through its file, as on
// a real node: which/type show that file; removing it makes `nerdctl` command not found; a copy
// or an extracted tarball's `./nerdctl` runs it; a stand-in of a binary the node has no program
// for says so.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../index';

const now = () => Date.UTC(2026, 10, 28, 6, 0, 0);

describe('tools by their files', () => {
  it('finds nerdctl in /usr/local/bin, by name, path, variable or copy', async () => {
    const s = createSession({ seed: 3, now });
    expect((await s.run('which nerdctl')).stdout).toBe('/usr/local/bin/nerdctl\n');
    expect((await s.run('type nerdctl')).stdout).toBe('nerdctl is /usr/local/bin/nerdctl\n');
    expect((await s.run('command -v nerdctl')).stdout).toBe('/usr/local/bin/nerdctl\n');
    expect((await s.run('command -V nerdctl')).stdout).toBe('nerdctl is /usr/local/bin/nerdctl\n');
    expect((await s.run('nerdctl namespace ls -q')).stdout).toBe('');
    expect((await s.run('/usr/local/bin/nerdctl version -f x')).exitCode).not.toBe(127);
    expect((await s.run('x=nerdctl; $x volume ls')).stdout).toBe('VOLUME NAME    DIRECTORY\n');
    await s.run('cp /usr/local/bin/nerdctl /tmp/n && cd /tmp');
    const copy = await s.run('./n volume ls -q');
    expect(copy.exitCode).toBe(0);
    expect((await s.run('ls -l /tmp/n')).stdout).toMatch(/^-rwxr-xr-x 1 root root 27807744 /);
  });

  it('has no nerdctl once its file is gone, as a node without the tarball', async () => {
    const s = createSession({ seed: 3, now });
    await s.run('rm /usr/local/bin/nerdctl');
    expect(await s.run('nerdctl ps')).toEqual({ stdout: '', stderr: 'bash: nerdctl: command not found\n', exitCode: 127 });
    expect((await s.run('which nerdctl')).exitCode).toBe(1);
    expect(await s.run('command -v nerdctl')).toEqual({ stdout: '', stderr: '', exitCode: 1 });
    expect(await s.run('command -V nerdctl')).toEqual({ stdout: '', stderr: 'bash: command: nerdctl: not found\n', exitCode: 1 });
    expect((await s.run('/usr/local/bin/nerdctl')).stderr).toBe('bash: /usr/local/bin/nerdctl: No such file or directory\n');
    expect((await s.run('ls /usr/bin/nerdctl /bin/nerdctl')).exitCode).toBe(2);
  });

  it('runs a user script of the same name found first on PATH', async () => {
    const s = createSession({ seed: 3, now });
    await s.run("mkdir -p /usr/local/sbin && printf '#!/bin/sh\\necho mine $1\\n' > /usr/local/sbin/nerdctl && chmod +x /usr/local/sbin/nerdctl");
    expect((await s.run('nerdctl ps')).stdout).toBe('mine ps\n');
  });

  it('says a stand-in binary without a program is not simulated', async () => {
    const s = createSession({ seed: 3, now });
    const r = await s.run('rootlesskit --version');
    expect(r.exitCode).toBe(126);
    expect(r.stderr).toBe("ctrlab: rootlesskit is a stand-in for the release's binary; running it is not simulated here\n");
  });
});

describe('release files in a save', () => {
  it('keep their recorded sizes and run after a reload; a forged size is refused', async () => {
    const { isWellFormedNodeState } = await import('../saved-state-check');
    const s = createSession({ seed: 3, now });
    await s.run('nerdctl volume create kept');
    const saved = s.save();
    const again = createSession({ saved, now });
    expect((await again.run('ls -l /usr/local/bin/nerdctl')).stdout).toMatch(/^-rwxr-xr-x 1 root root 27807744 /);
    expect((await again.run('nerdctl volume ls -q')).stdout).toBe('kept\n');
    const tree = JSON.parse(JSON.stringify(s.node.state));
    expect(isWellFormedNodeState(tree)).toBe(true);
    tree.host.files['/usr/local/bin/nerdctl'].size = -1;
    expect(isWellFormedNodeState(tree)).toBe(false);
  });
});
