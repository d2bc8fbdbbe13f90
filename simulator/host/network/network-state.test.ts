// The network is saved with the node: a node saved before it existed (no host.network) loads
// and shows the node's boot network; one saved with bridges, veths and port mappings comes
// back the same and passes the saved-state checks.

import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { NodeStateSchema } from '../../save/node-schema';
import { createSession } from '../../shell/session';
import { restoreSaved } from '../../shell/saved-session';
import { HOST_NETNS, networkOf, peekNetwork } from './index';
import { runOnBridge, sessionWithImages, NOW } from './test-support';

declare global {
  interface ImportMeta {
    glob(pattern: string, options: { eager: true; import: 'default' }): Record<string, unknown>;
  }
}

const FIXTURES = import.meta.glob('../../save/fixtures/saved-*.json', { eager: true, import: 'default' });

describe('the network in saved state', () => {
  it('is absent from every save made before it existed, and such a node shows lo and eth0', async () => {
    expect(Object.keys(FIXTURES).length).toBeGreaterThan(0);
    for (const saved of Object.values(FIXTURES)) {
      const restored = restoreSaved(structuredClone(saved));
      expect(restored?.node.host.network).toBeUndefined();
      const s = createSession({ saved: structuredClone(saved), rejectDamagedSave: true, now: () => NOW });
      const r = await s.run('ip -br a');
      expect(r.stdout).toBe('lo               UNKNOWN        127.0.0.1/8 ::1/128 \neth0             UP             192.168.56.10/24 fe80::5054:ff:fe6b:3c58/64 \n');
    }
  });

  it('is made on first use with the node’s stable address, and reading it changes nothing', () => {
    const host: { network?: ReturnType<typeof networkOf> } = {};
    expect(peekNetwork(host).namespaces[HOST_NETNS]?.links.map((l) => l.name)).toEqual(['lo', 'eth0']);
    expect(host.network).toBeUndefined();
    expect(networkOf(host).namespaces[HOST_NETNS]?.links[1]?.addrs).toEqual([{ ip: '192.168.56.10', prefix: 24 }]);
    expect(host.network).toBeDefined();
  });

  it('passes the node schema with a bridge, veths and a port mapping, and survives save and restore', async () => {
    const s = await sessionWithImages();
    await runOnBridge(s, 'ctr run -d docker.io/library/nginx:alpine web', 'web', [{ hostPort: 8080, containerPort: 80 }]);
    const result = v.safeParse(NodeStateSchema, s.node.state);
    expect(result.issues?.map((i) => i.message) ?? []).toEqual([]);
    const saved = JSON.parse(JSON.stringify(s.save()));
    const again = createSession({ saved, rejectDamagedSave: true, now: () => NOW });
    expect(again.node.state.host.network).toEqual(s.node.state.host.network);
    const curl = await again.run('curl -s localhost:8080 | head -4 | tail -1');
    expect(curl.stdout).toBe('<title>Welcome to nginx!</title>\n');
  });

  it('refuses a forged network record (a link name no kernel accepts)', () => {
    const s = createSession({ seed: 1, now: () => NOW });
    const net = networkOf(s.node.state.host);
    const eth0 = net.namespaces[HOST_NETNS]?.links[1];
    if (eth0) eth0.name = 'eth0 with blanks';
    expect(v.safeParse(NodeStateSchema, s.node.state).success).toBe(false);
  });
});
