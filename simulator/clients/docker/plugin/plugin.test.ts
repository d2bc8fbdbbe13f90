// docker plugin on a daemon with no plugins, as a private real dockerd 20.10.24 answered.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

function session() {
  const s = createSession({ seed: 4, now: () => Date.UTC(2026, 11, 5) });
  return async (line: string) => {
    const r = await s.run(line);
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  };
}

describe('docker plugin with none installed', () => {
  it('ls: the header alone, nothing with -q; unknown filters refused by the daemon', async () => {
    const run = session();
    expect(await run('docker plugin ls')).toEqual({ stdout: 'ID        NAME      DESCRIPTION   ENABLED\n', stderr: '', exitCode: 0 });
    expect(await run('docker plugin ls -q')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(await run("docker plugin ls --format 'table {{.ID}}'")).toEqual({ stdout: 'ID\n', stderr: '', exitCode: 0 });
    expect(await run('docker plugin ls -f nosuch=1')).toEqual({ stdout: '', stderr: "Error response from daemon: Invalid filter 'nosuch'\n", exitCode: 1 });
  });
  it('names: No such plugin where the client wraps the 404, the daemon\'s words elsewhere', async () => {
    const run = session();
    expect(await run("docker plugin inspect -f '{{.Name}}' x y")).toEqual({ stdout: '\n', stderr: 'Error: No such plugin: x\nError: No such plugin: y\n', exitCode: 1 });
    expect(await run('docker plugin rm -f x y')).toEqual({ stdout: '', stderr: 'Error: No such plugin: x, Error: No such plugin: y\n', exitCode: 1 });
    expect((await run('docker plugin enable x')).stderr).toBe('Error response from daemon: plugin "x" not found\n');
    expect((await run('docker plugin push x')).stderr).toBe('Error response from daemon: plugin "x:latest" not found\n');
    expect((await run('docker plugin upgrade x')).stderr).toBe('error reading plugin data: Error: No such plugin: x\n');
    expect((await run('docker plugin create x /nosuch')).stderr).toBe('lstat /nosuch: no such file or directory\n');
  });
});
