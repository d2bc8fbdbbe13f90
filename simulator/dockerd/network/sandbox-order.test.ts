import { describe, expect, it } from 'vitest';
import { defaultRouteNetwork, interfaceNames } from './sandbox-order';

const net = (name: string, internal = false) => ({ name, internal });

// What a real dockerd 20.10.24 did (tests/oracle/docker/scripts/32-network-connect.sh).
describe('libnetwork sandbox endpoint order', () => {
  it('routes through the network whose name sorts first, internal ones last', () => {
    // docker run --network mynet, then network connect bridge: `default via 172.17.0.1 dev eth1`.
    expect(defaultRouteNetwork([net('mynet'), net('bridge')])?.name).toBe('bridge');
    // mynet, bridge gone, anet and inet (internal) added: `default via 10.6.0.1` (anet).
    expect(defaultRouteNetwork([net('mynet'), net('anet'), net('inet', true)])?.name).toBe('anet');
    expect(defaultRouteNetwork([net('zeta'), net('alpha', true)])?.name).toBe('zeta');
    // Alone on an internal network, it still has the default route (10.7.0.1 dev eth0).
    expect(defaultRouteNetwork([net('inet', true)])?.name).toBe('inet');
    expect(defaultRouteNetwork([])).toBeUndefined();
  });

  it('names a starting container interfaces in the sorted order, whatever the join order', () => {
    // Restart on bridge and anet (bridge joins first): anet is eth0, bridge eth1.
    expect([...interfaceNames([net('bridge'), net('anet')])]).toEqual([['anet', 'eth0'], ['bridge', 'eth1']]);
    expect([...interfaceNames([net('bridge'), net('mynet')])]).toEqual([['bridge', 'eth0'], ['mynet', 'eth1']]);
    // Three, joined bridge, mynet, anet: anet eth0, bridge eth1, mynet eth2.
    expect([...interfaceNames([net('bridge'), net('mynet'), net('anet')])]).toEqual([['anet', 'eth0'], ['bridge', 'eth1'], ['mynet', 'eth2']]);
  });
});
