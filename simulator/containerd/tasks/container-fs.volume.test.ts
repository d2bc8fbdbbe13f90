import { describe, expect, it } from 'vitest';
import { createSession } from '../../shell/session';

describe('writes under a bind mount', () => {
  it('land in the node\'s directory (a volume), not in the container\'s layer', async () => {
    const s = createSession({ seed: 4, now: () => Date.UTC(2026, 11, 5, 1, 0, 0) });
    await s.run('mkdir /root/data');
    await s.run('ctr i pull docker.io/library/alpine:3.21');
    await s.run('ctr run -d --mount type=bind,src=/root/data,dst=/data,options=rbind:rw docker.io/library/alpine:3.21 c1 sleep infinity');
    await s.run('ctr t exec --exec-id w c1 sh -c "mkdir -p /data/sub && echo hi > /data/sub/x && touch /data/y && rm /data/y"');
    expect((await s.run('cat /root/data/sub/x')).stdout).toBe('hi\n');
    expect((await s.run('ls /root/data')).stdout).toBe('sub\n');
    expect((await s.run('ctr t exec --exec-id r c1 cat /data/sub/x')).stdout).toBe('hi\n');
  });
});
