// docker search: on a node without DNS, the error a private real dockerd 20.10.24 gave on this
// offline machine (`Error response from daemon: Get "https://index.docker.io/v1/search?q=busybox&n=25":
// dial tcp: lookup index.docker.io on …:53: no such host`, exit 1; the simulated node's
// resolver is 127.0.0.53); online, an honest not-simulated message instead of invented results.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../shell/session';

describe('docker search', () => {
  it('offline: the index cannot be reached', async () => {
    const s = createSession({ seed: 1 });
    s.node.state.registries.offline = true;
    expect(await s.run('docker search busybox')).toMatchObject({
      stdout: '',
      stderr: 'Error response from daemon: Get "https://index.docker.io/v1/search?q=busybox&n=25": dial tcp: lookup index.docker.io on 127.0.0.53:53: no such host\n',
      exitCode: 1,
    });
    expect((await s.run('docker search --limit 5 "a b"')).stderr).toContain('search?q=a+b&n=5"');
  });

  it('online: says it is not simulated, exit 1', async () => {
    const s = createSession({ seed: 1 });
    const r = await s.run('docker search busybox');
    expect([r.stdout, r.stderr.includes('not simulated'), r.exitCode]).toEqual(['', true, 1]);
  });
});
