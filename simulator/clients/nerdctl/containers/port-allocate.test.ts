// `-p <containerPort>` as nerdctl 0.22.2 allocates it (pkg/portutil/port_allocate_linux.go:
// 49153..60999, skipping ports a socket in /proc/net uses; portmap rules are not sockets).

import { describe, expect, it } from 'vitest';
import { parseFlagP } from './port-flag';
import type { PortAllocator } from './port-allocate';
import { nerdctlSession } from '../images/test-support';

const fixed: PortAllocator = (_proto, _ip, count) => ({ start: 49153, end: 49153 + count - 1 });

describe('-p without a host port', () => {
  it('takes the allocator\'s ports, one per container port of a range', () => {
    expect(parseFlagP('8080-8081/udp', fixed)).toEqual([
      { HostPort: 49153, ContainerPort: 8080, Protocol: 'udp', HostIP: '0.0.0.0' },
      { HostPort: 49154, ContainerPort: 8081, Protocol: 'udp', HostIP: '0.0.0.0' },
    ]);
    expect(() => parseFlagP('127.0.0.1::x', fixed)).toThrow('invalid containerPort: x');
  });

  it('publishes 49153, and again 49153 for the next container (a DNAT rule is no socket)', async () => {
    const run = nerdctlSession();
    expect((await run('nerdctl run -d --name w -p 80 nginx:alpine')).code).toBe(0);
    expect((await run('nerdctl port w')).out).toBe('80/tcp -> 0.0.0.0:49153\n');
    expect((await run('curl -s localhost:49153')).out).toContain('<title>Welcome to nginx!</title>');
    expect((await run('nerdctl run -d --name w2 -p 80 nginx:alpine')).code).toBe(0);
    expect((await run('nerdctl port w2')).out).toBe('80/tcp -> 0.0.0.0:49153\n');
  });

  it('skips a port a process on the node listens on', async () => {
    const run = nerdctlSession();
    expect((await run('nerdctl run -d --name r --net host -e REGISTRY_HTTP_ADDR=0.0.0.0:49153 registry:2')).code).toBe(0);
    expect((await run('ss -tln')).out).toContain('0.0.0.0:49153');
    expect((await run('nerdctl run -d --name w -p 80 nginx:alpine')).code).toBe(0);
    expect((await run('nerdctl port w')).out).toBe('80/tcp -> 0.0.0.0:49154\n');
  });
});
