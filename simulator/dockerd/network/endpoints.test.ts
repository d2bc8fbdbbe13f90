// connectEndpoints / releaseEndpoints on records put in place as D1's start makes them: the
// default bridge's first address (172.17.0.2, MAC 02:42:ac:11:00:02 as a real 20.10.24 gave),
// -p 8080:80 reachable from the node with curl, -P's ephemeral ports from 32768 in key order,
// a port already allocated refused with nothing left, and release freeing it all.

import { describe, expect, it } from 'vitest';
import { connectTcp, HOST_NETNS, registerListenerSource } from '../../host/network/index';
import { networkOf } from '../../host/network/network-state';
import { createSession } from '../../shell/session';
import { isDockerdError } from '../errors';
import type { DockerContainerRecord } from '../store/container-record';
import { connectEndpoints, networkSettingsOf, releaseEndpoints } from './endpoints';
import { networkApi } from './api';

const NOW = Date.UTC(2026, 11, 5, 4, 30, 0);

function record(id: string, name: string, pid: number, hostConfig: Record<string, unknown>, exposed: string[] = []): DockerContainerRecord {
  return {
    id: id.repeat(64 / id.length),
    name,
    image: 'web',
    imageId: 'f'.repeat(64),
    created: '2026-12-05T04:29:00Z',
    path: 'httpd',
    args: [],
    config: { ExposedPorts: Object.fromEntries(exposed.map((p) => [p, {}])) },
    hostConfig,
    state: { status: 'running', pid, exitCode: 0, startedAt: '2026-12-05T04:29:01Z' },
    ipAddress: '',
    restartCount: 0,
  };
}

// A web server in the test containers' namespaces (the tasks' listeners, as containerd registers them).
registerListenerSource('endpoints-test', () =>
  [4242, 4343].map((pid) => ({ netns: `/proc/${pid}/ns/net`, protocol: 'tcp' as const, ip: '0.0.0.0', port: 80, backlog: 511, serve: () => ({ status: 200, body: `hi from ${pid}\n` }) })),
);

