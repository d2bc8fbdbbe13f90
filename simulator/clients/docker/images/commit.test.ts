// docker commit of a container docker run made: the new image holds the container's changes as
// one layer above its image's, the config the container's (with -c), the history entry made by
// its command with -a/-m, and its Parent the container's image (moby 20.10 daemon/commit.go).

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';

function session() {
  const s = createSession({ seed: 13, now: () => Date.UTC(2026, 11, 5, 5, 20, 0) });
  return async (line: string) => {
    const r = await s.run(line);
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  };
}

describe('docker commit', () => {
  it('the container\'s changes become a layer; the image runs with them', async () => {
    const run = session();
    await run('docker pull -q busybox');
    await run('docker run --name c1 busybox sh -c "echo hi > /hello; rm /bin/ls"');
    const r = await run('docker commit -a me -m "added hello" -c \'CMD ["cat", "/hello"]\' c1 snap:1');
    expect(r.stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    expect((await run('docker run --rm snap:1')).stdout).toBe('hi\n');
    expect((await run('docker run --rm snap:1 ls /')).exitCode).not.toBe(0);
    const top = (await run('docker history --no-trunc --format "{{.CreatedBy}}|{{.Size}}|{{.Comment}}" snap:1')).stdout.split('\n')[0];
    expect(top).toBe('sh -c echo hi > /hello; rm /bin/ls|3B|added hello');
    expect((await run('docker image inspect snap:1 --format "{{.Author}} {{.Parent}} {{len .RootFS.Layers}}"')).stdout).toMatch(/^me sha256:[0-9a-f]{64} 2\n$/);
    expect((await run('ctr -n moby i ls -q')).stdout).toBe('');
  });

  it('an unknown container', async () => {
    const r = await session()('docker commit nosuch');
    expect([r.stderr, r.exitCode]).toEqual(['Error response from daemon: No such container: nosuch\n', 1]);
  });
});
