// The shim's file:// writer (shim-log-file.ts) reads the process's output as a timeline and
// keeps following it across a save and a reload of the session, endless loops included.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../index';

const BB = 'docker.io/library/busybox:latest';

describe('ctr --log-uri file:// across a reload', () => {
  let t = Date.UTC(2026, 11, 6, 14, 30, 0);
  const now = () => (t += 7);

  async function started(command: string) {
    const s = createSession({ seed: 11, now });
    await s.run(`ctr i pull ${BB}`);
    expect((await s.run(`ctr run -d --log-uri file:///var/log/l.log ${BB} l sh -c '${command}'`)).exitCode).toBe(0);
    return s;
  }

  const reloaded = (s: ReturnType<typeof createSession>) => createSession({ saved: JSON.parse(JSON.stringify(s.save())) as unknown, now });
  const log = async (s: ReturnType<typeof createSession>) => (await s.run('cat /var/log/l.log')).stdout;

  it('appends what the process writes after the reload, and nothing twice', async () => {
    const s = await started('echo a; sleep 2; echo b >&2; sleep 2; echo c');
    await s.run('sleep 3');
    expect(await log(s)).toBe('a\nb\n');
    const r = reloaded(s);
    expect(await log(r)).toBe('a\nb\n');
    await r.run('sleep 2');
    expect(await log(r)).toBe('a\nb\nc\n');
  });

  it("goes on with an endless loop's round where the reload found it", async () => {
    const s = await started('while true; do echo x; sleep 1; echo y; sleep 1; done');
    await s.run('sleep 2.5');
    expect(await log(s)).toBe('x\ny\nx\n');
    const r = reloaded(s);
    await r.run('sleep 1');
    expect(await log(r)).toBe('x\ny\nx\ny\n');
    await r.run('sleep 2');
    expect(await log(r)).toBe('x\ny\nx\ny\nx\ny\n');
    // Killed, it writes no more.
    await r.run('ctr t kill -s 9 l');
    await r.run('sleep 3');
    expect(await log(r)).toBe('x\ny\nx\ny\nx\ny\n');
  });

  it('writes a bounded start of a loop that never pauses, and no more after a reload', async () => {
    const s = await started('while true; do echo z; done');
    const first = await log(s);
    expect(first).toMatch(/^(z\n)+$/);
    await s.run('sleep 1');
    expect(await log(s)).toBe(first);
    const r = reloaded(s);
    await r.run('sleep 1');
    expect(await log(r)).toBe(first);
  });
});
