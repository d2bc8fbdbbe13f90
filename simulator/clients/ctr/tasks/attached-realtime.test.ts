// ctr staying attached on a watched terminal, where the node runs in real time: output at its
// moments, Ctrl-C forwarded to the task as SIGINT (ignored by an sh that is PID 1), and an
// interactive shell whose lines take their real time and end at Ctrl-C.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';
import { until, watched } from '../../../shell/test-support';

const BUSYBOX = 'docker.io/library/busybox:latest';

async function pulled() {
  const s = createSession({ seed: 7 });
  await s.run(`ctr i pull ${BUSYBOX}`);
  return s;
}

describe('an attached ctr in real time', () => {
  it('keeps streaming an endless loop through Ctrl-C, hints after the second, ends when the task is killed', async () => {
    const s = await pulled();
    const seen: string[] = [];
    const line = s.run(`ctr run --rm ${BUSYBOX} loop sh -c 'while true; do echo hi; done'`, watched(seen));
    await until(() => seen.length > 0);
    await s.interrupt('SIGINT');
    const afterFirst = seen.length;
    await until(() => seen.length > afterFirst + 2);
    expect(seen.join('')).not.toContain('ctrlab:');
    await s.interrupt('SIGINT');
    await until(() => seen.join('').includes('ctr tasks kill -s SIGKILL loop'));
    // A second login on the same node ends it, as the hint says.
    const other = createSession({ node: s.node });
    const kill = await other.run('ctr tasks kill -s SIGKILL loop');
    expect(kill.exitCode).toBe(0);
    const result = await line;
    expect(result.exitCode).toBe(137);
    expect((await other.run('ctr c ls -q')).stdout).toBe('');
  });

  it('returns when the process ends, with its output at its moments', async () => {
    const s = await pulled();
    const seen: string[] = [];
    const result = await s.run(`ctr run --rm ${BUSYBOX} short sh -c 'echo one; sleep 0.2; echo two; exit 3'`, watched(seen));
    expect(seen.join('')).toBe('one\ntwo\n');
    expect(result.exitCode).toBe(3);
  });

  it('runs the lines of an interactive shell in real time; Ctrl-C ends a line that never ends', async () => {
    const s = await pulled();
    const seen: string[] = [];
    await s.run(`ctr run -t --rm ${BUSYBOX} box sh`, watched(seen));
    expect(s.prompt()).toBe('');
    seen.length = 0;
    await s.run('echo a; sleep 0.2; echo b', watched(seen));
    expect(seen.join('').replace(/\r/g, '')).toBe('a\nb\n');
    seen.length = 0;
    const forever = s.run('while true; do echo hi; sleep 0.05; done', watched(seen));
    await until(() => seen.join('').split('hi').length > 3);
    await s.interrupt('SIGINT');
    const r = await forever;
    expect(r.stdout).toBe('\n');
    expect(s.prompt()).toBe('/ # ');
    const done = await s.run('exit 4', watched(seen));
    expect(done.exitCode).toBe(4);
  });

  it('wakes an attached ctr t attach when another terminal kills the task', async () => {
    const s = await pulled();
    await s.run(`ctr run -d ${BUSYBOX} idle sleep 100000`);
    const seen: string[] = [];
    const line = s.run('ctr t attach idle', watched(seen));
    await new Promise((r) => setTimeout(r, 50));
    const other = createSession({ node: s.node });
    await other.run('ctr t kill -s SIGKILL idle');
    expect((await line).exitCode).toBe(137);
  });

  it("shows nginx's access line when a request arrives from another terminal", async () => {
    const s = createSession({ seed: 7 });
    await s.run('ctr i pull docker.io/library/nginx:alpine');
    const seen: string[] = [];
    const line = s.run('ctr run --rm docker.io/library/nginx:alpine web', watched(seen));
    await until(() => seen.join('').includes('start worker process'));
    const other = createSession({ node: s.node });
    const got = await other.run('ctr t exec --exec-id w web wget -q -O /dev/null http://localhost/');
    expect(got.exitCode).toBe(0);
    await until(() => seen.join('').includes('"GET / HTTP/1.1" 200'));
    expect(seen.join('')).toMatch(/127\.0\.0\.1 - - \[\d\d\/\w{3}\/\d{4}:\d\d:\d\d:\d\d \+0000\] "GET \/ HTTP\/1\.1" 200 \d+ "-" "Wget" "-"\n/);
    await other.run('ctr t kill -s SIGQUIT web');
    expect((await line).exitCode).toBe(0);
  });

  it('under timeout on a terminal, forwards its TERM once and stays attached until the task ends', async () => {
    const s = await pulled();
    const seen: string[] = [];
    const r = await s.run(`timeout 0.1 ctr run --rm ${BUSYBOX} slow sh -c 'echo a; sleep 0.3; echo b'`, watched(seen));
    expect(seen.join('')).toBe('a\nb\n');
    expect(r.exitCode).toBe(124);
    expect((await s.run('ctr c ls -q')).stdout).toBe('');
  });
});
