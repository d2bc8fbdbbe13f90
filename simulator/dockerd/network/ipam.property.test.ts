// IPAM invariants under random sequences of joins and leaves (fast-check): an address is never
// handed out twice on a network, it is always inside the subnet and never the network, gateway
// or broadcast address, and an address released is free again (the next join may take it: the
// lowest free one is given, as libnetwork's bitmask does). Ports: no two endpoints hold a
// clashing host binding, and a released port can be bound again.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ipToInt } from '../../host/network/ip-address';
import { allocateAddress } from './ipam';
import type { NetworkRecord, NetworkStore } from './network-record';
import { allocatePorts } from './port-bindings';

function network(subnet: string, gateway: string): NetworkRecord {
  return {
    id: 'a'.repeat(64),
    name: 'n1',
    driver: 'bridge',
    created: '2026-12-05T04:00:00Z',
    ipamConfig: [{ Subnet: subnet, Gateway: gateway }],
    ipamOptions: {},
    subnet,
    gateway,
    userSubnet: true,
    bridge: 'br-aaaaaaaaaaaa',
    internal: false,
    attachable: false,
    labels: {},
    options: {},
    endpoints: {},
  };
}

const idOf = (n: number) => n.toString(16).padStart(64, '0');

function join(net: NetworkRecord, id: string, ip: string): void {
  net.endpoints[id] = { id, name: id.slice(0, 6), ip, mac: '', aliases: [], ports: [], hostVeth: '', netns: '', ifName: 'eth0' };
}

describe('IPAM (property)', () => {
  it('never hands out an address twice; released addresses come back', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat(40)), { maxLength: 120 }), (ops) => {
        const net = network('10.9.0.0/26', '10.9.0.1');
        let next = 1;
        for (const [isJoin, pick] of ops) {
          const ids = Object.keys(net.endpoints);
          if (isJoin || ids.length === 0) {
            let ip: string;
            try {
              ip = allocateAddress(net);
            } catch {
              expect(ids.length).toBe(61); // /26: 64 addresses, less network, gateway, broadcast
              continue;
            }
            const n = ipToInt(ip);
            expect(n > ipToInt('10.9.0.1') && n < ipToInt('10.9.0.63')).toBe(true);
            expect(Object.values(net.endpoints).some((e) => e.ip === ip)).toBe(false);
            join(net, idOf(next++), ip);
          } else {
            const victim = ids[pick % ids.length] ?? '';
            const freed = net.endpoints[victim]?.ip ?? '';
            delete net.endpoints[victim];
            // The lowest free address is given next: a freed address at or below it comes back.
            const again = allocateAddress(net);
            expect(ipToInt(again)).toBeLessThanOrEqual(ipToInt(freed));
          }
        }
        const ips = Object.values(net.endpoints).map((e) => e.ip);
        expect(new Set(ips).size).toBe(ips.length);
      }),
      { numRuns: 200 },
    );
  });

  it('host ports: no clash between endpoints; a released port can be bound again', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(0, 8080, 8081), fc.boolean()), { minLength: 1, maxLength: 40 }), (asks) => {
        const store: NetworkStore = { networks: {}, sandboxes: {}, poolIndex: 0, lastPort: 0 };
        const net = network('172.18.0.0/16', '172.18.0.1');
        store.networks[net.id] = net;
        let next = 1;
        for (const [hostPort, release] of asks) {
          const id = idOf(next++);
          try {
            const ports = allocatePorts(store, { '80/tcp': [{ HostIp: '', HostPort: hostPort ? String(hostPort) : '' }] }, false, ['80/tcp']);
            join(net, id, allocateAddress(net));
            const ep = net.endpoints[id];
            if (ep) ep.ports = ports;
          } catch (err) {
            expect(String((err as Error).message)).toMatch(/^Bind for 0\.0\.0\.0:\d+ failed: port is already allocated$/);
            expect(Object.values(net.endpoints).some((e) => e.ports.some((p) => p.hostPort === hostPort))).toBe(true);
          }
          if (release) {
            const victim = Object.keys(net.endpoints)[0];
            if (victim) delete net.endpoints[victim];
          }
          const held = Object.values(net.endpoints).flatMap((e) => e.ports.map((p) => `${p.hostIp}:${p.hostPort}`));
          expect(new Set(held).size).toBe(held.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});
