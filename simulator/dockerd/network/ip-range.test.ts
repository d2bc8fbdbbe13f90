// --ip-range is libnetwork's sub-pool: the bridge's gateway (without --gateway) and every
// endpoint's address come from it, its own first address included; recorded on the real dockerd
// 20.10.24 (tests/oracle/docker/scripts/50-learner-fresh-h.sh).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../shell/session';

describe('a network with --ip-range', () => {
  it('hands out the gateway and the endpoints from the range', async () => {
    const s = createSession({ seed: 24 });
    await s.run('docker pull busybox');
    const addr = `sh -c 'ip -4 -o addr show eth0 | sed "s/.*inet //; s/ .*//"; ip route | sed -n 1p'`;
    await s.run('docker network create --subnet 10.66.0.0/24 --ip-range 10.66.0.64/26 r1');
    expect((await s.run(`docker run --rm --network r1 busybox ${addr}`)).stdout).toBe('10.66.0.65/24\ndefault via 10.66.0.64 dev eth0 \n');
    await s.run('docker network create --subnet 10.67.0.0/24 --ip-range 10.67.0.0/26 r2');
    expect((await s.run(`docker run --rm --network r2 busybox ${addr}`)).stdout).toBe('10.67.0.2/24\ndefault via 10.67.0.1 dev eth0 \n');
    await s.run('docker network create --subnet 10.77.0.0/24 --gateway 10.77.0.254 --ip-range 10.77.0.128/25 r3');
    expect((await s.run(`docker run --rm --network r3 busybox ${addr}`)).stdout).toBe('10.77.0.128/24\ndefault via 10.77.0.254 dev eth0 \n');
  });
});
