// Random ADD/DEL sequences on one bridge network: no address is ever held twice (in the
// host-local store or on two interfaces), each stored address is on exactly the interface
// it was given to, a failed ADD leaves nothing behind, and DEL of everything frees everything.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HOST_NETNS, networkOf } from '../network/index';
import { cniAdd, cniDel, CniError, hostLocalAllocations } from './index';
import { cniNode, NERDCTL_CONFLIST } from './test-support';

/** A /29: five addresses after the gateway, so exhaustion happens often. */
const SMALL = {
  ...NERDCTL_CONFLIST,
  name: 'small',
  plugins: [
    { ...NERDCTL_CONFLIST.plugins[0], bridge: 'small0', ipam: { type: 'host-local', ranges: [[{ subnet: '10.7.0.0/29', gateway: '10.7.0.1' }]] } },
    ...NERDCTL_CONFLIST.plugins.slice(1),
  ],
};

const op = fc.record({ add: fc.boolean(), container: fc.integer({ min: 0, max: 7 }), port: fc.option(fc.integer({ min: 8000, max: 8003 }), { nil: undefined }) });

function request(container: number, port?: number) {
  return {
    conflist: SMALL,
    containerId: `c${container}`,
    netnsPath: `/proc/${1000 + container}/ns/net`,
    ifName: 'eth0',
    capabilityArgs: port === undefined ? undefined : { portMappings: [{ hostPort: port, containerPort: 80, protocol: 'tcp' }] },
  };
}

describe('CNI add/del sequences', () => {
  it('never hand out one address twice, and DEL frees everything', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const node = cniNode();
        for (const o of ops) {
          try {
            if (o.add) cniAdd(node, request(o.container, o.port));
            else cniDel(node, request(o.container));
          } catch (err) {
            if (!(err instanceof CniError)) throw err;
          }
          const files = node.state.host.files;
          const held = hostLocalAllocations(files, 'small');
          const ips = held.map((a) => a.ip);
          expect(new Set(ips).size).toBe(ips.length);
          const net = networkOf(node.state.host);
          const onLinks = Object.entries(net.namespaces)
            .filter(([path]) => path !== HOST_NETNS)
            .flatMap(([, ns]) => ns.links.filter((l) => l.kind !== 'loopback').flatMap((l) => l.addrs.map((a) => a.ip)));
          expect([...onLinks].sort()).toEqual([...ips].sort());
          for (const a of held) {
            const eth0 = net.namespaces[`/proc/${1000 + Number(a.containerId.slice(1))}/ns/net`]?.links.find((l) => l.name === 'eth0');
            expect(eth0?.addrs.map((x) => x.ip)).toEqual([a.ip]);
          }
          for (const m of net.portMappings) expect(ips).toContain(m.containerIP);
        }
        for (let c = 0; c <= 7; c++) cniDel(node, request(c));
        const net = networkOf(node.state.host);
        expect(hostLocalAllocations(node.state.host.files, 'small')).toEqual([]);
        expect(net.portMappings).toEqual([]);
        expect(net.namespaces[HOST_NETNS]?.links.filter((l) => l.kind === 'veth')).toEqual([]);
        for (const [path, ns] of Object.entries(net.namespaces)) if (path !== HOST_NETNS) expect(ns.links.map((l) => l.name)).toEqual(['lo']);
      }),
      { numRuns: 80 },
    );
  });
});
