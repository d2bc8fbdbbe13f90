// nerdctl run --log-opt (json-file, v0.22.2): the options log-config.json keeps, the keys only
// warned about, and max-file dropped without max-size.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';

const session = () => createSession({ seed: 15, now: () => Date.UTC(2026, 11, 6, 1, 40, 0) });

async function logConfig(s: ReturnType<typeof session>, name: string, flags: string): Promise<{ config: string; stderr: string }> {
  const r = await s.run(`nerdctl run -d --name ${name} ${flags} busybox echo hi`);
  expect(r.exitCode, r.stderr).toBe(0);
  const dir = (await s.run(`nerdctl inspect -f '{{index .Config.Labels "nerdctl/state-dir"}}' ${name}`)).stdout.trim();
  return { config: (await s.run(`cat ${dir}/log-config.json`)).stdout, stderr: r.stderr };
}

describe('nerdctl run --log-opt', () => {
  it('keeps max-size and max-file in log-config.json, keys sorted, and the logs still read', async () => {
    const s = session();
    const { config, stderr } = await logConfig(s, 'l1', '--log-opt max-size=1m --log-opt max-file=3');
    expect(config).toBe('{"driver":"json-file","opts":{"max-file":"3","max-size":"1m"}}');
    expect(stderr).not.toContain('level=warning');
    expect((await s.run('nerdctl logs l1')).stdout).toBe('hi\n');
  });

  it('drops max-file without max-size and warns about keys json-file ignores, keeping them', async () => {
    const s = session();
    const { config, stderr } = await logConfig(s, 'l2', '--log-opt max-file=3 --log-opt tag=web --log-opt compress');
    expect(config).toBe('{"driver":"json-file","opts":{"compress":"","tag":"web"}}');
    expect(stderr).toContain('level=warning msg="log-opt tag is ignored for json-file log driver"\n');
    expect(stderr).toContain('level=warning msg="log-opt compress is ignored for json-file log driver"\n');
    expect(stderr).not.toContain('max-file');
    const alone = await logConfig(s, 'l3', '--log-opt max-file=2');
    expect(alone.config).toBe('{"driver":"json-file"}');
  });

  it('is not read at all without -d', async () => {
    const r = await session().run('nerdctl run --rm --log-opt tag=web busybox echo hi');
    expect(r.stdout).toBe('hi\n');
    expect(r.stderr).not.toContain('log-opt');
  });
});
