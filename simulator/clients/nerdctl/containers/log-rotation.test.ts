// nerdctl run --log-opt max-size/max-file: the json-file logger rotates (go-logrotate v0.1.2,
// simulator/host/log-rotation.ts) and `nerdctl logs` reads only the current file; a bad
// max-size does not fail the run, its logger exits and nothing is logged.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';

const session = () => createSession({ seed: 44, now: () => Date.UTC(2026, 11, 6, 4, 50, 0) });
const LOOP = 'sh -c "for i in 1 2 3 4 5 6 7 8 9 10 11 12; do echo line-\\$i; done; sleep 100"';

describe('nerdctl json-file rotation', () => {
  it('keeps max-file files of at most max-size bytes; logs shows the current one', async () => {
    const s = session();
    expect((await s.run(`nerdctl run -d --name lg --log-opt max-size=300 --log-opt max-file=3 busybox ${LOOP}`)).exitCode).toBe(0);
    await s.run('sleep 1');
    const id = (await s.run("nerdctl inspect -f '{{.Id}}' lg")).stdout.trim();
    const listing = (await s.run(`ls /var/lib/nerdctl/*/containers/default/${id}/`)).stdout.split('\n').filter((l) => l.includes('json.log'));
    expect(listing).toEqual([`${id}-json.log`, `${id}-json.log.2`, `${id}-json.log.3`]);
    expect((await s.run('nerdctl logs lg')).stdout).toBe('line-10\nline-11\nline-12\n');
  });

  it('max-size=0 or a bad max-file: the run succeeds and nothing is logged', async () => {
    const s = session();
    expect((await s.run('nerdctl run -d --name l0 --log-opt max-size=0 busybox echo hi')).exitCode).toBe(0);
    expect((await s.run('nerdctl run -d --name l1 --log-opt max-size=1k --log-opt max-file=x busybox echo hi')).exitCode).toBe(0);
    await s.run('sleep 1');
    expect((await s.run('nerdctl logs l0')).stdout).toBe('');
    expect((await s.run('nerdctl logs l1')).stdout).toBe('');
    expect((await s.run('nerdctl run -d --name l2 --log-opt max-size=1k busybox echo hi')).exitCode).toBe(0);
    await s.run('sleep 1');
    expect((await s.run('nerdctl logs l2')).stdout).toBe('hi\n');
  });
});
