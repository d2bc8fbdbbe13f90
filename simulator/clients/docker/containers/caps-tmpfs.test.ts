// What a container sees of --cap-add and of its tmpfs mounts (issue 11). The oracle machine's own
// bounding set lacks CAP_SYS_RESOURCE, so its real runc refuses `--cap-add SYS_RESOURCE`; a node
// with every capability (the recorded one) runs it, and the effective set gains bit 24. A tmpfs
// without size= is half the node's RAM (the oracle machine's differs); 53-caps-labels-tmpfs.sh
// holds the rest against a real dockerd 20.10.24.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

async function session() {
  const s = createSession({ seed: 29, now: () => Date.UTC(2026, 11, 6, 17, 0, 0) });
  await s.run('docker pull busybox');
  return s;
}

describe('docker run capabilities and tmpfs sizes', () => {
  it('--cap-add SYS_RESOURCE adds bit 24 to the default set in /proc/self/status and inspect', async () => {
    const s = await session();
    const r = await s.run('docker run --name c1 --cap-add SYS_RESOURCE busybox grep CapEff /proc/self/status');
    expect(r.stdout).toBe('CapEff:\t00000000a90425fb\n');
    expect((await s.run("docker inspect -f '{{.HostConfig.CapAdd}}' c1")).stdout).toBe('[SYS_RESOURCE]\n');
    expect((await s.run('docker run --rm --cap-add ALL busybox grep CapEff /proc/self/status')).stdout).toBe('CapEff:\t000001ffffffffff\n');
  });

  it('df of a tmpfs: size= in whole pages, none given: half the node RAM', async () => {
    const s = await session();
    expect((await s.run('docker run --rm --tmpfs /t:size=3k busybox df /t')).stdout).toBe(
      'Filesystem           1K-blocks      Used Available Use% Mounted on\ntmpfs                        4         0         4   0% /t\n',
    );
    expect((await s.run('docker run --rm --tmpfs /t busybox df /t')).stdout).toBe(
      'Filesystem           1K-blocks      Used Available Use% Mounted on\ntmpfs                  1015620         0   1015620   0% /t\n',
    );
  });
});
