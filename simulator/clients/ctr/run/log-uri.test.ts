// --log-uri as the runc v2 shim takes it (pkg/process/io.go @v1.6.20): file:// appends the
// process's output as it is written, also for a detached task and for ctr t start; a binary://
// logger that cannot be started fails the task's I/O before any task is made.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

const BB = 'docker.io/library/busybox:latest';

async function session() {
  let t = Date.UTC(2026, 11, 6, 14, 30, 0);
  const s = createSession({ seed: 11, now: () => (t += 7) });
  await s.run(`ctr i pull ${BB}`);
  return s;
}

describe('ctr --log-uri file://', () => {
  it('grows the file of a detached task as its process writes, both streams', async () => {
    const s = await session();
    const r = await s.run(`ctr run -d --log-uri file:///var/log/t/l.log ${BB} l sh -c 'echo a; sleep 3; echo b >&2'`);
    expect(r).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect((await s.run('cat /var/log/t/l.log')).stdout).toBe('a\n');
    await s.run('sleep 4');
    expect((await s.run('cat /var/log/t/l.log')).stdout).toBe('a\nb\n');
    expect((await s.run('ls -l /var/log/t/l.log')).stdout).toMatch(/^-rw-r--r-- /);
  });

  it('writes no more once the process was killed', async () => {
    const s = await session();
    await s.run(`ctr run -d --log-uri file:///tmp/k.log ${BB} k sh -c 'echo a; sleep 1; echo b'`);
    await s.run('ctr t kill -s 9 k');
    await s.run('sleep 2');
    expect((await s.run('cat /tmp/k.log')).stdout).toBe('a\n');
  });

  it('serves ctr t start, attached and detached', async () => {
    const s = await session();
    await s.run(`ctr c create ${BB} c echo hi`);
    expect((await s.run('ctr t start --log-uri file:///tmp/s.log c')).stdout).toBe('');
    expect((await s.run('ctr t ls -q')).stdout).toBe('');
    expect((await s.run('ctr t start -d --log-uri file:///tmp/s.log c')).exitCode).toBe(0);
    await s.run('sleep 0.3');
    expect((await s.run('cat /tmp/s.log')).stdout).toBe('hi\nhi\n');
  });
});

describe('ctr --log-uri binary://', () => {
  const refusal = (why: string) =>
    `ctr: failed to create shim task: failed to create init process I/O: 1 error occurred:\n\t* failed to start binary process: ${why}\n\n: unknown\n`;

  it("words the logger's start failure as fork/exec does, and leaves no task", async () => {
    const s = await session();
    await s.run('printf x > /root/plain');
    const cases: Array<[string, string]> = [
      ['binary:///missing/bin?a=1', 'fork/exec /missing/bin: no such file or directory'],
      ['binary:///root/plain', 'fork/exec /root/plain: permission denied'],
      ['binary:///root', 'fork/exec /root: permission denied'],
      ['binary:///root/plain/x', 'fork/exec /root/plain/x: not a directory'],
      ['binary://relative', 'exec: no command'],
      ['binary:', 'exec: no command'],
    ];
    for (const [uri, why] of cases) {
      expect(await s.run(`ctr run --log-uri '${uri}' ${BB} b echo hi`)).toEqual({ stdout: '', stderr: refusal(why), exitCode: 1 });
      await s.run('ctr c rm b');
    }
    expect((await s.run('ctr t ls -q')).stdout).toBe('');
  });

  it('says a logger that starts is not simulated', async () => {
    const s = await session();
    const r = await s.run(`ctr run --log-uri binary:///bin/true ${BB} b echo hi`);
    expect(r.stderr).toContain('not simulated here');
    expect(r.exitCode).toBe(1);
  });
});
