// ss of iproute2 6.1: the compact layout when piped (column widths as misc/ss.c computes them,
// checked against the real ss with the same sockets), containerd's streaming port, a --net
// host server, and no socket for a port published through CNI's portmap.

import { describe, expect, it } from 'vitest';
import { runOnBridge, sessionWithImages } from '../../host/network/test-support';

describe('ss on the node', () => {
  it('lists containerd’s stream server, and nothing for a portmap-published port (DNAT, no socket)', async () => {
    const s = await sessionWithImages();
    await runOnBridge(s, 'ctr run -d docker.io/library/nginx:alpine web', 'web', [{ hostPort: 80, containerPort: 80 }]);
    const r = await s.run('ss -lnt');
    expect(r.stdout).toMatch(/^State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess\nLISTEN 0      4096       127\.0\.0\.1:\d{5}      0\.0\.0\.0:\*          \n$/);
    expect(r.stdout).not.toContain(':80 ');
  });

  it('shows a --net host nginx with its process under -p, in each spelling', async () => {
    const s = await sessionWithImages();
    await s.run('ctr run -d --net-host docker.io/library/nginx:alpine web');
    const pid = s.node.state.containerd.namespaces.default?.tasks.web?.init.pid;
    for (const line of ['ss -tlnp', 'ss -lntp', 'ss -t -l -n -p']) {
      const rows = (await s.run(line)).stdout.split('\n');
      expect(rows[0]).toMatch(/^State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess {30,}$/);
      expect(rows.map((r) => r.trimEnd())).toContain(`LISTEN 0      511          0.0.0.0:80         0.0.0.0:*    users:(("nginx",pid=${pid},fd=6))`);
    }
    expect((await s.run('ss -lt')).stdout).toContain('0.0.0.0:http ');
  });

  it('prints only its header with nothing to list, as the real ss does', async () => {
    const s = await sessionWithImages();
    expect((await s.run('ss -nt')).stdout).toBe('State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n');
  });
});
