// The embedded DNS on a user-defined network, as a real 20.10.24 answered it: from c2 on n1,
// `nslookup web1` and `nslookup c1` gave c1's address, an unknown name nothing; on the default
// bridge there is no embedded DNS (resolv.conf is the host's). Records put in place as D1's
// start makes them; the lookup goes through host/network's resolver as wget's does.

import { describe, expect, it } from 'vitest';
import { lookupDns } from '../../host/network/index';
import { createSession } from '../../shell/session';
import { networkApi } from './api';
import type { DockerContainerRecord } from '../store/container-record';
import { hostsAddressesOf, installEmbeddedDns, resolvConfFor } from './embedded-dns';
import { connectEndpoints } from './endpoints';

const NOW = Date.UTC(2026, 11, 5, 4, 15, 30);

function record(id: string, name: string, pid: number, hostConfig: Record<string, unknown>, networkingConfig?: unknown): DockerContainerRecord {
  return {
    id: id.repeat(64 / id.length),
    name,
    image: 'bb',
    imageId: 'f'.repeat(64),
    created: '2026-12-05T04:15:29Z',
    path: 'sleep',
    args: ['3600'],
    config: {},
    hostConfig,
    state: { status: 'running', pid, exitCode: 0, startedAt: '2026-12-05T04:15:30Z' },
    ipAddress: '',
    restartCount: 0,
    ...(networkingConfig ? { networkingConfig } : {}),
  } as DockerContainerRecord;
}

describe('embedded DNS', () => {
  it('answers names, aliases and short ids of containers on the same user-defined network', () => {
    installEmbeddedDns();
    const s = createSession({ seed: 9, now: () => NOW });
    networkApi(s.node).create({ name: 'n1' });
    const c1 = record('e6', 'c1', 5001, { NetworkMode: 'n1' }, { EndpointsConfig: { n1: { Aliases: ['web1'] } } });
    const c2 = record('eb', 'c2', 5002, { NetworkMode: 'n1' });
    const other = record('a7', 'd1', 5003, {});
    for (const c of [c1, c2, other]) {
      s.node.state.dockerd.containers[c.id] = c;
      connectEndpoints(s.node, c);
    }
    const conf = resolvConfFor(s.node, c2, 'nameserver 192.168.56.1\n');
    expect(conf).toBe('nameserver 127.0.0.11\noptions ndots:0\n');
    const ask = (name: string) => lookupDns(s.node, '/proc/5002/ns/net', conf, name);
    expect(ask('web1')).toEqual(['172.18.0.2']);
    expect(ask('c1')).toEqual(['172.18.0.2']);
    expect(ask('C1')).toEqual(['172.18.0.2']);
    expect(ask(c1.id.slice(0, 12))).toEqual(['172.18.0.2']);
    expect(ask('nosuch')).toEqual([]);
    // d1 is on the default bridge: not a name on n1, and its own resolver has no embedded DNS.
    expect(ask('d1')).toEqual([]);
    expect(resolvConfFor(s.node, other, 'nameserver 192.168.56.1\n')).toBe('nameserver 192.168.56.1\n');
    expect(lookupDns(s.node, '/proc/5003/ns/net', 'nameserver 127.0.0.11\n', 'c1')).toEqual([]);
    expect(hostsAddressesOf(s.node, c1)).toEqual(['172.18.0.2']);
    expect(hostsAddressesOf(s.node, other)).toEqual(['172.17.0.2']);
    expect(connectEndpoints(s.node, c1).Networks.n1?.Aliases).toEqual(['web1', 'e6e6e6e6e6e6']);
  });
});