describe('connectEndpoints', () => {
  it('puts a container on docker0 with -p 8080:80, reachable by curl from the node; release undoes it', async () => {
    const s = createSession({ seed: 5, now: () => NOW });
    const web = record('a1', 'web', 4242, { NetworkMode: 'default', PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] } }, ['80/tcp', '443/tcp']);
    s.node.state.dockerd.containers[web.id] = web;
    const settings = connectEndpoints(s.node, web);
    expect(settings).toMatchObject({ IPAddress: '172.17.0.2', IPPrefixLen: 16, Gateway: '172.17.0.1', MacAddress: '02:42:ac:11:00:02' });
    expect(settings.Ports).toEqual({ '443/tcp': null, '80/tcp': [{ HostIp: '0.0.0.0', HostPort: '8080' }, { HostIp: '::', HostPort: '8080' }] });
    expect(settings.SandboxKey).toBe(`/var/run/docker/netns/${settings.SandboxID.slice(0, 12)}`);
    expect(Object.keys(settings.Networks)).toEqual(['bridge']);
    expect((await s.run('curl -s http://127.0.0.1:8080/')).stdout).toBe('hi from 4242\n');
    expect((await s.run('curl -s http://172.17.0.2/')).stdout).toBe('hi from 4242\n');
    const links = (await s.run('ip -br link')).stdout;
    expect(links).toMatch(/^docker0 +UP /m);
    expect(links).toMatch(/^veth[0-9a-f]{7}@if2 +UP /m);

    const stopped = releaseEndpoints(s.node, web);
    expect(stopped).toMatchObject({ IPAddress: '', EndpointID: '', Ports: {}, SandboxID: settings.SandboxID });
    expect(stopped.Networks.bridge?.NetworkID).toBe(settings.Networks.bridge?.NetworkID);
    expect(networkOf(s.node.state.host).portMappings).toEqual([]);
    expect(connectTcp(s.node, HOST_NETNS, '127.0.0.1', 8080)).toEqual({ kind: 'failed', failure: 'refused' });
    expect((await s.run('ip -br link')).stdout).not.toMatch(/veth/);
  });

  it('-P gives ephemeral ports from 32768 in key order; a taken port is refused and nothing is left', () => {
    const s = createSession({ seed: 5, now: () => NOW });
    const a = record('b2', 'd4', 4242, { PublishAllPorts: true }, ['80/tcp', '443/tcp']);
    const b = record('c3', 'd2', 4343, { PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '32769' }] } }, ['80/tcp']);
    const first = connectEndpoints(s.node, a);
    expect(first.Ports['443/tcp']?.[0]).toEqual({ HostIp: '0.0.0.0', HostPort: '32768' });
    expect(first.Ports['80/tcp']?.[0]).toEqual({ HostIp: '0.0.0.0', HostPort: '32769' });
    let caught: unknown;
    try {
      connectEndpoints(s.node, b);
    } catch (err) {
      caught = err;
    }
    expect(isDockerdError(caught) && caught.message).toMatch(/^driver failed programming external connectivity on endpoint d2 \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:32769 failed: port is already allocated$/);
    expect(networkSettingsOf(s.node, b).IPAddress).toBe('');
    expect(networkOf(s.node.state.host).portMappings.map((m) => m.containerId)).toEqual([a.id, a.id]);
    // The next one gets the address the failed one gave back.
    const c = record('d4', 'd3', 4343, {});
    expect(connectEndpoints(s.node, c).IPAddress).toBe('172.17.0.3');
  });

  it('a port held on 127.0.0.1 is free to the allocator on 0.0.0.0, but the proxy cannot listen there', () => {
    // A real 20.10.24 (tests/oracle/docker/scripts/79-fresh-run-mixes-filters.sh): -p
    // 127.0.0.1:18079:80, then -p 18079:80 fails in the docker-proxy's listen.
    const s = createSession({ seed: 5, now: () => NOW });
    const a = record('b2', 'd4', 4242, { PortBindings: { '80/tcp': [{ HostIp: '127.0.0.1', HostPort: '18079' }] } }, ['80/tcp']);
    const b = record('c3', 'd2', 4343, { PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '18079' }] } }, ['80/tcp']);
    connectEndpoints(s.node, a);
    expect(() => connectEndpoints(s.node, b)).toThrow(
      /^driver failed programming external connectivity on endpoint d2 \([0-9a-f]{64}\): Error starting userland proxy: listen tcp4 0\.0\.0\.0:18079: bind: address already in use$/,
    );
  });

  it('--network host makes nothing; none gives only lo', async () => {
    const s = createSession({ seed: 5, now: () => NOW });
    const h = connectEndpoints(s.node, record('e5', 'h1', 4242, { NetworkMode: 'host' }));
    expect(h.SandboxKey).toBe('/var/run/docker/netns/default');
    expect(h.Networks.host?.EndpointID).toMatch(/^[0-9a-f]{64}$/);
    const z = connectEndpoints(s.node, record('f6', 'z1', 4343, { NetworkMode: 'none' }));
    expect(z.Networks.none?.IPAddress).toBe('');
    expect(networkOf(s.node.state.host).namespaces['/proc/4343/ns/net']?.links.map((l) => l.name) ?? ['lo']).toEqual(['lo']);
  });

  it('network connect/disconnect on a running container (eth1), and a start after its network was removed', async () => {
    const s = createSession({ seed: 5, now: () => NOW });
    const api = networkApi(s.node);
    api.create({ name: 'n1' });
    const d1 = record('a1', 'd1', 4242, {});
    s.node.state.dockerd.containers[d1.id] = d1;
    connectEndpoints(s.node, d1);
    api.connect('n1', 'd1');
    expect(Object.keys(networkSettingsOf(s.node, d1).Networks)).toEqual(['bridge', 'n1']);
    expect(networkSettingsOf(s.node, d1).Networks.n1).toMatchObject({ IPAddress: '172.18.0.2', Aliases: [d1.id.slice(0, 12)] });
    expect(networkOf(s.node.state.host).namespaces['/proc/4242/ns/net']?.links.map((l) => l.name)).toEqual(['lo', 'eth0', 'eth1']);
    const fails = (f: () => void) => {
      try {
        f();
      } catch (err) {
        return isDockerdError(err) ? err.message : String(err);
      }
      return 'no error';
    };
    // A real 20.10.24's words.
    expect(fails(() => api.connect('n1', 'd1'))).toBe('endpoint with name d1 already exists in network n1');
    api.disconnect('n1', 'd1');
    expect(fails(() => api.disconnect('n1', 'd1'))).toBe(`container ${d1.id} is not connected to network n1`);
    expect(networkOf(s.node.state.host).namespaces['/proc/4242/ns/net']?.links.map((l) => l.name)).toEqual(['lo', 'eth0']);
    // On n2, stopped, n2 removed: the next start fails by the network id it kept.
    const id2 = api.create({ name: 'n2' }).Id;
    const s1 = record('b2', 's1', 4343, { NetworkMode: 'n2' });
    s.node.state.dockerd.containers[s1.id] = s1;
    connectEndpoints(s.node, s1);
    releaseEndpoints(s.node, s1);
    api.remove('n2');
    expect(fails(() => connectEndpoints(s.node, s1))).toBe(`network ${id2} not found`);
  });
});
